package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.text.TextEdit;
import dev.dockmentor.text.TextEdits;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerignoreGapsTest {
    private static final String SRC = "FROM node:20-slim\nCOPY . .\n";

    @ParameterizedTest
    @ValueSource(strings = {"node_modules\n", ".git\n", ".env\n", "**/.git\n.env*\n!.env\n"})
    void flagsADockerignoreMissingGitOrEnv(String ignore) {
        catches("dockerignore-gaps", "FROM node:20-slim\nCOPY «.» .\n", files(".dockerignore", ignore));
    }

    @ParameterizedTest
    @ValueSource(strings = {".git\n.env\n", ".git/\n.env*\n", "*\n!src\n", "**/.git\n**/.env\n"})
    void acceptsADockerignoreCoveringBoth(String ignore) {
        catchesNot("dockerignore-gaps", SRC, files(".dockerignore", ignore));
    }

    @Test
    void onlyAWholeContextCopyMatters() {
        catchesNot("dockerignore-gaps", "FROM node:20-slim\nCOPY src/ ./src/\n", files(".dockerignore", "node_modules\n"));
    }

    @Test
    void fixAppendsTheMissingLinesToTheDockerignore() {
        String ignore = "node_modules\r\n*.log";
        var f = catches("dockerignore-gaps", SRC, files(".dockerignore", ignore)).get(0);
        List<TextEdit> edits = f.fixes().get(0).edits();
        assertEquals(1, edits.size());
        assertTrue(edits.get(0).path().replace('\\', '/').endsWith("/project/.dockerignore"));
        String fixed = TextEdits.apply(ignore, edits);
        assertEquals("node_modules\r\n*.log\r\n.git\r\n.env\r\n", fixed);
        catchesNot("dockerignore-gaps", SRC, files(".dockerignore", fixed));
    }

    @Test
    void canBeSilenced() {
        catchesNot("dockerignore-gaps", "FROM node:20-slim\n# dockmentor-ignore dockerignore-gaps\nCOPY . .\n",
                files(".dockerignore", "node_modules\n"));
    }
}
