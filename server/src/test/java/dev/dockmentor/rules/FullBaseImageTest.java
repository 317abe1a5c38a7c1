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
            "docker.io/library/node:22, docker.io/library/node:22-slim"})
    void switchesToTheSlimVariantOfTheSameVersion(String image, String fixed) {
        assertFix("full-base-image", "FROM " + image + "\nCMD [\"x\"]\n", "FROM " + fixed + "\nCMD [\"x\"]\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"python:3.12-slim", "node:20-alpine", "python:3.12-slim-bookworm", "gcc:14", "julia:1.10",
            "debian:bookworm", "bitnami/python:3.12", "${BASE}"})
    void acceptsSlimVariantsAndImagesWithoutOne(String image) {
        catchesNot("full-base-image", "FROM " + image + "\n");
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
