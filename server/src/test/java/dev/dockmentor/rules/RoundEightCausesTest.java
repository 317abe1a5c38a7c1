package dev.dockmentor.rules;

import static dev.dockmentor.rules.ProjectTester.composeAt;
import static dev.dockmentor.rules.ProjectTester.dockerfileAt;
import static dev.dockmentor.rules.ProjectTester.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Causes found by round eight's judged (held-out) findings, fixed after the measurement, each as a pattern of our own. */
class RoundEightCausesTest {
    @Test
    void packagesThatRecommendNothingNeedNoFlag() {
        assertTrue(only("apt-no-install-recommends", dockerfileAt("Dockerfile",
                "FROM debian:12-slim\nRUN apt-get update && apt-get install -y tini make locales ragel=6.10-4 && rm -rf /var/lib/apt/lists/*\n")).isEmpty());
        assertEquals(1, only("apt-no-install-recommends", dockerfileAt("Dockerfile",
                "FROM debian:12-slim\nRUN apt-get update && apt-get install -y tini curl && rm -rf /var/lib/apt/lists/*\n")).size());
    }

    @Test
    void aBareUpdateIsOneFinding() {
        var all = dockerfileAt("Dockerfile", "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n");
        assertEquals(1, only("apt-update-alone", all).size());
        assertTrue(only("apt-lists-not-removed", all).stream().noneMatch(f -> f.range().start().line() == 1), all.toString());
    }

    @Test
    void aDatabaseOnTmpfsKeepsNothingOnPurpose() {
        String c = "services:\n  app:\n    image: acme/app:1\n  mysql:\n    image: mysql:8.4\n    tmpfs:\n      - /var/lib/mysql:rw,size=600m\n";
        assertTrue(only("missing-named-volume", composeAt("compose.yaml", c)).isEmpty());
    }

    @Test
    void distrolessHasNoVersionTagsToPin() {
        assertEquals(Severity.INFO, only("unpinned-image", dockerfileAt("Dockerfile", "FROM gcr.io/distroless/cc-debian12\nCOPY app /app\n")).get(0).severity());
    }

    @Test
    void variantsOfOneServiceThroughAnAnchorAreAWarning() {
        String c = "services:\n  server: &server\n    image: acme/app:1\n    ports: [\"6789:6789\"]\n  server_spark:\n    <<: *server\n    environment: [SPARK=1]\n";
        var f = only("duplicate-host-port", composeAt("compose.yaml", c));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains("put them in profiles"), f.get(0).message().en());
        String two = "services:\n  a:\n    image: acme/a:1\n    ports: [\"8080:80\"]\n  b:\n    image: acme/b:1\n    ports: [\"8080:80\"]\n";
        assertEquals(Severity.ERROR, only("duplicate-host-port", composeAt("compose.yaml", two)).get(0).severity());
    }

    @Test
    void aMissingFileTheGitignoreNamesIsCreatedBySetUp() {
        String c = "services:\n  app:\n    image: acme/app:1\n    configs: [local]\nconfigs:\n  local:\n    file: config/local_config.rb\n";
        var f = only("missing-file", composeAt("compose.yaml", c, ".gitignore", "/config/local_config.rb\n"));
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains(".gitignore keeps it out of the repository"), f.get(0).message().en());
        assertEquals(Severity.ERROR, only("missing-file", composeAt("compose.yaml", c)).get(0).severity());
    }
}
