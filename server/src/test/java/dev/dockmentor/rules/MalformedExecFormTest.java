package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MalformedExecFormTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "CMD ['python', 'app.py'] | CMD [\"python\", \"app.py\"]",
            "CMD [\"python\" \"app.py\"] | CMD [\"python\", \"app.py\"]",
            "ENTRYPOINT [\"/app\", \"--serve\",] | ENTRYPOINT [\"/app\", \"--serve\"]",
            "CMD [\"C:\\app.exe\"] | CMD [\"C:\\\\app.exe\"]",
            "RUN [“echo”, “hi”] | RUN [\"echo\", \"hi\"]"})
    void repairsTheQuoting(String bad, String good) {
        assertFix("malformed-exec-form", "FROM python:3.12-slim\n" + bad + "\n", "FROM python:3.12-slim\n" + good + "\n");
    }

    @Test
    void marksTheWholeArray() {
        catches("malformed-exec-form", "FROM alpine:3.20\nCMD «['sh', '-c', 'echo hi']»\n");
        catches("malformed-exec-form", "FROM alpine:3.20\nHEALTHCHECK CMD «['true']»\n");
    }

    @Test
    void acceptsValidJsonAndShellForm() {
        catchesNot("malformed-exec-form", "FROM alpine:3.20\nCMD [\"sh\", \"-c\", \"echo hi\"]\nRUN echo '[a]'\nENTRYPOINT /bin/app\n");
    }

    @Test
    void checksEveryStage() {
        catches("malformed-exec-form", "FROM alpine:3.20 AS build\nRUN «['make']»\nFROM alpine:3.20\nCMD «['app']»\n");
    }

    @Test
    void canBeSilencedInline() {
        catchesNot("malformed-exec-form", "FROM alpine:3.20\n# dockmentor-ignore malformed-exec-form\nCMD ['app']\n");
    }
}
