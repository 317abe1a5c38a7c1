package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.text.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingDockerignoreTest {
    private static final dev.dockmentor.project.ProjectFiles EMPTY = files();

    @ParameterizedTest
    @ValueSource(strings = {"COPY «.» .", "ADD «.» /app", "COPY --chown=app «./» /app/"})
    void flagsAWholeContextCopyWithoutDockerignore(String copy) {
        catches("missing-dockerignore", "FROM node:20-slim\n" + copy + "\n", EMPTY);
    }

    @Test
    void acceptsAnExistingDockerignore() {
        catchesNot("missing-dockerignore", "FROM node:20-slim\nCOPY . .\n");
        catchesNot("missing-dockerignore", "FROM node:20-slim\nCOPY . .\n", files("Dockerfile.dockerignore", "node_modules\n"));
    }

    @Test
    void acceptsCopiesOfNamedPathsOrFromStages() {
        catchesNot("missing-dockerignore", "FROM node:20 AS b\nCOPY src/ ./src/\nFROM node:20-slim\nCOPY --from=b . .\n", EMPTY);
    }

    @Test
    void reportsOncePerFile() {
        assertEquals(1, catches("missing-dockerignore", "FROM a:1 AS x\nCOPY . .\nFROM b:1\nCOPY . .\n", EMPTY).size());
    }

    @Test
    void theNewFileIsNamedLikeTheDockerfileWasGiven() {
        // The CLI reads a folder given as a relative path: its edits stay relative, the new .dockerignore too.
        var ctxDir = java.nio.file.Path.of("app").toAbsolutePath();
        var f = new dev.dockmentor.engine.Analyzer().analyzeDockerfile("app/Dockerfile", "FROM node:20-slim\nCOPY . .\n", ctxDir,
                dev.dockmentor.project.ProjectFiles.inMemory(java.util.Map.of()), dev.dockmentor.config.Config.DEFAULT,
                dev.dockmentor.engine.Cancel.NEVER).stream().filter(x -> x.ruleId().equals("missing-dockerignore")).findFirst().orElseThrow();
        assertEquals("app/.dockerignore", f.fixes().get(0).edits().get(0).path().replace('\\', '/'));
    }

    @Test
    void fixCreatesADockerignoreForTheStack() {
        var f = catches("missing-dockerignore", "FROM node:20-slim\nCOPY . .\nRUN npm ci\n", EMPTY).get(0);
        TextEdit e = f.fixes().get(0).edits().get(0);
        assertTrue(e.create());
        assertEquals("/project/.dockerignore", e.path().replace('\\', '/'));
        assertTrue(e.newText().contains("\n.git\n") && e.newText().contains("node_modules") && e.newText().contains(".env"), e.newText());
        assertTrue(!e.newText().contains("__pycache__"), e.newText());
        catchesNot("missing-dockerignore", "FROM node:20-slim\nCOPY . .\nRUN npm ci\n", files(".dockerignore", e.newText()));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "FROM PYTHON:3.12-slim\\nCOPY . .                   | # Python | # Node",
        "FROM golang:1.22\\nCOPY . .\\nRUN go build ./...     | # Go     | # Python",
        "FROM alpine:3.20\\nCOPY . .\\nRUN cargo build         | # Editors | # Go",
        "FROM eclipse-temurin:21\\nCOPY . .                 | # Java   | # Ruby",
        "FROM ruby:3.3\\nCOPY . .\\nRUN bundle install        | # Ruby   | # PHP",
        "FROM alpine:3.20\\nCOPY . .\\nRUN nodejs_setup        | # Editors | # Node",
    })
    void theSuggestedFileFollowsTheStackTheDockerfileNames(String dockerfile, String has, String hasNot) {
        String text = dockerfile.replace("\\n", "\n") + "\n";
        String content = catches("missing-dockerignore", text, EMPTY).get(0).fixes().get(0).edits().get(0).newText();
        assertTrue(content.contains(has), has + " in:\n" + content);
        assertTrue(!content.contains(hasNot), hasNot + " in:\n" + content);
    }

    @Test
    void canBeSilenced() {
        catchesNot("missing-dockerignore", "FROM node:20-slim\n# dockmentor-ignore missing-dockerignore\nCOPY . .\n", EMPTY);
    }
}
