package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipleInstructionsTest {
    @ParameterizedTest
    @ValueSource(strings = {"CMD [\"a\"]", "ENTRYPOINT [\"a\"]", "HEALTHCHECK CMD true"})
    void flagsEveryEarlierOneInTheStage(String ins) {
        String kw = ins.substring(0, ins.indexOf(' '));
        catches("multiple-instructions", "FROM alpine:3.20\n«" + kw + "»" + ins.substring(kw.length()) + "\n«" + kw + "»"
                + ins.substring(kw.length()) + "\n" + ins + "\n");
    }

    @Test
    void removesTheEarlierOne() {
        assertFix("multiple-instructions", "FROM alpine:3.20\r\nCMD [\"a\"]\r\nCMD [\"b\"]\r\n", "FROM alpine:3.20\r\nCMD [\"b\"]\r\n");
    }

    @Test
    void eachStageHasItsOwn() {
        catchesNot("multiple-instructions", "FROM alpine:3.20 AS a\nCMD [\"a\"]\nFROM a\nCMD [\"b\"]\nENTRYPOINT [\"c\"]\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("multiple-instructions", "FROM alpine:3.20\n# hadolint ignore=DL4003\nCMD [\"a\"]\nCMD [\"b\"]\n");
    }
}
