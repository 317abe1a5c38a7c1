package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReservedStageNameTest {
    @ParameterizedTest
    @ValueSource(strings = {"scratch", "context", "Scratch"})
    void flagsReservedNames(String name) {
        catches("reserved-stage-name", "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS «" + name + "»\n");
    }

    @Test
    void acceptsOtherNamesAndFromScratch() {
        catchesNot("reserved-stage-name", "FROM alpine:3.20 AS certs\nFROM scratch\nCOPY --from=certs /a /a\n");
    }

    @Test
    void buildKitNameSilencesIt() {
        catchesNot("reserved-stage-name", "# check=skip=ReservedStageName\nFROM alpine:3.20 AS scratch\n");
    }
}
