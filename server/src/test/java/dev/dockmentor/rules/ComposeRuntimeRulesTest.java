package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComposeRuntimeRulesTest {
    static final String PG_HC = "    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready\"]\n";

    @Test
    void dependsOnShortListOnAHealthyServiceIsRewrittenToTheLongForm() {
        String src = "services:\n  api:\n    image: app:1\n    depends_on:\n      - db\n      - cache\n  db:\n    image: postgres:16\n" + PG_HC
                + "  cache:\n    image: memcached:1.6\n";
        catches("depends-on-no-condition", "services:\n  api:\n    image: app:1\n    depends_on:\n      - «db»\n      - cache\n  db:\n    image: postgres:16\n" + PG_HC
                + "  cache:\n    image: memcached:1.6\n");
        assertFix("depends-on-no-condition", src, "services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n"
                + "      cache:\n        condition: service_started\n  db:\n    image: postgres:16\n" + PG_HC + "  cache:\n    image: memcached:1.6\n");
    }

    @Test
    void dependsOnFlowListAndLongFormWithoutCondition() {
        assertFix("depends-on-no-condition", "services:\n  api:\n    image: app:1\n    depends_on: [db]\n  db:\n    image: postgres:16\n" + PG_HC,
                "services:\n  api:\n    image: app:1\n    depends_on: {db: {condition: service_healthy}}\n  db:\n    image: postgres:16\n" + PG_HC);
        catchesNot("depends-on-no-condition", "services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n" + PG_HC);
        catchesNot("depends-on-no-condition", "services:\n  api:\n    image: app:1\n    depends_on: [db]\n  db:\n    image: postgres:16\n");
    }

    @Test
    void aProviderServiceRunsNoContainerSoContainerRulesSkipIt() {
        // provider: services (e.g. a model runner) are set up by a plugin: no healthcheck, restart, limits, user...
        String src = "services:\n  llm:\n    provider:\n      type: model\n      options:\n        model: ai/smollm2\n"
                + "  app:\n    image: app:1\n    depends_on: [llm]\n";
        var all = lint(src);
        assertTrue(all.stream().noneMatch(f -> f.range().start().line() == 1), all.toString());
        assertTrue(all.stream().anyMatch(f -> f.ruleId().equals("missing-restart-policy") && f.message().en().contains("'app'")), all.toString());
        for (String id : List.of("missing-healthcheck", "missing-restart-policy", "cap-drop-missing", "no-new-privileges", "writable-root-fs",
                "no-resource-limits", "root-user", "unpinned-image", "default-network", "compose-schema")) {
            assertTrue(of(id, all).stream().noneMatch(f -> f.message().en().contains("'llm'")), id + ": " + of(id, all));
        }
        catchesNot("default-network", src);
    }

    @Test
    void anExplicitServiceStartedStillFires() {
        // The contract is "without condition: service_healthy": service_started only waits for the container to start.
        assertFix("depends-on-no-condition", "services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_started\n"
                + "  db:\n    image: postgres:16\n" + PG_HC,
                "services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n" + PG_HC);
    }

    @Test
    void theFixNeverEditsANodeAnAnchorShares() {
        // Merged condition: the explicit key at the use site overrides it; the anchor, also used for 'mail'
        // (no healthcheck), stays service_started.
        String merged = "x-started: &started\n  condition: service_started\nservices:\n  api:\n    image: app:1\n    depends_on:\n"
                + "      db:\n        <<: *started\n      mail:\n        <<: *started\n  db:\n    image: postgres:16\n" + PG_HC
                + "  mail:\n    image: mailpit:1\n";
        String fixed = assertFix("depends-on-no-condition", merged, "x-started: &started\n  condition: service_started\nservices:\n  api:\n    image: app:1\n"
                + "    depends_on:\n      db:\n        <<: *started\n        condition: service_healthy\n      mail:\n        <<: *started\n"
                + "  db:\n    image: postgres:16\n" + PG_HC + "  mail:\n    image: mailpit:1\n");
        catchesNot("depends-on-unhealthy-target", fixed);
        // The entry itself is an alias, or the whole depends_on, or a short list defining an anchor: no fix.
        for (String src : List.of(
                "x-started: &started\n  condition: service_started\nservices:\n  api:\n    image: app:1\n    depends_on:\n      db: *started\n"
                        + "  db:\n    image: postgres:16\n" + PG_HC,
                "x-deps: &deps\n  db:\n    condition: service_started\nservices:\n  api:\n    image: app:1\n    depends_on: *deps\n"
                        + "  worker:\n    image: app:1\n    depends_on: *deps\n  db:\n    image: postgres:16\n" + PG_HC,
                "services:\n  api:\n    image: app:1\n    depends_on: &deps [db]\n  worker:\n    image: app:1\n    depends_on: *deps\n"
                        + "  db:\n    image: postgres:16\n" + PG_HC,
                "services:\n  api:\n    image: app:1\n    depends_on: [&db db]\n    links: [*db]\n  db:\n    image: postgres:16\n" + PG_HC)) {
            var hits = of("depends-on-no-condition", lint(src));
            assertFalse(hits.isEmpty(), src);
            assertTrue(hits.stream().allMatch(f -> f.fixes().isEmpty()), src + "\n" + hits);
        }
    }

    @Test
    void serviceHealthyOnATargetWithoutHealthcheckIsAnErrorWithAHealthcheckFix() {
        String src = "services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n";
        catches("depends-on-unhealthy-target", "services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: «service_healthy»\n  db:\n    image: postgres:16\n");
        String fixed = assertFix("depends-on-unhealthy-target", src, null);
        assertTrue(fixed.contains("pg_isready"), fixed);
    }

    @Test
    void aRegistryImageWeCannotInspectIsNoUnhealthyTarget() {
        // mailcow's unbound image ships a HEALTHCHECK: Compose uses it, so service_healthy works.
        String src = "services:\n  api:\n    image: app:1\n    depends_on:\n      dns:\n        condition: service_healthy\n"
                + "  dns:\n    image: ghcr.io/example/unbound:1.25\n";
        catchesNot("depends-on-unhealthy-target", src);
        // Disabled in compose, or built from a Dockerfile we read that has none: known.
        catches("depends-on-unhealthy-target", "services:\n  api:\n    image: app:1\n    depends_on:\n      dns:\n        condition: «service_healthy»\n"
                + "  dns:\n    image: ghcr.io/example/unbound:1.25\n    healthcheck: {disable: true}\n");
        catches("depends-on-unhealthy-target", "services:\n  api:\n    image: app:1\n    depends_on:\n      web:\n        condition: «service_healthy»\n"
                + "  web:\n    build: .\n", files("Dockerfile", "FROM python:3.12-slim\nCMD [\"python\"]\n"));
        // A Dockerfile without HEALTHCHECK built on such an image inherits the image's: not known either.
        String built = "services:\n  api:\n    image: app:1\n    depends_on:\n      web:\n        condition: service_healthy\n  web:\n    build: .\n";
        catchesNot("depends-on-unhealthy-target", built, files("Dockerfile", "FROM ghcr.io/example/unbound:1.25\nCOPY unbound.conf /etc/\n"));
        catchesNot("depends-on-unhealthy-target", built,
                files("Dockerfile", "FROM ghcr.io/example/unbound:1.25 AS base\nFROM base\nCOPY unbound.conf /etc/\n"));
        catches("depends-on-unhealthy-target", built.replace("condition: service_healthy", "condition: «service_healthy»"),
                files("Dockerfile", "FROM scratch\nCOPY app /app\nENTRYPOINT [\"/app\"]\n"));
        // missing-healthcheck stays, but does not claim the image has none.
        var f = catches("missing-healthcheck", "services:\n  «dns»:\n    image: ghcr.io/example/unbound:1.25\n");
        assertTrue(f.get(0).message().en().contains("may not define one"), f.toString());
    }

    @Test
    void dockerfileHealthcheckSatisfiesTheTarget() {
        var files = files("Dockerfile", "FROM python:3.12-slim\nHEALTHCHECK CMD python -c 'print(1)'\nCMD [\"python\"]\n");
        String src = "services:\n  api:\n    image: app:1\n    depends_on:\n      web:\n        condition: service_healthy\n  web:\n    build: .\n";
        catchesNot("depends-on-unhealthy-target", src, files);
        catchesNot("missing-healthcheck", src.replace("    depends_on:\n      web:\n        condition: service_healthy\n", "    healthcheck: {disable: true}\n"), files);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres:16|pg_isready", "redis:7|redis-cli", "mysql:8.4|mysqladmin"})
    void addHealthcheckFitsTheImage(String c) {
        String[] p = c.split("\\|");
        String fixed = assertFix("missing-healthcheck", "services:\n  db:\n    image: " + p[0] + "\n    restart: always\n", null);
        assertTrue(fixed.contains(p[1]), fixed);
        assertTrue(fixed.contains("      retries: 5\n"), "a number, as the Compose spec types it: " + fixed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nginx:1.27-alpine|ports: [\"8080:80\"]|http://localhost:80/",
            "php:8.3-fpm-alpine|expose: [\"9000\"]|",
            "nginx:1.27-alpine|expose: [\"11211\"]|",
            "node:22-alpine|expose: [\"50051\"]|",
            "node:22-alpine|ports: [\"4317:4317\"]|"})
    void anHttpProbeOnlyWhereHttpCanAnswer(String image, String ports, String url) {
        // FastCGI on 9000 or memcached on 11211 never answer HTTP: such a probe would mark the service unhealthy forever.
        var f = catches("missing-healthcheck", "services:\n  «app»:\n    image: " + image + "\n    " + ports + "\n").get(0);
        String edits = f.fixes().stream().flatMap(x -> x.edits().stream()).map(e -> e.newText()).reduce("", String::concat);
        if (url == null) assertFalse(edits.contains("http://"), edits);
        else assertTrue(edits.contains(url), edits);
    }

    @Test
    void missingHealthcheckIsAdviceAndHealthcheckInOverrideCounts() {
        var f = catches("missing-healthcheck", "services:\n  «db»:\n    image: postgres:16\n  app:\n    image: a:1\n    depends_on: [db]\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n");
        assertEquals(Severity.INFO, f.get(0).severity());
        var files = files("compose.override.yaml", "services:\n  db:\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n");
        catchesNot("missing-healthcheck", "services:\n  db:\n    image: postgres:16\n", files);
    }

    @Test
    void resourceLimitsFixAndAlternatives() {
        catchesNot("no-resource-limits", "services:\n  app:\n    image: a:1\n    mem_limit: 256m\n");
        catchesNot("no-resource-limits", "services:\n  app:\n    image: a:1\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n");
        assertFix("no-resource-limits", "services:\n  app:\n    image: a:1\n",
                "services:\n  app:\n    image: a:1\n    deploy:\n      resources:\n        limits:\n          cpus: \"1.0\"\n          memory: 512M\n");
    }

    @Test
    void namedVolumeForDatabases() {
        catches("missing-named-volume", "services:\n  «db»:\n    image: postgres:16\n");
        catches("missing-named-volume", "services:\n  «db»:\n    image: mysql:8\n    volumes:\n      - /var/lib/mysql\n");
        catchesNot("missing-named-volume", "services:\n  db:\n    image: postgres:16\n    volumes:\n      - pg:/var/lib/postgresql/data\nvolumes:\n  pg:\n");
        catchesNot("missing-named-volume", "services:\n  cache:\n    image: redis:7\n");
        String fixed = assertFix("missing-named-volume", "services:\n  db:\n    image: postgres:16\n", null);
        assertEquals("services:\n  db:\n    image: postgres:16\n    volumes: [db-data:/var/lib/postgresql/data]\nvolumes:\n  db-data: {}\n", fixed);
    }

    @Test
    void postgres18KeepsItsDataUnderVarLibPostgresql() {
        // 18+ exits when something is mounted at /var/lib/postgresql/data: the fix must use /var/lib/postgresql.
        var f = catches("missing-named-volume", "services:\n  «db»:\n    image: postgres:18-alpine\n");
        assertTrue(f.get(0).message().en().contains("data path /var/lib/postgresql:"), f.toString());
        assertEquals("services:\n  db:\n    image: postgres:18-alpine\n    volumes: [db-data:/var/lib/postgresql]\nvolumes:\n  db-data: {}\n",
                assertFix("missing-named-volume", "services:\n  db:\n    image: postgres:18-alpine\n", null));
        catchesNot("missing-named-volume", "services:\n  db:\n    image: postgres:18\n    volumes: [pg:/var/lib/postgresql]\nvolumes:\n  pg:\n");
        // latest is 18+: suggest the new path, but an old pull's /data volume still counts.
        assertTrue(assertFix("missing-named-volume", "services:\n  db:\n    image: postgres\n", null).contains("db-data:/var/lib/postgresql]"));
        catchesNot("missing-named-volume", "services:\n  db:\n    image: postgres:latest\n    volumes: [pg:/var/lib/postgresql/data]\nvolumes:\n  pg:\n");
        assertTrue(assertFix("missing-named-volume", "services:\n  db:\n    image: postgres:9.6\n", null).contains("/var/lib/postgresql/data]"));
    }

    @Test
    void postgres18WithTheOldMountMovesThatMountInsteadOfAddingASecond() {
        // Bumping 17 -> 18 and keeping pg:/var/lib/postgresql/data: the 18 entrypoint exits at start.
        var f = catches("missing-named-volume", "services:\n  db:\n    image: postgres:18\n    volumes:\n      - «pg:/var/lib/postgresql/data»\nvolumes:\n  pg:\n");
        assertTrue(f.get(0).message().en().contains("exits when something is mounted at /var/lib/postgresql/data"), f.toString());
        assertFix("missing-named-volume", "services:\n  db:\n    image: postgres:18\n    volumes:\n      - pg:/var/lib/postgresql/data:rw\nvolumes:\n  pg:\n",
                "services:\n  db:\n    image: postgres:18\n    volumes:\n      - pg:/var/lib/postgresql:rw\nvolumes:\n  pg:\n");
        assertFix("missing-named-volume", "services:\n  db:\n    image: postgres:18-alpine\n    volumes: [\"./pgdata:/var/lib/postgresql/data/\"]\n",
                "services:\n  db:\n    image: postgres:18-alpine\n    volumes: [\"./pgdata:/var/lib/postgresql\"]\n");
        assertFix("missing-named-volume", "services:\n  db:\n    image: postgres:18\n    volumes:\n      - type: volume\n        source: pg\n        target: /var/lib/postgresql/data\nvolumes:\n  pg:\n",
                "services:\n  db:\n    image: postgres:18\n    volumes:\n      - type: volume\n        source: pg\n        target: /var/lib/postgresql\nvolumes:\n  pg:\n");
        // Before 18 the old path is the right one.
        catchesNot("missing-named-volume", "services:\n  db:\n    image: postgres:17\n    volumes: [pg:/var/lib/postgresql/data]\nvolumes:\n  pg:\n");
    }

    @Test
    void publishedDatabasePortIsBoundToLocalhost() {
        catches("published-database-port", "services:\n  db:\n    image: postgres:16\n    ports:\n      - «\"5432:5432\"»\n");
        catchesNot("published-database-port", "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"127.0.0.1:5432:5432\"\n");
        catchesNot("published-database-port", "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"5432:80\"\n");
        assertFix("published-database-port", "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"5432:5432\"\n",
                "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"127.0.0.1:5432:5432\"\n");
        assertFix("published-database-port", "services:\n  db:\n    image: redis:7\n    ports:\n      - target: 6379\n        published: 6379\n",
                "services:\n  db:\n    image: redis:7\n    ports:\n      - target: 6379\n        published: 6379\n        host_ip: \"127.0.0.1\"\n");
    }

    @Test
    void obsoleteVersionIsDeleted() {
        catches("obsolete-version", "«version»: '3.8'\nservices:\n  a:\n    image: a:1\n");
        assertFix("obsolete-version", "version: '3.8'\n\nservices:\n  a:\n    image: a:1\n", "\nservices:\n  a:\n    image: a:1\n");
        catchesNot("obsolete-version", "# dockmentor-ignore obsolete-version\nversion: '3.8'\nservices: {}\n");
    }

    @Test
    void sourceBindMountOnlyInProductionFiles() {
        var files = files("compose.yaml", "services:\n  app:\n    image: app:1\n");
        catchesIn("/project/docker-compose.prod.yml", "source-bind-mount", "services:\n  app:\n    volumes:\n      - «./src:/app/src»\n", files);
        catchesNotIn("/project/docker-compose.prod.yml", "source-bind-mount", "services:\n  app:\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n", files);
        catchesNot("source-bind-mount", "services:\n  app:\n    image: app:1\n    volumes:\n      - .:/app\n");
    }

    @Test
    void defaultNetworkIsStrictAndSilencedByDeclaredNetworks() {
        catches("default-network", "«services»:\n  a:\n    image: a:1\n  b:\n    image: b:1\n");
        catchesNot("default-network", "services:\n  a:\n    image: a:1\n    networks: [back]\n  b:\n    image: b:1\nnetworks:\n  back:\n");
    }
}
