package dev.dockmentor.rules;

import static dev.dockmentor.rules.ProjectTester.composeAt;
import static dev.dockmentor.rules.ProjectTester.dockerfileAt;
import static dev.dockmentor.rules.ProjectTester.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Causes found on round ten's development half, each as a pattern of our own. */
class RoundTenCausesTest {
    @Test
    void systemdAsPidOneIsASystemContainer() {
        String df = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends systemd && rm -rf /var/lib/apt/lists/*\n"
                + "VOLUME [ \"/sys/fs/cgroup\" ]\nCMD [\"/lib/systemd/systemd\"]\n";
        var f = only("root-user", dockerfileAt("packaging/deb/debian-systemd/Dockerfile", df));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("systemd as PID 1 must run as root"), f.get(0).message().en());
    }

    @Test
    void aCommandALaterOneReplacesNeverRuns() {
        String df = "FROM nixos/nix AS builder\nRUN nix-build\nFROM scratch\nCMD mkdir -p bin\nCOPY --from=builder /out/app bin/app\n"
                + "ENTRYPOINT [\"/bin/app\"]\nCMD []\n";
        var all = dockerfileAt("nix/Dockerfile", df);
        assertTrue(only("shell-form-no-shell", all).isEmpty(), all.toString());
        assertEquals(1, only("shell-form-no-shell", dockerfileAt("nix/Dockerfile", df.replace("CMD []\n", ""))).size());
    }

    @Test
    void repackagedBackingServicesMakeADevelopmentStack() {
        String c = "services:\n  database:\n    image: chainguard/mariadb:latest\n    environment:\n      MARIADB_ROOT_PASSWORD: root\n"
                + "    ports: ['3306:3306']\n  cache:\n    image: chainguard/valkey\n    ports: ['6379:6379']\n"
                + "  adminer:\n    image: shyim/adminerevo:latest\n    ports: ['9080:8080']\n";
        var f = only("unpinned-image", composeAt("compose.yaml", c));
        assertEquals(3, f.size(), f.toString());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f.toString());
        assertTrue(f.get(0).message().en().contains("it only runs backing services"), f.get(0).message().en());
    }

    @Test
    void aDatabaseNamedForTestsMakesATestStack() {
        String c = "services:\n  postgresql:\n    build:\n      context: ./docker/postgres\n    ports:\n      - \"5432:5432\"\n"
                + "    environment:\n      POSTGRES_PASSWORD: postgres\n      POSTGRES_DB: marten_testing\n";
        var f = only("hardcoded-secret", composeAt("docker-compose.yml", c, "docker/postgres/Dockerfile", "FROM postgres:17\n"));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("a test or CI file, service 'postgresql' sets POSTGRES_DB=marten_testing"), f.get(0).message().en());
    }

    @Test
    void bracketedPlaceholdersAreOneFinding() {
        String c = "services:\n  web:\n    image: acme/web:1\n    environment:\n      PUBLIC_HOST: [censored]\n"
                + "      SECRET_KEY_BASE: [censored]\n      INTEGRATION_ID: [censored integer]\n";
        var f = only("compose-schema", composeAt("compose.yaml", c));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().en().startsWith("'[censored]' is a YAML list, not text: a placeholder to fill in?"), f.get(0).message().en());
        // A real list where one value belongs stays a finding per key.
        String lists = "services:\n  web:\n    image: acme/web:1\n    environment:\n      A: [1, 2]\n      B: [3, 4]\n";
        assertEquals(2, only("compose-schema", composeAt("compose.yaml", lists)).size());
    }

    /** Held-out causes of round ten, fixed after its measurement (not measured). */
    @Test
    void aCurlHealthcheckInATestHarnessIsAdvice() {
        String c = "services:\n  api:\n    image: acme/api:1\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"http://localhost:8080/health\"]\n";
        assertEquals(Severity.INFO, only("healthcheck-without-fail", composeAt("src/test/resources/docker/compose.yaml", c, ".git/HEAD", "")).get(0).severity());
        assertEquals(Severity.WARNING, only("healthcheck-without-fail", composeAt("deploy/compose.yaml", c)).get(0).severity());
    }

    @Test
    void archivedDockerfilesAreNoLongerBuilt() {
        String df = "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nCMD [\"curl\", \"--version\"]\n";
        var f = only("apt-lists-not-removed", dockerfileAt("archive/Dockerfile.wheezy", df, ".git/HEAD", ""));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("an archived file, no longer built, in archive/"), f.get(0).message().en());
    }

