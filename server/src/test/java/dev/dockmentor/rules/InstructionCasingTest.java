package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;

class InstructionCasingTest {
    @Test
    void flagsTheMinorityCasingAndMixedCase() {
        catches("instruction-casing", "«from» alpine:3.20\nRUN true\n«Copy» a /a\nUSER nobody\n");
        assertFix("instruction-casing", "from alpine:3.20\nRUN true\nUSER nobody\n", "FROM alpine:3.20\nRUN true\nUSER nobody\n");
    }

    @Test
    void followsALowercaseMajority() {
        catches("instruction-casing", "from alpine:3.20\nrun true\n«USER» nobody\n");
        assertFix("instruction-casing", "from alpine:3.20\nrun true\nUSER nobody\n", "from alpine:3.20\nrun true\nuser nobody\n");
    }

    @Test
    void acceptsConsistentFilesInEitherCase() {
        catchesNot("instruction-casing", "FROM alpine:3.20 AS a\nRUN true\nFROM a\nONBUILD RUN true\n");
        catchesNot("instruction-casing", "from alpine:3.20\nrun true\n");
    }

    @Test
    void countsOnbuildTriggersAcrossStages() {
        catches("instruction-casing", "FROM alpine:3.20 AS a\nRUN true\nFROM a\nONBUILD «run» true\n");
    }

    @Test
    void buildKitNameSilencesIt() {
        catchesNot("instruction-casing", "# check=skip=ConsistentInstructionCasing\nfrom alpine:3.20\nRUN a\nRUN b\n");
    }
}
