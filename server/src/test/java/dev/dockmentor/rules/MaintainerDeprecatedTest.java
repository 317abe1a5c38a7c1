package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;

class MaintainerDeprecatedTest {
    @Test
    void flagsTheKeyword() {
        catches("maintainer-deprecated", "FROM alpine:3.20\n«MAINTAINER» Ana <ana@example.com>\n");
    }

    @Test
    void replacesItWithTheOciAuthorsLabel() {
        assertFix("maintainer-deprecated", "FROM alpine:3.20\nMAINTAINER Ana \"The $Boss\" <ana@example.com>\n",
                "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"Ana \\\"The \\$Boss\\\" <ana@example.com>\"\n");
    }

    @Test
    void acceptsTheLabel() {
        catchesNot("maintainer-deprecated", "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"Ana\"\n");
    }

    @Test
    void flagsItInAnyStage() {
        catches("maintainer-deprecated", "FROM alpine:3.20 AS a\n«MAINTAINER» x\nFROM a\n«maintainer» y\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("maintainer-deprecated", "FROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER x\n");
    }
}
