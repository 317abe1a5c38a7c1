package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyKeyValueFormatTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "ENV NODE_ENV production | ENV NODE_ENV=production",
            "LABEL description A small JSON API | LABEL description=\"A small JSON API\"",
            "ENV GREETING \"hello world\" | ENV GREETING=\"hello world\"",
            "ENV MSG hello   $USER | ENV MSG=\"hello   $USER\"",
            "ENV MSG say \"hi\" there | ENV MSG=\"say hi there\""})
    void rewritesToKeyEqualsValueQuotingTheWholeRest(String bad, String good) {
        assertFix("legacy-key-value-format", "FROM alpine:3.20\n" + bad + "\n", "FROM alpine:3.20\n" + good + "\n");
    }

    @Test
    void marksTheKeyAndValue() {
        catches("legacy-key-value-format", "FROM alpine:3.20\nENV «DEBUG 1»\n");
    }

    @Test
    void acceptsTheEqualsForm() {
        catchesNot("legacy-key-value-format", "FROM alpine:3.20\nENV A=1 B=\"two words\"\nLABEL x=y\nARG V 1\n");
    }

    @Test
    void flagsEveryStage() {
        catches("legacy-key-value-format", "FROM alpine:3.20 AS a\nENV «A 1»\nFROM a\nLABEL «b 2»\n");
    }

    @Test
    void buildKitNameSilencesIt() {
        catchesNot("legacy-key-value-format", "# check=skip=LegacyKeyValueFormat\nFROM alpine:3.20\nENV A 1\n");
    }

    @Test
    void aQuotedKeyKeepsItsQuotes() {
        // Found by fuzzing: the fix wrote the key unquoted, so "my key" became two words.
        assertFix("legacy-key-value-format", "FROM alpine:3.20\nLABEL \"my key\" some value\n",
                "FROM alpine:3.20\nLABEL \"my key\"=\"some value\"\n");
    }
}
