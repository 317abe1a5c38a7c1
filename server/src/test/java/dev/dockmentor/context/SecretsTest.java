package dev.dockmentor.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A secret is judged by what the key means and what the value is. */
class SecretsTest {
    @ParameterizedTest
    @ValueSource(strings = {"POSTGRES_PASSWORD", "DB_PASS", "REDIS_PWD", "JWT_SECRET", "CLIENT_SECRET", "GITHUB_TOKEN",
            "STRIPE_API_KEY", "OPENAI_APIKEY", "SSH_PRIVATE_KEY", "AWS_SECRET_ACCESS_KEY", "SECRET_KEY", "SECRET_KEY_BASE",
            "APP_KEY", "ENCRYPTION_KEY", "GCP_CREDENTIALS", "dbPassword", "smtp.password", "ALLOW_EMPTY_PASSWORD"})
    void aKeyEndingInACredentialNounIsACredential(String key) {
        assertTrue(Secrets.isCredentialKey(key), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TOKEN_SIGNATURE_ALGORITHM", "CREDENTIALS_SOURCE", "TOKEN_MAX_LIFETIME_MS", "API_KEY_RATE_LIMIT",
            "SECRET_KEY_PATH", "POSTGRES_PASSWORD_FILE", "PASSWORD_MIN_LENGTH", "AWS_ACCESS_KEY_ID", "NEXT_PUBLIC_API_KEY",
            "STRIPE_PUBLISHABLE_KEY", "PWD", "PASSWORD_HASH", "KEYBOARD", "TOKENIZERS_PARALLELISM", "SECRETS_DIR", "DB_USER"})
    void aKeyThatOnlyContainsAWordIsNot(String key) {
        assertFalse(Secrets.isCredentialKey(key), key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "croody | LITERAL", "hunter2 | LITERAL", "dev-secret-do-not-ship | LITERAL", "s3cr3t-in-the-image | LITERAL",
            "changeme | PLACEHOLDER", "DEADBEEF | PLACEHOLDER", "CHANGE_ME | PLACEHOLDER", "your-api-key-here | PLACEHOLDER", "<password> | PLACEHOLDER",
            "xxxxxxxx | PLACEHOLDER", "postgres | PLACEHOLDER", "password | PLACEHOLDER", "dummy-token | PLACEHOLDER",
            "true | NONE", "no | NONE", "8080 | NONE", "30s | NONE", "/run/secrets/db | NONE", "./certs/key.pem | NONE",
            "https://example.com/auth | NONE", "'' | NONE", "required | NONE",
            "ghp_0123456789abcdefghijABCDEFGHIJ0123 | TOKEN", "AKIAIOSFODNN7EXAMPLE | TOKEN",
            "postgres://app:hunter2@db/app | LITERAL", "postgres://app:postgres@db/app | PLACEHOLDER",
            "postgres://app:$PW@db/app | NONE"})
    void classifiesTheValue(String value, Secrets.Value expected) {
        assertEquals(expected, Secrets.classify(value), value);
    }

    @ParameterizedTest
    @CsvSource({".env, true", "./.env, true", "config/.env.production, true", "id_rsa, true", "gcp/service-account.json, true",
            "certs/private-key.pem, true", ".env.example, false", ".env.sample, false", "cert.pem, false", "package.json, false"})
    void secretFileNames(String name, boolean expected) {
        assertEquals(expected, Secrets.isSecretFileName(name), name);
    }
}
