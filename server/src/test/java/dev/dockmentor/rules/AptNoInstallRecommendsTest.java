package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AptNoInstallRecommendsTest {
    @Test
    void flagsTheInstallWord() {
        catches("apt-no-install-recommends", "FROM debian:12\nRUN apt-get update && apt-get «install» -y curl\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RUN apt-get install -y --no-install-recommends curl",
            "RUN apt-get -o APT::Install-Recommends=false install -y curl",
            "RUN apt-get update",
            "RUN apk add curl"})
    void acceptsInstallsWithoutRecommends(String run) {
        catchesNot("apt-no-install-recommends", "FROM debian:12\n" + run + "\n");
    }

    @Test
    void flagsBuilderStagesToo() {
        catches("apt-no-install-recommends", "FROM debian:12 AS build\nRUN apt-get «install» -y gcc\nFROM scratch\n");
    }

    @Test
    void fixAddsTheFlagInShellAndExecForm() {
        assertFix("apt-no-install-recommends", "FROM debian:12\nRUN apt-get install -y curl\n",
                "FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n");
        assertFix("apt-no-install-recommends", "FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n",
                "FROM debian:12\nRUN [\"apt-get\", \"install\", \"--no-install-recommends\", \"-y\", \"curl\"]\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("apt-no-install-recommends", "FROM debian:12\n# hadolint ignore=DL3015\nRUN apt-get install -y curl\n");
    }
}
