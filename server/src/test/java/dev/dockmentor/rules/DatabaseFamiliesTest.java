package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Images of a database family (kb databaseFamilies) share its port and data path, with their own client for a probe. */
class DatabaseFamiliesTest {
    private static KnowledgeBase.Database db(String image) {
        return KnowledgeBase.get().database(ImageRef.parse(image)).orElseThrow(() -> new AssertionError("not a database: " + image));
    }

    @ParameterizedTest
    @CsvSource({"valkey/valkey:8, redis, 6379", "docker.dragonflydb.io/dragonflydb/dragonfly, redis, 6379", "eqalpha/keydb, redis, 6379",
            "timescale/timescaledb:latest-pg16, postgres, 5432", "pgvector/pgvector:pg16, postgres, 5432", "percona:8.0, mysql, 3306"})
    void familyMembersAreTheirFamily(String image, String family, int port) {
        assertEquals(family, db(image).image());
        assertEquals(port, db(image).port());
    }

    @Test
    void otherImagesOfThePublisherAreNot() {
        assertTrue(KnowledgeBase.get().database(ImageRef.parse("percona/percona-toolkit:3")).isEmpty());
        assertTrue(KnowledgeBase.get().database(ImageRef.parse("timescale/promscale:0.17")).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"pgvector/pgvector:pg16, /var/lib/postgresql/data", "pgvector/pgvector:0.8.0-pg17, /var/lib/postgresql/data",
            "pgvector/pgvector:pg18, /var/lib/postgresql", "timescale/timescaledb:2.17.2-pg16, /var/lib/postgresql/data",
            "postgis/postgis:16-3.4, /var/lib/postgresql/data", "postgis/postgis:18-3.6, /var/lib/postgresql", "postgres:16, /var/lib/postgresql/data"})
    void thePostgresMajorComesFromThePgPartOfTheTag(String image, String data) {
        assertEquals(data, db(image).dataPath());
    }

    @Test
    void aHealthcheckUsesTheClientTheImageShips() {
        String valkey = assertFix("missing-healthcheck", "services:\n  cache:\n    image: valkey/valkey:8\n    restart: always\n", null);
        assertTrue(valkey.contains("valkey-cli"), valkey);
        assertFalse(valkey.contains("redis-cli"), valkey);
        String pg = assertFix("missing-healthcheck", "services:\n  db:\n    image: postgis/postgis:16-3.4\n    restart: always\n", null);
        assertTrue(pg.contains("pg_isready"), pg);
        // dragonfly ships no redis-cli: no probe is offered rather than a broken one.
        for (Finding f : of("missing-healthcheck", lint("services:\n  cache:\n    image: docker.dragonflydb.io/dragonflydb/dragonfly:v1.21\n    restart: always\n"))) {
            for (Fix x : f.fixes()) assertFalse(x.edits().toString().contains("redis-cli"), x.toString());
        }
    }

    @Test
    void aFamilyDatabaseNeedsItsNamedVolume() {
        catches("missing-named-volume", "services:\n  «db»:\n    image: timescale/timescaledb:2.17.2-pg16\n");
        catchesNot("missing-named-volume", "services:\n  db:\n    image: pgvector/pgvector:pg16\n    volumes: [pg:/var/lib/postgresql/data]\nvolumes:\n  pg:\n");
    }
}
