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

    @ParameterizedTest
    @ValueSource(strings = {
            "RUN apt-get update && apt-get install -y --only-upgrade openssl && rm -rf /var/lib/apt/lists/*",
            "RUN apt-get install --only-upgrade -y libssl3 openssl",
            "RUN apt-get -o APT::Get::Only-Upgrade=true install -y openssl"})
    void anOnlyUpgradeInstallsNothingNew(String run) {
        catchesNot("apt-no-install-recommends", "FROM debian:12\n" + run + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FROM bitnami/minideb:bookworm\nRUN install_packages curl ca-certificates",
            "FROM gitpod/workspace-base:2024.01\nRUN sudo install-packages curl git",
            "FROM debian:12\nRUN apt-get update && install_packages curl"})
    void theCleanInstallWrappersAreNoApt(String src) {
        catchesNot("apt-no-install-recommends", src + "\n");
        catchesNot("apt-lists-not-removed", src + "\n");
    }

    @Test
    void anUpgradeBesideANewInstallStillCounts() {
        // --only-upgrade on one call says nothing about the next one.
        catches("apt-no-install-recommends", "FROM debian:12\nRUN apt-get install -y --only-upgrade openssl && apt-get «install» -y curl\n");
    }

    @Test
    void builderStagesShipNothingSoTheyAreNotFlagged() {
        // Recommended packages in a builder stage cost build time, never image size (precision round, issue 18).
        catchesNot("apt-no-install-recommends", "FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM scratch\n");
        // A stage the final one is built on ships its packages.
        catches("apt-no-install-recommends", "FROM debian:12 AS base\nRUN apt-get «install» -y gcc\nFROM base\n");
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
