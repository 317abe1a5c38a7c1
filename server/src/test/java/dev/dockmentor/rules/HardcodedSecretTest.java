package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HardcodedSecretTest {
    @ParameterizedTest
    @ValueSource(strings = {"DB_PASSWORD", "MYSQL_ROOT_PASSWORD", "SMTP_PASSWD", "SECRET_KEY_BASE", "GITHUB_TOKEN",
            "STRIPE_API_KEY", "OPENAI_APIKEY", "SSH_PRIVATE_KEY", "AWS_SECRET_ACCESS_KEY", "GCP_CREDENTIALS", "dbPassword"})
    void flagsASecretLookingNameWithALiteralValue(String name) {
        catches("hardcoded-secret", "FROM alpine:3.20\nENV " + name + "=«s3cr3t-value»\n");
        catches("hardcoded-secret", "FROM alpine:3.20\nARG " + name + "=«s3cr3t-value»\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENV DB_PASSWORD=${DB_PASSWORD}", "ENV API_TOKEN=$TOKEN", "ARG NPM_TOKEN",
            "ENV DB_PASSWORD=", "ENV DB_PASSWORD_FILE=/run/secrets/db_password", "ENV DB_PASSWORD=/run/secrets/db_password",
            "ARG API_TOKEN=/run/secrets/token", "ENV TOKENIZERS_PARALLELISM=false",
            "ENV NEXT_PUBLIC_API_KEY=pk_live_123", "ENV SECRET_KEY_BASE_DUMMY=1", "ENV KEYBOARD=us"})
    void acceptsReferencesEmptyValuesFilesAndLookalikes(String line) {
        catchesNot("hardcoded-secret", "FROM alpine:3.20\n" + line + "\n");
    }

    @Test
    void flagsUrlsWithEmbeddedCredentialsAnywhere() {
        catches("hardcoded-secret", "FROM alpine:3.20\nRUN git clone https://«deploy:hunter2»@git.example.com/app.git\n");
        catches("hardcoded-secret", "FROM alpine:3.20\nENV PIP_INDEX_URL=https://«ci:pa55»@pypi.example.com/simple\n");
        catchesNot("hardcoded-secret", "FROM alpine:3.20\nRUN git clone https://ci:${GIT_PASSWORD}@git.example.com/a.git\n");
        catchesNot("hardcoded-secret", "FROM alpine:3.20\nRUN curl -fsS https://example.com/a && echo ok\n");
    }

    @Test
    void aCredentialsFilePathIsNoSecret() {
        // The variable names the key file: made a build secret, the app no longer finds its key.
        catchesNot("hardcoded-secret", "FROM alpine:3.20\nENV GOOGLE_APPLICATION_CREDENTIALS=/run/app/config/key.json\n");
        catchesNot("hardcoded-secret", "FROM alpine:3.20\nENV TLS_PRIVATE_KEY=/etc/app/tls.pem\n");
        catches("hardcoded-secret", "FROM alpine:3.20\nENV GOOGLE_APPLICATION_CREDENTIALS=«{\"type\":\"service_account\"}»\n");
        // Any absolute path names a file, not a secret (the issue: never file paths).
        catchesNot("hardcoded-secret", "FROM alpine:3.20\nENV DB_PASSWORD=/hunter2\n");
    }

    @Test
    void messageNeverEchoesTheSecret() {
        var hits = catches("hardcoded-secret", "FROM alpine:3.20\nENV API_TOKEN=tok_9f8e7d\n");
        assertFalse(hits.get(0).message().en().contains("tok_9f8e7d"));
        assertFalse(hits.get(0).message().es().contains("tok_9f8e7d"));
    }

    @Test
    void flagsGlobalArgsAndEveryStage() {
        var hits = catches("hardcoded-secret", "ARG REGISTRY_TOKEN=«k7Gx9Qz2»\nFROM alpine:3.20 AS build\nENV BUILD_TOKEN=«q8Wv2Lm4»\n"
                + "FROM alpine:3.20\nENV APP_SECRET=«xyz»\n");
        // Only the final image ships its ENV: the global ARG and the builder's ENV stay in the repository and the cache.
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(Severity.WARNING, Severity.WARNING, Severity.ERROR),
                hits.stream().map(Finding::severity).toList());
    }

    @Test
    void fixDropsTheArgDefault() {
        assertFix("hardcoded-secret", "FROM alpine:3.20\nARG NPM_TOKEN=npm_abc\n", "FROM alpine:3.20\nARG NPM_TOKEN\n");
    }

    @Test
    void fixTurnsASingleEnvIntoAnArgWithoutValue() {
        assertFix("hardcoded-secret", "FROM alpine:3.20\nENV NPM_TOKEN=\"npm_abc\"\n", "FROM alpine:3.20\nARG NPM_TOKEN\n");
        assertFix("hardcoded-secret", "FROM alpine:3.20\nENV NPM_TOKEN npm_abc\n", "FROM alpine:3.20\nARG NPM_TOKEN\n");
    }

    @Test
    void fixMovesOneSecretOutOfASharedEnv() {
        assertFix("hardcoded-secret", "FROM alpine:3.20\nENV PORT=8080 DB_PASSWORD=pw MODE=prod\n",
                "FROM alpine:3.20\nARG DB_PASSWORD\nENV PORT=8080 MODE=prod\n");
        assertFix("hardcoded-secret", "FROM alpine:3.20\nENV DB_PASSWORD=pw MODE=prod\n",
                "FROM alpine:3.20\nARG DB_PASSWORD\nENV MODE=prod\n");
    }

    @Test
    void suppressedByItsIdOrTheBuildkitCheckName() {
        catchesNot("hardcoded-secret", "FROM alpine:3.20\n# dockmentor-ignore hardcoded-secret\nENV DB_PASSWORD=pw\n");
        catchesNot("hardcoded-secret", "# check=skip=SecretsUsedInArgOrEnv\nFROM alpine:3.20\nENV DB_PASSWORD=pw\n");
    }
}
