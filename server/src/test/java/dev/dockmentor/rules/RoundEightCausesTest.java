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
}
