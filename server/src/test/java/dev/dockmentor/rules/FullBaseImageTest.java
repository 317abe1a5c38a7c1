package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FullBaseImageTest {
    @Test
    void flagsAFullLanguageImageInTheFinalStageWithSizes() {
        var f = catches("full-base-image", "FROM «python:3.12»\nCMD [\"python\"]\n");
        String en = f.get(0).message().en();
        assertTrue(en.contains("python:3.12 is ~1 GB; python:3.12-slim is ~130 MB"), en);
        assertTrue(f.get(0).message().es().contains("python:3.12-slim ocupa ~130 MB"), f.get(0).message().es());
    }

    @ParameterizedTest
    @CsvSource({
            "python:3.12, python:3.12-slim",
            "node:20, node:20-slim",
            "ruby:3.3-bookworm, ruby:3.3-slim-bookworm",
            "python, python:slim",
            "php:8.3, php:8.3-alpine",
            "golang:1.22, golang:1.22-alpine",
            "docker.io/library/node:22, docker.io/library/node:22-slim",
            // Suites: python, ruby, perl, rust put slim first; node puts it last (lts-slim-buster never existed).
            "python:3.13-trixie, python:3.13-slim-trixie",
            "python:bookworm, python:slim-bookworm",
            "rust:1.80-bookworm, rust:1.80-slim-bookworm",
            "perl:5.40-bookworm, perl:5.40-slim-bookworm",
            "node:lts-buster, node:lts-buster-slim",
            "node:20-bookworm, node:20-bookworm-slim",
            "node:20.11.1-bullseye, node:20.11.1-bullseye-slim",
            "node:bookworm, node:bookworm-slim",
            "node:lts, node:lts-slim",
            "node, node:slim",
            // No slim: alpine keeps the flavour and drops the suite.
            "php:8.3-fpm, php:8.3-fpm-alpine",
            "php:8.3-fpm-bookworm, php:8.3-fpm-alpine",
            "php:8.3-cli, php:8.3-cli-alpine",
            "php:8.3-zts-bookworm, php:8.3-zts-alpine",
            "php:8.3-bookworm, php:8.3-alpine",
            "php, php:alpine",
            "golang:1.23-bookworm, golang:1.23-alpine",
            "golang:bookworm, golang:alpine"})
    void switchesToTheSlimVariantOfTheSameVersion(String image, String fixed) {
        assertFix("full-base-image", "FROM " + image + "\nCMD [\"x\"]\n", "FROM " + fixed + "\nCMD [\"x\"]\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"python:3.12-slim", "node:20-alpine", "python:3.12-slim-bookworm", "gcc:14", "julia:1.10",
            "debian:bookworm", "bitnami/python:3.12", "${BASE}"})
    void acceptsSlimVariantsAndImagesWithoutOne(String image) {
        catchesNot("full-base-image", "FROM " + image + "\n");
    }

    /** php's apache flavour has no alpine (nor slim) tag: there is nothing smaller to switch to. */
    @ParameterizedTest
    @ValueSource(strings = {"php:8.3-apache", "php:8.3-apache-bookworm", "php:apache", "php:8.0.9-apache"})
    void noSuggestionWhereNoSmallerTagExists(String image) {
        catchesNot("full-base-image", "FROM " + image + "\nCMD [\"apache2-foreground\"]\n");
    }

    @Test
    void builderStagesAreExempt() {
        catchesNot("full-base-image", "FROM python:3.12 AS build\nRUN pip wheel -w /w .\nFROM python:3.12-slim\nCOPY --from=build /w /w\n");
    }

    @Test
    void aFinalStageBuiltOnAFullStageIsFlaggedAtItsBase() {
        catches("full-base-image", "FROM «node:20» AS base\nFROM base\nCMD [\"node\"]\n");
    }

    @Test
    void canBeSilenced() {
        catchesNot("full-base-image", "# dockmentor-ignore full-base-image\nFROM python:3.12\n");
    }
}
