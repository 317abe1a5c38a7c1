package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AptListsNotRemovedTest {
    @Test
    void flagsAnInstallThatKeepsTheLists() {
        catches("apt-lists-not-removed", "FROM debian:12\nRUN apt-get update && «apt-get install» -y curl\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
            "RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl",
            "RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl",
            "RUN apt-get update; apt-get install -y curl; apt-get dist-clean",
            "RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get distclean",
            "RUN apt update && apt install -y curl && apt distclean",
            "RUN apt-get update && install_packages curl",
            "RUN apt-get update && apt-get install -y curl && install-packages git",
            "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib /var/cache",
            "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/"})
    void acceptsCleanedListsAndCacheMounts(String run) {
        catchesNot("apt-lists-not-removed", "FROM debian:12\n" + run + "\n");
    }

    @Test
    void otherCleanCommandsDoNotRemoveTheLists() {
        // apt-get clean empties /var/cache/apt/archives only; an unknown install script is not the wrapper.
        catches("apt-lists-not-removed", "FROM debian:12\nRUN apt-get update && «apt-get install» -y curl && apt-get clean\n");
        catches("apt-lists-not-removed", "FROM debian:12\nRUN apt-get update && «apt-get install» -y curl && ./install-deps.sh\n");
    }

    @Test
    void anOnlyUpgradeStillDownloadsTheLists() {
        catches("apt-lists-not-removed", "FROM debian:12\nRUN apt-get update && «apt-get install» -y --only-upgrade openssl\n");
    }

    @Test
    void aSiblingFolderIsNotTheLists() {
        catches("apt-lists-not-removed", "FROM debian:12\nRUN apt-get update && «apt-get install» -y curl && rm -rf /var/lib/ap /var/libx\n");
    }

    @Test
    void builderStagesDoNotShip() {
        catchesNot("apt-lists-not-removed", "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM scratch\n");
        catches("apt-lists-not-removed", "FROM debian:12 AS base\nRUN apt-get update && «apt-get install» -y curl\nFROM base\n");
    }

    @Test
    void anInstallWithoutUpdateAddsNoLists() {
        // The lists come from an earlier layer; removing them here would not shrink the image.
        catchesNot("apt-lists-not-removed", "FROM debian:12\nRUN apt-get install -y curl\n");
        catches("apt-lists-not-removed", "FROM ubuntu:24.04\nRUN add-apt-repository -y ppa:x/y && «apt-get install» -y z\n");
        catches("apt-lists-not-removed",
                "FROM debian:12\nRUN curl -fsSL https://deb.nodesource.com/setup_22.x | bash - && «apt-get install» -y nodejs\n");
    }

    @Test
    void noFixWhenALaterInstallReadsTheLists() {
        // Laradock's shape: one update, then many RUNs that install without updating again.
        var hits = catches("apt-lists-not-removed",
                "FROM debian:12\nRUN apt-get update && «apt-get install» -y curl\nRUN apt-get install -y git\n");
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).fixes().isEmpty(), hits.toString());
        assertFix("apt-lists-not-removed", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get install -y git\n",
                "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y git\n");
    }

    @Test
    void anUpdateInARunOfItsOwnIsAptUpdateAlonesFinding() {
        // A RUN that only updates: apt-update-alone reports it, and its fix (merge it into the install) settles this too
        // (round eight: two findings on one line for one mistake were judged a duplicate).
        catchesNot("apt-lists-not-removed", "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n");
        catches("apt-update-alone", "FROM debian:12\nRUN «apt-get update»\nRUN apt-get install -y curl\n");
        catchesNot("apt-lists-not-removed", "FROM debian:12\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\n");
        // An update with something else in the same RUN still leaves the lists in that layer.
        var hits = catches("apt-lists-not-removed", "FROM debian:12\nRUN «apt-get update» && echo ok\nRUN apt-get install -y curl\n");
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).message().en().startsWith("apt-get update leaves"), hits.toString());
    }

    @Test
    void fixAppendsTheCleanupOnOneLine() {
        assertFix("apt-lists-not-removed", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nUSER nobody\n",
                "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nUSER nobody\n");
    }

    @Test
    void fixFollowsTheContinuationStyle() {
        assertFix("apt-lists-not-removed", "FROM debian:12\r\nRUN apt-get update \\\r\n    && apt-get install -y curl\r\n",
                "FROM debian:12\r\nRUN apt-get update \\\r\n    && apt-get install -y curl \\\r\n    && rm -rf /var/lib/apt/lists/*\r\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("apt-lists-not-removed", "FROM debian:12\n# hadolint ignore=DL3009\nRUN apt-get update && apt-get install -y curl\n");
    }
}
