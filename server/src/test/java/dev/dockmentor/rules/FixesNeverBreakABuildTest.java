package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fixes that would break a build, or only silence a finding, are not offered as safe (issue 18, item 8). */
class FixesNeverBreakABuildTest {
    @Test
    void declaringAnEmptyArgOnlySilencesTheFindingSoItIsNotSafe() {
        var f = catches("undefined-variable", "FROM alpine:3.20\nWORKDIR /opt/«$VERSION»\n").get(0);
        assertFalse(f.fixes().isEmpty());
        assertTrue(f.fixes().stream().noneMatch(Fix::safe), f.fixes().toString());
        assertTrue(f.fixes().get(0).title().en().contains("empty unless --build-arg sets it"));
    }

    @Test
    void theLegacyFormWithAYamlColonLosesTheColon() {
        assertFix("legacy-key-value-format", "FROM alpine:3.20\nENV APP_HOME: /app\n", "FROM alpine:3.20\nENV APP_HOME=/app\n");
    }

    @Test
    void noAlpineSuggestionForAnImageThatRunsAptGet() {
        // php has no -slim: the smaller variant is alpine, where apt-get does not exist.
        catchesNot("full-base-image", "FROM php:8.3-fpm\nRUN apt-get update && apt-get install -y --no-install-recommends libzip-dev\nCMD [\"php-fpm\"]\n");
        catches("full-base-image", "FROM php:8.3-fpm\nRUN docker-php-ext-install pdo_mysql\nCMD [\"php-fpm\"]\n");
        // python has a -slim variant, Debian too: apt-get keeps working there.
        catches("full-base-image", "FROM python:3.12\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5\nCMD [\"python\"]\n");
    }

    @Test
    void onbuildImagesAreForBuildingNotForSlimming() {
        catchesNot("full-base-image", "FROM node:20-onbuild\nCMD [\"node\", \"server.js\"]\n");
    }
}