    @Test
    void aDatabaseImageRunAsItsOwnClientKeepsNoData() {
        String c = "services:\n  wait-for-db:\n    image: postgres:16\n    entrypoint: [\"sh\", \"-c\", \"until pg_isready -h db; do sleep 1; done\"]\n";
        assertTrue(only("missing-named-volume", composeAt("compose.yaml", c)).isEmpty());
    }

    @Test
    void sudoRecommendsNothing() {
        String df = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y sudo && rm -rf /var/lib/apt/lists/*\nUSER 1000\nCMD [\"sh\"]\n";
        assertTrue(only("apt-no-install-recommends", dockerfileAt("Dockerfile", df)).isEmpty());
    }

    @Test
    void buildToolsAreOneFindingPerLayer() {
        String df = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends make \\\n"
                + " && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\nCOPY . /src\nRUN make -C /src\nCMD [\"/src/app\"]\n";
        var f = only("build-tools-in-final-image", dockerfileAt("Dockerfile", df));
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().en().startsWith("'make', 'build-essential' are build tools"), f.get(0).message().en());
    }

    @Test
    void aBrokerIsNotCalledADatabase() {
        String c = "services:\n  app:\n    image: acme/app:1\n  rabbitmq:\n    image: rabbitmq:3.13\n    ports: [\"5672:5672\"]\n";
        var f = only("published-database-port", composeAt("compose.yaml", c));
        assertTrue(f.get(0).message().en().startsWith("Broker port 5672 of 'rabbitmq'"), f.get(0).message().en());
    }

    @Test
    void copyingSeveralSourcesIntoAFolderThatExistsIsAClassicBuilderProblem() {
        String tail = "COPY apps /project/apps/\nCOPY cabal.project Setup.hs /project\nCMD [\"/project/run\"]\n";
        var buildKit = only("copy-dest-not-dir", dockerfileAt("Dockerfile", "# syntax=docker/dockerfile:1.7\nFROM alpine:3.20\n" + tail));
        assertEquals(Severity.INFO, buildKit.get(0).severity(), buildKit.toString());
        assertEquals(Severity.WARNING, only("copy-dest-not-dir", dockerfileAt("Dockerfile", "FROM alpine:3.20\n" + tail)).get(0).severity());
        assertEquals(Severity.ERROR, only("copy-dest-not-dir", dockerfileAt("Dockerfile", "FROM alpine:3.20\nCOPY a b /project\n")).get(0).severity());
    }

    @Test
    void aCommittedEnvFileHoldsDefaultsNotSecrets() {
        String df = "FROM php:8.3-fpm\nWORKDIR /srv\nCOPY .env ./\nUSER www-data\nCMD [\"php-fpm\"]\n";
        var committed = only("hardcoded-secret", dockerfileAt("Dockerfile", df, ".git/HEAD", "", ".env", "APP_ENV=prod\n", ".gitignore", "/.env.local\n"));
        assertEquals(Severity.WARNING, committed.get(0).severity(), committed.toString());
        assertTrue(committed.get(0).message().en().contains("it is committed to the repository"), committed.get(0).message().en());
        var local = only("hardcoded-secret", dockerfileAt("Dockerfile", df, ".git/HEAD", "", ".env", "APP_SECRET=x\n", ".gitignore", ".env\n"));
        assertEquals(Severity.ERROR, local.get(0).severity(), local.toString());
    }
}
