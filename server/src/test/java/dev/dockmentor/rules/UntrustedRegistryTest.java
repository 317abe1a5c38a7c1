package dev.dockmentor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockmentor.config.Config;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UntrustedRegistryTest {
    private static final Analyzer ANALYZER = new Analyzer();

    private static List<Finding> lint(String src, String... trusted) {
        Config cfg = new Config(Profile.RECOMMENDED, null, Map.of(), List.of(), List.of(trusted), null);
        return RuleTester.of("untrusted-registry",
                ANALYZER.analyzeDockerfile(RuleTester.PATH, src, Path.of("/project"), RuleTester.WITH_DOCKERIGNORE, cfg, Cancel.NEVER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"python:3.12-slim", "docker.io/library/python:3.12", "quay.io/acme/app:1", "ghcr.io/other/app:1",
            "ghcr.io/acmecorp/app:1"})
    void flagsImagesOutsideTheTrustedRegistries(String image) {
        assertEquals(1, lint("FROM " + image + "\n", "ghcr.io/acme").size());
    }

    @Test
    void reportsOnTheImageWord() {
        var f = lint("FROM --platform=linux/amd64 quay.io/x/y:1 AS a\n", "ghcr.io");
        assertEquals(RuleTester.Marked.parse("FROM --platform=linux/amd64 «quay.io/x/y:1» AS a\n").ranges(), List.of(f.get(0).range()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ghcr.io/acme/python:3.13-slim", "python:3.12", "index.docker.io/library/node:20", "scratch"})
    void acceptsTrustedRegistriesAndPrefixes(String image) {
        assertEquals(0, lint("FROM " + image + "\n", "ghcr.io/acme", "docker.io").size());
    }

    @Test
    void officialImagesCanBeTrustedAlone() {
        assertEquals(0, lint("FROM node:20\n", "docker.io/library").size());
        assertEquals(1, lint("FROM bitnami/node:20\n", "docker.io/library").size());
    }

    @Test
    void offWithoutConfigurationAndStageNamesExempt() {
        assertEquals(0, lint("FROM quay.io/x/y:1\n").size());
        assertEquals(0, lint("FROM ghcr.io/acme/b:1 AS b\nFROM b\n", "ghcr.io/acme").size());
    }

    @Test
    void hadolintAliasSilencesIt() {
        assertEquals(0, lint("# hadolint ignore=DL3026\nFROM quay.io/x/y:1\n", "ghcr.io").size());
    }
}
