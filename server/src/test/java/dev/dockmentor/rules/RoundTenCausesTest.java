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
}
