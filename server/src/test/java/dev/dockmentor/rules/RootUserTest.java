package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RootUserTest {
    @Test
    void flagsAFinalStageWithoutUserOnItsImage() {
        catches("root-user", "FROM «python:3.12-slim»\nCMD [\"python\"]\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*",
            "RUN apk add --no-cache su-exec",
            "RUN wget -O /usr/local/bin/gosu https://example.com/gosu && chmod +x /usr/local/bin/gosu"})
    void anEntrypointThatStepsDownWithGosuIsToldSoWithoutAUserFix(String install) {
        // The official database images start as root to own their data directory, then exec the server through gosu:
        // USER would break them, so the finding stays (the spec: no USER) but says why and offers no fix.
        var f = catches("root-user", "FROM «debian:12-slim»\n" + install + "\nCOPY docker-entrypoint.sh /usr/local/bin/\n"
                + "ENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"postgres\"]\n").get(0);
        org.junit.jupiter.api.Assertions.assertTrue(f.message().get("en").contains("gosu/su-exec"), f.message().get("en"));
        org.junit.jupiter.api.Assertions.assertTrue(f.fixes().isEmpty(), f.fixes().toString());
        var plain = catches("root-user", "FROM «debian:12-slim»\n" + install + "\nCMD [\"postgres\"]\n").get(0);
        org.junit.jupiter.api.Assertions.assertFalse(plain.fixes().isEmpty(), "no ENTRYPOINT to step down: the USER fix stays");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "0", "root:root", "0:0"})
    void flagsAnExplicitRootUser(String user) {
        catches("root-user", "FROM alpine:3.20\nUSER app\nUSER «" + user + "»\nCMD [\"sh\"]\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"app", "10001", "node:node", "${APP_USER}"})
    void acceptsAnUnprivilegedUser(String user) {
        catchesNot("root-user", "FROM node:20-slim\nUSER " + user + "\nCMD [\"node\", \"index.js\"]\n");
    }

    @Test
    void builderStagesMayRunAsRoot() {
        catchesNot("root-user", "FROM golang:1.22 AS build\nUSER root\nRUN go build -o /app .\n"
                + "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nCMD [\"/app\"]\n");
    }

    @Test
    void userIsInheritedThroughAParentStage() {
        catchesNot("root-user", "FROM debian:12-slim AS base\nUSER 10001\nFROM base\nCMD [\"bash\"]\n");
        catches("root-user", "FROM debian:12-slim AS base\nUSER root\nFROM «base»\nCMD [\"bash\"]\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gcr.io/distroless/static-debian12:nonroot", "gcr.io/distroless/base:debug-nonroot",
            "cgr.dev/chainguard/python:latest"})
    void knownNonRootBaseImagesCount(String image) {
        catchesNot("root-user", "FROM " + image + "\nCMD [\"/app\"]\n");
    }

    @Test
    void fixCreatesADebianUserBeforeCmd() {
        assertFix("root-user", "FROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n",
                "FROM python:3.12-slim\nCOPY . /app\n"
                        + "RUN groupadd --system app && useradd --system --gid app --no-create-home app\nUSER app\n"
                        + "CMD [\"python\", \"/app/main.py\"]\n");
    }

    @Test
    void fixCreatesAnAlpineUserAtTheEndKeepingCrlf() {
        assertFix("root-user", "FROM python:3.12-alpine\r\nCOPY . /app",
                "FROM python:3.12-alpine\r\nCOPY . /app\r\nRUN addgroup -S app && adduser -S app -G app\r\nUSER app");
    }

    /** .NET 8+ images ship the user app (UID 1654), node images the user node: groupadd/addgroup app would fail. */
    @ParameterizedTest
    @CsvSource({"mcr.microsoft.com/dotnet/aspnet:10.0, app", "mcr.microsoft.com/dotnet/runtime-deps:10.0.11-alpine3.23, app",
            "mcr.microsoft.com/dotnet/sdk:8.0, app", "mcr.microsoft.com/dotnet/runtime:9.0-bookworm-slim, app",
            "mcr.microsoft.com/dotnet/aspnet, app", "node:22-bookworm, node", "node:20-alpine, node",
            "php:8.3-fpm-alpine, www-data", "php:8.4-cli, www-data", "wordpress:6.6-php8.3-fpm, www-data", "nextcloud:30-fpm, www-data"})
    void fixOnAnImageWithItsOwnUserJustSwitchesToIt(String image, String user) {
        assertFix("root-user", "FROM " + image + "\nENTRYPOINT [\"/app\"]\n",
                "FROM " + image + "\nUSER " + user + "\nENTRYPOINT [\"/app\"]\n");
    }

    @Test
    void dotnetBefore8StillCreatesTheUser() {
        assertFix("root-user", "FROM mcr.microsoft.com/dotnet/aspnet:6.0\nENTRYPOINT [\"/app\"]\n",
                "FROM mcr.microsoft.com/dotnet/aspnet:6.0\n"
                        + "RUN groupadd --system app && useradd --system --gid app --no-create-home app\nUSER app\nENTRYPOINT [\"/app\"]\n");
    }

    @Test
    void fixOnDistrolessJustSwitchesToNonroot() {
        assertFix("root-user", "FROM gcr.io/distroless/static-debian12\nCOPY app /app\nENTRYPOINT [\"/app\"]\n",
                "FROM gcr.io/distroless/static-debian12\nCOPY app /app\nUSER nonroot\nENTRYPOINT [\"/app\"]\n");
    }

    @Test
    void fixGoesAfterARootUserThatFollowsCmd() {
        assertFix("root-user", "FROM debian:12-slim\nCMD [\"bash\"]\nUSER root\n",
                "FROM debian:12-slim\nCMD [\"bash\"]\nUSER root\n"
                        + "RUN groupadd --system app && useradd --system --gid app --no-create-home app\nUSER app\n");
    }

    /** Windows images have no groupadd/useradd: the fix switches to the built-in unprivileged ContainerUser. */
    @ParameterizedTest
    @ValueSource(strings = {"mcr.microsoft.com/windows/servercore:ltsc2022", "mcr.microsoft.com/windows/server:ltsc2022",
            "golang:1.23-windowsservercore-ltsc2022", "mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2022",
            "myorg/winapp:1\nSHELL [\"powershell\", \"-Command\"]", "myorg/winapp:1\nSHELL [\"cmd.exe\", \"/S\", \"/C\"]"})
    void fixOnWindowsSwitchesToContainerUser(String image) {
        String src = "FROM " + image + "\nRUN Write-Host hi\nCMD [\"app.exe\"]\n";
        var hits = catches("root-user", src);
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).message().en().contains("ContainerAdministrator"), hits.toString());
        org.junit.jupiter.api.Assertions.assertFalse(hits.get(0).message().en().contains("root"), hits.toString());
        assertFix("root-user", src, src.replace("CMD [", "USER ContainerUser\nCMD ["));
    }

    @Test
    void windowsAdministratorCountsAsRootAndNanoServerDefaultsToContainerUser() {
        catches("root-user", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER «ContainerAdministrator»\nCMD [\"app.exe\"]\n");
        catchesNot("root-user", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\nCMD [\"app.exe\"]\n");
        catchesNot("root-user", "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD [\"app.exe\"]\n");
        catchesNot("root-user", "FROM python:3.13-windowsservercore-ltsc2022 AS b\nFROM golang:1.23-nanoserver-ltsc2022\nCMD [\"app.exe\"]\n");
        // ContainerAdministrator is just a name on Linux.
        catchesNot("root-user", "FROM debian:12\nUSER ContainerAdministrator\nCMD [\"x\"]\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("root-user", "FROM alpine:3.20\n# hadolint ignore=DL3002\nUSER root\nCMD [\"sh\"]\n");
        catchesNot("root-user", "# dockmentor-ignore root-user\nFROM alpine:3.20\nCMD [\"sh\"]\n");
    }
}
