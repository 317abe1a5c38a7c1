package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;

class CopyFromOwnStageTest {
    @Test
    void flagsCopyFromTheCurrentStageByNameOrIndex() {
        catches("copy-from-own-stage", "FROM golang:1.22 AS build\nCOPY --from=«build» /out /app\n");
        catches("copy-from-own-stage", "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=«1» /out /app\n");
        catches("copy-from-own-stage", "FROM golang:1.22 AS Build\nCOPY --from=«BUILD» /out /app\n");
    }

    @Test
    void acceptsCopiesFromEarlierStages() {
        catchesNot("copy-from-own-stage", "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("copy-from-own-stage", "FROM golang:1.22 AS build\n# hadolint ignore=DL3023\nCOPY --from=build /a /a\n");
    }
}
