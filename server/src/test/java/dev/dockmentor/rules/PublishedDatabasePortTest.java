package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** published-database-port: image families, a port moved by the command, and authentication turned off. */
class PublishedDatabasePortTest {
    private static String published(String image, String port) {
        return "services:\n  db:\n    image: " + image + "\n    ports:\n      - «\"" + port + ":" + port + "\"»\n";
    }

    @ParameterizedTest
    @CsvSource({"valkey/valkey:8, 6379", "eqalpha/keydb:x86_64_v6.3.4, 6379", "docker.dragonflydb.io/dragonflydb/dragonfly:v1.21, 6379",
            "timescale/timescaledb:2.17.2-pg16, 5432", "postgis/postgis:16-3.4, 5432", "pgvector/pgvector:pg17, 5432",
            "supabase/postgres:15.6.1.139, 5432", "percona/percona-server:8.0, 3306", "percona:8.0, 3306"})
    void knowsDatabasesByImageFamily(String image, String port) {
        Finding f = catches("published-database-port", published(image, port)).get(0);
        assertTrue(f.message().en().contains("Database port " + port), f.message().en());
    }

    @Test
    void aFamilyImageOnAnotherPortIsNotItsDatabase() {
        catchesNot("published-database-port", published("valkey/valkey:8", "8080").replace("«", "").replace("»", ""));
        // Another image of the same publisher is not the database.
        catchesNot("published-database-port", published("percona/percona-toolkit:3", "3306").replace("«", "").replace("»", ""));
    }

    @Test
    void aPortMovedByTheCommandIsTheOneChecked() {
        String redis = "services:\n  cache:\n    image: redis:7\n    command: %s\n    ports:\n      - %s\n";
        Finding f = catches("published-database-port", redis.formatted("redis-server --port 6380", "«\"6380:6380\"»")).get(0);
        assertTrue(f.message().en().contains("Database port 6380 (set by its command)"), f.message().en());
        catches("published-database-port", redis.formatted("[\"redis-server\", \"--port=6380\"]", "«\"6380:6380\"»"));
        catches("published-database-port", redis.formatted("--port 6380", "«\"6380:6380\"»"));
        // The default port is no longer the database's.
        catchesNot("published-database-port", redis.formatted("redis-server --port 6380", "\"6379:6379\""));
        String pg = "services:\n  db:\n    image: postgres:16\n    command: %s\n    ports:\n      - %s\n";
        catches("published-database-port", pg.formatted("-p 5433", "«\"5433:5433\"»"));
        catches("published-database-port", pg.formatted("postgres -p 5433", "«\"5433:5433\"»"));
        catches("published-database-port", pg.formatted("postgres -c port=5433", "«\"5433:5433\"»"));
        catchesNot("published-database-port", pg.formatted("postgres -p 5433", "\"5432:5432\""));
        // A port we cannot read: quiet rather than guess.
        catchesNot("published-database-port", pg.formatted("postgres -p ${PGPORT}", "\"5432:5432\""));
        // -p is postgres's, not redis's.
        catches("published-database-port", redis.formatted("redis-server -p 6380", "«\"6379:6379\"»"));
    }

    @Test
    void authenticationOffIsSaidInTheMessage() {
        String pg = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n    ports:\n      - «\"5432:5432\"»\n";
        Finding f = catches("published-database-port", pg).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().en().contains("authentication off (POSTGRES_HOST_AUTH_METHOD: trust)"), f.message().en());
        assertTrue(f.message().en().contains("password-less database"), f.message().en());
        assertTrue(f.message().es().contains("autenticación desactivada"), f.message().es());
        String mysql = "services:\n  db:\n    image: mysql:8\n    environment:\n%s    ports:\n      - «\"3306:3306\"»\n";
        assertTrue(catches("published-database-port", mysql.formatted("      MYSQL_ALLOW_EMPTY_PASSWORD: \"yes\"\n")).get(0)
                .message().en().contains("MYSQL_ALLOW_EMPTY_PASSWORD"));
        assertTrue(catches("published-database-port", mysql.formatted("      - ALLOW_EMPTY_PASSWORD=yes\n")).get(0)
                .message().en().contains("ALLOW_EMPTY_PASSWORD: yes"));
    }

    @Test
    void noAuthenticationClaimWithoutEvidence() {
        String mysql = "services:\n  db:\n    image: mysql:8\n    environment:\n%s    ports:\n      - «\"3306:3306\"»\n";
        // A root password set: the empty-password switch does not open root.
        assertFalse(catches("published-database-port", mysql.formatted("      MYSQL_ALLOW_EMPTY_PASSWORD: \"yes\"\n      MYSQL_ROOT_PASSWORD: s3cret\n"))
                .get(0).message().en().contains("authentication off"));
        assertFalse(catches("published-database-port", mysql.formatted("      MYSQL_ALLOW_EMPTY_PASSWORD: \"no\"\n"))
                .get(0).message().en().contains("authentication off"));
        String pg = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: scram-sha-256\n    ports:\n      - «\"5432:5432\"»\n";
        assertFalse(catches("published-database-port", pg).get(0).message().en().contains("authentication off"));
        // redis without requirepass is not evidence: the image or a config file may set it.
        assertFalse(catches("published-database-port", published("redis:7", "6379")).get(0).message().en().contains("authentication off"));
    }

    @Test
    void boundToLoopbackStaysQuietEvenWithAuthenticationOff() {
        catchesNot("published-database-port", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n"
                + "    ports:\n      - \"127.0.0.1:5432:5432\"\n");
    }
}
