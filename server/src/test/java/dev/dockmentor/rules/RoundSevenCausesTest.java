package dev.dockmentor.rules;

import static dev.dockmentor.rules.ProjectTester.composeAt;
import static dev.dockmentor.rules.ProjectTester.dockerfileAt;
import static dev.dockmentor.rules.ProjectTester.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Causes found by round seven's judged (held-out) findings, fixed after the measurement, each as a pattern of our own. */
class RoundSevenCausesTest {
    @Test
    void aBuilderStagesChmodReachesTheImageOnlyThroughWhatIsCopied() {
        String notCopied = "FROM rust:1.83 AS build\nRUN chmod -R a+w /root/.cargo/registry\nRUN cargo build --release\n"
                + "FROM debian:12-slim\nCOPY --from=build /usr/local/app /usr/local/app\nCMD [\"/usr/local/app\"]\n";
        assertTrue(only("world-writable-path", dockerfileAt("Dockerfile", notCopied)).isEmpty());
        String copied = "FROM node:22 AS build\nWORKDIR /app\nCOPY . .\nRUN chmod -R 777 /app\n"
                + "FROM node:22-slim\nCOPY --from=build /app /app\nCMD [\"node\", \"/app/server.js\"]\n";
        assertEquals(Severity.WARNING, only("world-writable-path", dockerfileAt("Dockerfile", copied)).get(0).severity());
    }

    @Test
    void dataFoldersOpenedToAnyUidAreAdviceNamingGroupZero() {
        String df = "FROM debian:12-slim\nRUN mkdir -p /data /var/log/app && chown app /data && chmod -R 777 /data /var/log/app\nVOLUME /data\n"
                + "USER app\nCMD [\"/usr/bin/app\"]\n";
        Finding f = only("world-writable-path", dockerfileAt("Dockerfile", df)).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("chgrp 0 plus chmod g+rwX"), f.message().en());
        // Application code and system folders stay a warning.
        assertEquals(Severity.WARNING, only("world-writable-path", dockerfileAt("Dockerfile", "FROM debian:12\nRUN chmod a+w /var/lib\n")).get(0).severity());
    }

    @Test
    void aWindowsDrivePathIsAbsolute() {
        assertTrue(only("relative-workdir", dockerfileAt("Dockerfile", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n")).isEmpty());
        assertEquals(1, only("relative-workdir", dockerfileAt("Dockerfile", "FROM alpine:3.20\nWORKDIR app\n")).size());
    }

    @Test
    void wolfiBaseShipsAShell() {
        assertTrue(only("shell-form-no-shell", dockerfileAt("Dockerfile", "FROM cgr.dev/chainguard/wolfi-base\nRUN apk add --no-cache tzdata\n")).isEmpty());
        assertEquals(1, only("shell-form-no-shell", dockerfileAt("Dockerfile", "FROM cgr.dev/chainguard/static\nRUN echo hi\n")).size());
    }

    @Test
    void anOverrideRepeatingTheBasesPortMappingAddsNoSecondBinding() {
        String base = "services:\n  nginx:\n    image: nginx:1.27\n    ports:\n      - target: 8443\n        published: 8443\n";
        String over = "services:\n  nginx:\n    ports:\n      - target: 8443\n        published: 8443\n";
        assertTrue(only("duplicate-host-port", composeAt("compose.yaml", base, "compose.override.yaml", over)).isEmpty());
    }

    @Test
    void nginxPassDirectivesNameAnUpstream() {
        assertTrue(only("hardcoded-secret", dockerfileAt("Dockerfile", "FROM nginx:1.27\nENV DD_UWSGI_PASS=\"uwsgi_server\"\n")).isEmpty());
        assertEquals(1, only("hardcoded-secret", dockerfileAt("Dockerfile", "FROM nginx:1.27\nENV SMTP_PASS=\"k9!vQ2#mwzT\"\n")).size());
    }

    @Test
    void aHeaderSayingLocalDevelopmentAndADevelopmentTargetMakeADevelopmentFile() {
        String header = "# These services are defined here for convenience only so that we can quickly start a given service for local development.\n"
                + "services:\n  app:\n    image: acme/app:1\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n";
        assertEquals(Severity.INFO, only("published-database-port", composeAt("docker/compose.yaml", header)).get(0).severity());
        String target = "services:\n  app:\n    build:\n      context: .\n      target: development\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n";
        Finding f = only("published-database-port", composeAt("compose.yaml", target)).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("service 'app' builds its 'development' target"), f.message().en());
    }

    @Test
    void perArchitectureCopiesAndDatabaseToolsAreBackingServices() {
        String c = "services:\n  mysql:\n    image: arm64v8/mysql:8.4\n    ports: [\"3306:3306\"]\n  kibana:\n    image: docker.elastic.co/kibana/kibana:8.5.0\n"
                + "  consul:\n    image: consul:1.15\n  smtp:\n    image: rnwood/smtp4dev:3.1.3\n";
        List<Finding> f = only("published-database-port", composeAt("scripts/docker/docker-compose.yml", c));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
    }

    @Test
    void aContainerKeptAliveToExecIntoIsASandbox() {
        String df = "FROM rust:1.83\nRUN apt-get update && apt-get install -y build-essential\nCOPY . /src\nCMD [\"tail\", \"-f\", \"/dev/null\"]\n";
        Finding f = only("root-user", dockerfileAt("Dockerfile", df)).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("tail -f /dev/null"), f.message().en());
    }

    @Test
    void aFrameworkEnvironmentChosenOnTheCommandLineIsADevelopmentImage() {
        Finding f = only("root-user", dockerfileAt("Dockerfile", "FROM php:8.3-cli\nCOPY . /app\nCMD [\"php\", \"bin/console\", \"server:run\", \"--env=dev\"]\n")).get(0);
        assertEquals(Severity.INFO, f.severity());
    }

    @Test
    void aDockerClientImageAndAServiceWithTheSocketNeedRootToReachIt() {
        Finding f = only("root-user", dockerfileAt("Dockerfile", "FROM nginx:1.27\nENV DOCKER_HOST=unix:///tmp/docker.sock\nCOPY app /app\n"
                + "ENTRYPOINT [\"/app/docker-entrypoint.sh\"]\n")).get(0);
        assertEquals(Severity.INFO, f.severity());
        String c = "services:\n  orchestrator:\n    image: acme/orch:1\n    user: root\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n";
        assertEquals(Severity.INFO, only("root-user", composeAt("compose.yaml", c)).get(0).severity());
        assertEquals(Severity.WARNING, only("root-user", composeAt("compose.yaml", "services:\n  app:\n    image: acme/app:1\n    user: root\n")).get(0).severity());
    }

    @Test
    void aLargeStackOfBackingServicesIsStillOne() {
        StringBuilder c = new StringBuilder("services:\n");
        for (int i = 0; i < 15; i++) c.append("  pg").append(i).append(":\n    image: postgres:16\n    ports: [\"").append(5432 + i).append(":5432\"]\n");
        assertTrue(only("published-database-port", composeAt("scripts/docker/docker-compose.yml", c.toString())).stream()
                .allMatch(x -> x.severity() == Severity.INFO));
    }
}
