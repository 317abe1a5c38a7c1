package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;

class DuplicateStageNameTest {
    @Test
    void flagsTheSecondStageWithTheSameName() {
        catches("duplicate-stage-name", "FROM alpine:3.20 AS test\nFROM alpine:3.20 AS «test»\n");
    }

    @Test
    void namesCompareCaseInsensitively() {
        catches("duplicate-stage-name", "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS x\nFROM alpine:3.20 AS «Build»\n");
    }

    @Test
    void acceptsDistinctAndUnnamedStages() {
        catchesNot("duplicate-stage-name", "FROM alpine:3.20 AS a\nFROM alpine:3.20\nFROM alpine:3.20\nFROM a AS b\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("duplicate-stage-name", "FROM alpine:3.20 AS a\n# hadolint ignore=DL3024\nFROM alpine:3.20 AS a\n");
    }
}
