package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;

class EnvSelfReferenceTest {
    @Test
    void flagsAReferenceToAKeyDefinedEarlierInTheSameEnv() {
        catches("env-self-reference", "FROM alpine:3.20\nENV APP_HOME=/opt/app \\\n    PATH=«$APP_HOME»/bin:$PATH\n");
        catches("env-self-reference", "FROM alpine:3.20\nENV A=1 B=«${A}»-x C=«$A»\n");
    }

    @Test
    void splitsIntoTwoEnvInstructions() {
        assertFix("env-self-reference", "FROM alpine:3.20\nENV APP_HOME=/opt/app \\\n    PATH=$APP_HOME/bin:$PATH\n",
                "FROM alpine:3.20\nENV APP_HOME=/opt/app\nENV PATH=$APP_HOME/bin:$PATH\n");
        assertFix("env-self-reference", "FROM alpine:3.20\r\n  ENV A=1 B=$A C=2\r\n", "FROM alpine:3.20\r\n  ENV A=1\r\n  ENV B=$A C=2\r\n");
    }

    @Test
    void acceptsOwnKeyPreviousEnvAndLaterKeys() {
        catchesNot("env-self-reference", "FROM alpine:3.20\nENV A=1\nENV PATH=/x:$PATH B=$A\nENV C=$D D=2\n");
    }

    @Test
    void flagsEveryStageAndHadolintAliasSilencesIt() {
        catches("env-self-reference", "FROM alpine:3.20 AS a\nENV A=1 B=«$A»\nFROM a\nENV C=1 D=«$C»\n");
        catchesNot("env-self-reference", "FROM alpine:3.20\n# hadolint ignore=DL3044\nENV A=1 B=$A\n");
    }
}
