package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShellFormCmdTest {
    @Test
    void flagsShellFormCmdAndEntrypoint() {
        catches("shell-form-cmd", "FROM node:20-slim\nENTRYPOINT «node»\nCMD «node src/server.js»\n");
    }

    @Test
    void acceptsExecForm() {
        catchesNot("shell-form-cmd", "FROM node:20-slim\nENTRYPOINT [\"node\"]\nCMD [\"src/server.js\"]\n");
    }

    @Test
    void onlyTheFinalStageMatters() {
        catchesNot("shell-form-cmd", "FROM node:20-slim AS test\nCMD npm test\nFROM node:20-slim\nCMD [\"node\", \"a.js\"]\n");
    }

    @Test
    void leavesImagesWithoutAShellToShellFormNoShell() {
        catchesNot("shell-form-cmd", "FROM gcr.io/distroless/static-debian12\nCMD /app\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CMD node src/server.js | CMD [\"node\", \"src/server.js\"]",
            "CMD exec gunicorn -b 0.0.0.0:8000 app:app | CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]",
            "ENTRYPOINT  /usr/local/bin/run   --serve | ENTRYPOINT  [\"/usr/local/bin/run\", \"--serve\"]"})
    void fixSplitsPlainWordsIntoJson(String before, String after) {
        assertFix("shell-form-cmd", "FROM python:3.12-slim\n" + before + "\n", "FROM python:3.12-slim\n" + after + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CMD npm run migrate && npm start", "CMD echo $HOME", "CMD java -jar app.jar > /tmp/log",
            "CMD python -c 'print(1)'", "CMD ls *.txt", "CMD PORT=80 node a.js"})
    void noFixWhenTheCommandNeedsAShell(String cmd) {
        var hits = catches("shell-form-cmd", "FROM node:20-slim\n" + cmd + "\n");
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).fixes().isEmpty(), cmd);
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("shell-form-cmd", "FROM node:20-slim\n# hadolint ignore=DL3025\nCMD exec node src/server.js\n");
    }
}
