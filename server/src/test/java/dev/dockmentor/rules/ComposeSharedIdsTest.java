package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.text.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compose halves of ids shared with Dockerfile rules (wired through test shims until merged). */
class ComposeSharedIdsTest {
    @Test
    void unpinnedImages() {
        catches("unpinned-image", "services:\n  a:\n    image: «nginx»\n  b:\n    image: redis:«latest»\n");
        catchesNot("unpinned-image", "services:\n  a:\n    image: nginx:1.27\n  b:\n    image: redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n  c:\n    build: .\n    image: myapp\n");
        catchesNot("unpinned-image", "services:\n  a:\n    image: nginx:${TAG}\n");
        catches("unpinned-image", "services:\n  a:\n    image: «nginx:${TAG:-latest}»\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "\"0\"", "0:0", "root:root"})
    void rootUser(String u) {
        catches("root-user", "services:\n  a:\n    image: a:1\n    user: " + u + "\n");
    }

    @Test
    void rootUserNegative() {
        catchesNot("root-user", "services:\n  a:\n    image: a:1\n    user: \"1000:1000\"\n");
    }

    @Test
    void hardcodedSecretsInListAndMapForms() {
        catches("hardcoded-secret", "services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD=«password»\n      - DATABASE_URL=«postgresql://user:pw@db/x»\n");
        catches("hardcoded-secret", "services:\n  db:\n    image: postgres:16\n    environment:\n      DB_PASSWORD: «${DB_PASSWORD:-hunter2}»\n");
        catchesNot("hardcoded-secret", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pw\n"
                + "      DB_PASSWORD: ${DB_PASSWORD:?set it}\n      API_TOKEN: $API_TOKEN\n      URL: postgresql://u:${PW}@db/x\n      SECRET_KEY:\n");
    }

    @Test
    void aSecretMountPathIsAReferenceNotASecret() {
        // The app reads the secret from the file Compose mounts there; the value itself is no secret.
        catchesNot("hardcoded-secret", "services:\n  api:\n    image: a:1\n    environment:\n      DATABASE_PASSWORD: /run/secrets/db-password\n"
                + "    secrets: [db-password]\nsecrets:\n  db-password:\n    file: ./pw.txt\n");
        catchesNot("hardcoded-secret", "services:\n  api:\n    image: a:1\n    environment:\n      - API_TOKEN=/run/secrets/token\n");
        catchesNot("hardcoded-secret", "services:\n  api:\n    image: a:1\n    environment:\n      - API_TOKEN=/run/secrets/\n");
        catches("hardcoded-secret", "services:\n  api:\n    image: a:1\n    environment:\n      - API_TOKEN=«run-secrets-x9»\n");
    }

    @Test
    void theEnvExampleEditIsNamedLikeTheComposeFile() {
        // A relative input gives relative edit paths, for the compose file and for .env.example alike.
        String src = "services:\n  api:\n    image: a:1\n    environment:\n      JWT_SECRET: abc\n";
        var f = of("hardcoded-secret", lint("app/compose.yaml", src, NO_FILES)).get(0);
        assertEquals(List.of("app/compose.yaml", "app/.env.example"), f.fixes().get(0).edits().stream().map(TextEdit::path).toList());
        var g = of("hardcoded-secret", lint("compose.yaml", src, NO_FILES)).get(0);
        assertEquals(List.of("compose.yaml", ".env.example"), g.fixes().get(0).edits().stream().map(TextEdit::path).toList());
    }

    @Test
    void moveSecretOutOfTheFileUsesInterpolationAndEnvExample() {
        String fixed = assertFix("hardcoded-secret", "services:\n  api:\n    image: a:1\n    environment:\n      - JWT_SECRET=super_secret_key_123\n",
                "services:\n  api:\n    image: a:1\n    environment:\n      - JWT_SECRET=${JWT_SECRET}\n");
        var f = of("hardcoded-secret", lint("services:\n  api:\n    image: a:1\n    environment:\n      JWT_SECRET: 'abc'\n")).get(0);
        TextEdit example = f.fixes().get(0).edits().stream().filter(TextEdit::create).findFirst().orElseThrow();
        assertEquals("/project/.env.example", example.path());
        assertEquals("JWT_SECRET=\n", example.newText());
        assertTrue(f.fixes().get(0).edits().stream().noneMatch(e -> e.newText().contains("abc")), "the secret is written nowhere new");
        assertFix("hardcoded-secret", "services:\n  api:\n    image: a:1\n    environment:\n      JWT_SECRET: 'abc'\n",
                "services:\n  api:\n    image: a:1\n    environment:\n      JWT_SECRET: '${JWT_SECRET}'\n");
    }

    @Test
    void aKeyThatIsNotAVariableNameMovesToAVariableThatIs() {
        // Found by fuzzing: ${DB PASSWORD} is not interpolated, so the "fixed" file kept a literal secret.
        assertFix("hardcoded-secret", "services:\n  api:\n    image: a:1\n    environment:\n      \"DB PASSWORD\": hunter2\n",
                "services:\n  api:\n    image: a:1\n    environment:\n      \"DB PASSWORD\": ${DB_PASSWORD}\n");
    }

    @Test
    void healthcheckToolMissingOnSlimImages() {
        catches("healthcheck-tool-missing", "services:\n  api:\n    image: python:3.12-slim\n    healthcheck:\n      test: [\"CMD\", «\"curl\"», \"-f\", \"http://localhost:8000/health\"]\n");
        catchesNot("healthcheck-tool-missing", "services:\n  api:\n    image: python:3.12\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/health\"]\n");
        var files = files("Dockerfile", "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n");
        catchesNot("healthcheck-tool-missing", "services:\n  api:\n    build: .\n    healthcheck:\n      test: curl -f http://localhost:8000/health\n", files);
        String fixed = assertFix("healthcheck-tool-missing", "services:\n  api:\n    image: python:3.12-slim\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/health\"]\n", null);
        assertTrue(fixed.contains("urllib.request"), fixed);
    }
}
