package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import dev.dockmentor.rules.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MissingPipefailTest {
    @Test
    void flagsThePipeline() {
        catches("missing-pipefail", "FROM debian:12\nRUN «curl -fsSL https://x.io/a.tgz | tar xz» && make\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RUN set -o pipefail && curl -fsSL https://x.io/a.tgz | tar xz",
            "RUN set -euxo pipefail; curl https://x.io | tar x",
            "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl https://x.io | tar x",
            "SHELL [\"pwsh\", \"-Command\"]\nRUN Get-Item x | Remove-Item",
            "RUN [\"sh\", \"-c\", \"a | b\"]",
            "RUN curl -o a https://x.io || true"})
    void acceptsPipefailAndNonShellCases(String run) {
        catchesNot("missing-pipefail", "FROM debian:12\n" + run + "\n");
    }

    @Test
    void windowsImagesRunCmdNotSh() {
        // dotnet-docker's shape: cmd hands the (^-escaped) pipe to PowerShell; set -o pipefail would break the RUN.
        catchesNot("missing-pipefail", "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "RUN powershell -Command (Get-Content a.txt ^| Where-Object { $_ -match 'x' })\n");
        catchesNot("missing-pipefail", "FROM mcr.microsoft.com/dotnet/sdk:9.0-nanoserver-ltsc2022\nRUN dir | findstr x\n");
        // Unless the stage switches to a POSIX shell.
        catches("missing-pipefail", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"bash\", \"-c\"]\nRUN «a | b»\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RUN case \"$a\" in x86_64 | aarch64) echo native ;; *) echo other ;; esac",
            "RUN a=\"$(uname -m)\"; \\\n\tcase \"$a\" in \\\n\t\tx86_64 | aarch64) echo n ;; \\\n\t\t*) echo o ;; \\\n\tesac",
            "RUN case $a in (amd64|arm64) x=1 ;; 'i386' | \"armhf\") x=2 ;; esac; echo $x",
            "RUN case $a in a|b) case $b in c|d) x=1 ;; esac ;; e|f) y=2 ;; esac"})
    void caseAlternativesAreNotPipes(String run) {
        catchesNot("missing-pipefail", "FROM alpine:3.20\n" + run + "\n");
    }

    @Test
    void aPipeAfterACaseStillCounts() {
        catches("missing-pipefail", "FROM alpine:3.20\nRUN case $a in x|y) b=1 ;; esac; «curl https://x.io | sh»\n");
        catches("missing-pipefail", "FROM alpine:3.20\nRUN case $a in x|y) «curl https://x.io | sh» ;; esac\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RUN if [ -n \"$S\" ]; then \\\n\t«echo \"$S *f\" | sha256sum -c -»; \\\n\tfi",
            "RUN for f in a b; do «cat $f | sort»; done",
            "RUN if true; then :; else «echo x | sh»; fi",
            "RUN while true; do ! «grep x y | sort»; done"})
    void reservedWordsAreNotThePipedCommand(String run) {
        java.util.List<Finding> hits = catches("missing-pipefail", "FROM alpine:3.20\n" + run + "\n");
        String m = hits.get(0).message().en();
        Assertions.assertTrue(m.contains("'echo'") || m.contains("'cat'") || m.contains("'grep'"), m);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "RUN while read -r l; do echo \"$l\"; «done < list.txt | sort» # the loop",
            "RUN if [ -f a ]; then cat a; «fi | gzip» > a.gz # the if block"})
    void aPipeFromAWholeLoopOrIfBlockIsStillAPipe(String run, String what) {
        String m = catches("missing-pipefail", "FROM alpine:3.20\n" + run + "\n").get(0).message().en();
        Assertions.assertTrue(m.contains("a failure of " + what + ":"), m);
    }

    @Test
    void aShellSetInAParentStageCarriesOver() {
        catchesNot("missing-pipefail", "FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nFROM base\nRUN a | b\n");
        catches("missing-pipefail", "FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nFROM debian:12\nRUN «a | b»\n");
    }

    @Test
    void aShellLaterInTheStageDoesNotHelp() {
        catches("missing-pipefail", "FROM debian:12\nRUN «a | b»\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n");
    }

    @Test
    void fixPrefixesSetPipefail() {
        assertFix("missing-pipefail", "FROM alpine:3.20\nRUN --mount=type=cache,target=/c wget -qO- https://x.io | sh\n",
                "FROM alpine:3.20\nRUN --mount=type=cache,target=/c set -o pipefail && wget -qO- https://x.io | sh\n");
    }

    /** dash (Debian, Ubuntu /bin/sh) rejects set -o pipefail: there the fix switches the SHELL to bash instead. */
    @ParameterizedTest
    @ValueSource(strings = {"debian:bookworm-slim", "ubuntu:24.04", "python:3.13-slim", "node:20", "golang:1.23",
            "php:8.3-apache", "postgres:17", "ruby", "eclipse-temurin:21-jre-jammy", "mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim"})
    void fixUsesABashShellOnDebianFamilyBases(String image) {
        assertFix("missing-pipefail", "FROM " + image + "\nRUN wget -qO- https://x.io/a.tgz | tar -xz -C /opt\n",
                "FROM " + image + "\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -qO- https://x.io/a.tgz | tar -xz -C /opt\n");
    }

    /** Official images whose default variant is Debian/Ubuntu based (nextcloud is php:apache) get the SHELL fix; their alpine or non-Debian tags do not. */
    @ParameterizedTest
    @CsvSource({"nextcloud:31-apache, bash", "nextcloud:fpm, bash", "wordpress:6, bash", "drupal:11-apache, bash", "httpd:2.4, bash",
            "nginx:1.27, bash", "nginx:1.27-alpine, prefix", "tomcat:10, bash", "maven:3.9, bash", "maven:3-amazoncorretto-21, prefix",
            "gradle:8-jdk21, bash", "eclipse-temurin:21-ubi9-minimal, prefix", "redis:7, bash", "redis:7-alpine, prefix",
            "mongo:8, bash", "rabbitmq:4-management, bash", "mariadb:11, bash", "haproxy:3.0, bash", "cassandra:5, bash",
            "mysql:8.4, prefix", "openjdk:22, prefix", "swift:6.0, bash", "swift:6.0-fedora39, prefix"})
    void debianDerivedOfficialImages(String image, String fix) {
        String run = "RUN wget -qO- https://x.io/a.tgz | tar -xz -C /opt\n";
        assertFix("missing-pipefail", "FROM " + image + "\n" + run, "FROM " + image + "\n"
                + (fix.equals("bash") ? "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n" + run : "RUN set -o pipefail && " + run.substring(4)));
    }

    @Test
    void theBaseOfAParentStageDecides() {
        assertFix("missing-pipefail", "FROM debian:12 AS base\nFROM base\n  RUN a | b\n",
                "FROM debian:12 AS base\nFROM base\n  SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n  RUN a | b\n");
    }

    /** busybox ash (alpine) supports the prefix; on an unknown base the prefix stays the fix. */
    @ParameterizedTest
    @ValueSource(strings = {"alpine:3.20", "python:3.13-alpine", "node:20-alpine3.20", "php:8.3-fpm-alpine", "busybox",
            "example.org/team/app:1", "${BASE}", "fedora:40"})
    void fixPrefixesElsewhere(String image) {
        assertFix("missing-pipefail", "ARG BASE=alpine\nFROM " + image + "\nRUN a | b\n",
                "ARG BASE=alpine\nFROM " + image + "\nRUN set -o pipefail && a | b\n");
    }

    @Test
    void noPrefixBeforeACommandThatOpensWithAnOperator() {
        // The flags' line ends in a continuation and the command starts with '&&': a syntax error a prefix cannot mend.
        var f = catches("missing-pipefail", "FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache \\\n && «a | b»\n");
        Assertions.assertTrue(f.get(0).fixes().isEmpty(), f.toString());
    }

    @Test
    void offInTheRecommendedProfile() {
        Assertions.assertTrue(of("missing-pipefail", lint("FROM debian:12\nRUN a | b\n", WITH_DOCKERIGNORE, Profile.RECOMMENDED)).isEmpty());
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("missing-pipefail", "FROM debian:12\n# hadolint ignore=DL4006\nRUN a | b\n");
    }
}
