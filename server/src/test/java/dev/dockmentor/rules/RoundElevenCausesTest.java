package dev.dockmentor.rules;

import static dev.dockmentor.rules.ProjectTester.composeAt;
import static dev.dockmentor.rules.ProjectTester.dockerfileAt;
import static dev.dockmentor.rules.ProjectTester.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Causes found by round eleven's judged (held-out) findings, fixed after the measurement, each as a pattern of our own. */
class RoundElevenCausesTest {
    @Test
    void anOverlayThatOnlyPicksTheStageBuildsWhatTheBaseSays() {
        String base = "services:\n  web:\n    build:\n      context: ../\n      dockerfile: docker/Dockerfile\n";
        String overlay = "services:\n  web:\n    image: acme/web:final\n    build:\n      target: final\n";
        var f = only("missing-file", composeAt("development/docker-compose.final.yml", overlay,
                "development/docker-compose.yml", base, "docker/Dockerfile", "FROM python:3.12-slim\n"));
        assertTrue(f.isEmpty(), f.toString());
        // Without a base beside it, the build really reads ./Dockerfile.
        assertEquals(1, only("missing-file", composeAt("development/docker-compose.final.yml", overlay)).size());
    }

    @Test
    void anEnvFileAnInstallerAtTheProjectRootWritesIsTheSetUp() {
        String c = "services:\n  app:\n    image: acme/app:1\n    env_file: ./netmaker.env\n";
        String installer = "#!/bin/bash\ncurl -fsSL $BASE/compose/docker-compose.yml -o docker-compose.yml\ncp netmaker.default.env netmaker.env\n";
        var f = only("missing-file", composeAt("compose/docker-compose.yml", c, ".git/HEAD", "", "scripts/nm-quick.sh", installer));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("../scripts/nm-quick.sh creates it"), f.get(0).message().en());
    }

    @Test
    void aComposeTemplateIsNotLinted() {
        String c = "services:\n  server:\n    build: .\n    depends_on: [db]\n";
        var all = composeAt("generator/docker-compose.template.yml", c);
        assertTrue(only("unknown-service", all).isEmpty(), all.toString());
        assertEquals(1, only("template-file", all).size(), all.toString());
    }

    @Test
    void ddevComposeFilesAreMergedWithTheBaseDdevGenerates() {
        String c = "#ddev-generated\nservices:\n  phpmyadmin:\n    image: phpmyadmin:5\n    depends_on: [db]\n"
                + "    volumes:\n      - ddev-global-cache:/mnt/ddev-global-cache\n";
        var all = composeAt(".ddev/docker-compose.phpmyadmin.yaml", c);
        assertTrue(all.stream().noneMatch(f -> f.severity() == Severity.ERROR), all.toString());
    }

    @Test
    void theV1FormatIsOneFinding() {
        String c = "web:\n  image: acme/web:1\n  links: [db]\ndb:\n  image: mysql:8.4\nproxy:\n  image: proxysql/proxysql:2\n";
        var f = only("compose-schema", composeAt("docker/scenario/docker-compose.yml", c));
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().en().startsWith("This is the Compose v1 file format"), f.get(0).message().en());
    }

    @Test
    void aCiImagesFolderHoldsCiImages() {
        String df = "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends clang cmake && rm -rf /var/lib/apt/lists/*\n"
                + "COPY . /src\nRUN make -C /src deps\nUSER ci\n";
        var f = only("build-tools-in-final-image", dockerfileAt("misc/docker-ci/Dockerfile.ubuntu2404", df, ".git/HEAD", ""));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
    }

    @Test
    void postgres18KeepsItsDataInItsVersionedFolder() {
        String c = "services:\n  db:\n    image: postgres:18\n    volumes:\n      - db:/var/lib/postgresql/18/docker\nvolumes:\n  db:\n";
        assertTrue(only("missing-named-volume", composeAt("compose.yaml", c)).isEmpty());
    }

    @Test
    void caddyAndRedisRecommendNothing() {
        String df = "FROM debian:12-slim\nRUN apt-get update && apt-get install -y caddy redis-server && rm -rf /var/lib/apt/lists/*\nCMD [\"caddy\", \"run\"]\n";
        assertTrue(only("apt-no-install-recommends", dockerfileAt("Dockerfile", df)).isEmpty());
    }

    @Test
    void aComposeServiceThatRunsTheImageAsAUserMakesRootAdvice() {
        String df = "FROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n";
        String c = "services:\n  app:\n    build: .\n    user: \"${UID:-1000}:${GID:-1000}\"\n";
        var f = only("root-user", dockerfileAt("Dockerfile", df, "compose.yaml", c));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("compose service 'app', which builds it, runs it as ${UID:-1000}:${GID:-1000}"), f.get(0).message().en());
        var root = only("root-user", dockerfileAt("Dockerfile", df, "compose.yaml", c.replace("${UID:-1000}:${GID:-1000}", "root")));
        assertEquals(Severity.WARNING, root.get(0).severity());
    }
}
