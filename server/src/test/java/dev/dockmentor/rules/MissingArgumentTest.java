package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingArgumentTest {
    @ParameterizedTest
    @ValueSource(strings = {"RUN", "WORKDIR", "USER", "EXPOSE", "VOLUME", "LABEL", "ENV", "ARG", "COPY", "ADD", "ONBUILD", "SHELL"})
    void flagsTheKeywordOfAnInstructionWithNoArguments(String kw) {
        catches("missing-argument", "FROM alpine:3.20\n«" + kw + "»\n");
    }

    @Test
    void flagsFromWithoutImageAndAsWithoutName() {
        catches("missing-argument", "«FROM»\n");
        catches("missing-argument", "FROM alpine:3.20 «AS»\n");
        catches("missing-argument", "FROM «alpine:3.20 base»\n");
    }

    @Test
    void flagsCopyWithoutDestinationAndEnvWithoutValue() {
        catches("missing-argument", "FROM alpine:3.20\nCOPY «app.py»\n");
        catches("missing-argument", "FROM alpine:3.20\nENV «DEBUG»\n");
    }

    @Test
    void flagsAPairWithoutEqualsOnceEnvOrLabelUsesKeyValue() {
        catches("missing-argument", "FROM alpine:3.20\nENV A=1 «B»\nLABEL d=\"x\" «y» z=1\n");
        catchesNot("missing-argument", "FROM alpine:3.20\nARG A=1 B\nENV C 1 2\nLABEL e=\"a b\" f=\nENV G=\"\"\n");
    }

    @Test
    void flagsHealthcheckWithoutCommandAndOffersToInsertCmd() {
        catches("missing-argument", "FROM alpine:3.20\nHEALTHCHECK «CMD»\n");
        assertFix("missing-argument", "FROM alpine:3.20\nHEALTHCHECK --interval=30s wget -q localhost\n",
                "FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD wget -q localhost\n");
    }

    @Test
    void acceptsCompleteInstructionsHeredocsAndEmptyCmd() {
        catchesNot("missing-argument", "FROM alpine:3.20 AS base\nRUN <<EOF\necho hi\nEOF\nCOPY <<EOF /etc/motd\nhello\nEOF\n"
                + "CMD []\nHEALTHCHECK NONE\nENV A=1\n");
    }

    @Test
    void flagsEmptyInstructionsInEveryStage() {
        catches("missing-argument", "FROM alpine:3.20 AS build\n«RUN»\nFROM alpine:3.20\n«WORKDIR»\n");
    }

    @Test
    void canBeSilencedInline() {
        catchesNot("missing-argument", "FROM alpine:3.20\n# dockmentor-ignore missing-argument\nRUN\n");
    }
}
