package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SudoUsageTest {
    @Test
    void oneFindingPerRunOnItsFirstSudo() {
        var f = catches("sudo-usage", "FROM debian:12-slim\nRUN «sudo» mkdir -p /srv && sudo chown app /srv\n");
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains("runs as root already"), f.toString());
    }

    @Test
    void twoSudoDashUOnOneLineGiveOneFinding() {
        var f = catches("sudo-usage", "FROM debian:12-slim\nRUN «sudo» -u app make && sudo -u app make install\n");
        assertTrue(f.get(0).message().en().contains("write USER app before this step"), f.toString());
    }

    @Test
    void flagsSudoInEveryStageAndAfterEnvAssignments() {
        catches("sudo-usage", "FROM debian:12-slim AS build\nRUN DEBIAN_FRONTEND=noninteractive «sudo» apt-get update\n"
                + "FROM debian:12-slim\nRUN «/usr/bin/sudo» true\n");
    }

    @Test
    void acceptsSudoAsAPackageNameOrArgument() {
        catchesNot("sudo-usage", "FROM debian:12-slim\nRUN apt-get install -y sudo && echo sudo\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "RUN sudo mkdir -p /srv | RUN mkdir -p /srv",
            "RUN sudo -E -u root make install | RUN make install",
            "RUN sudo mkdir /srv && sudo chown app /srv | RUN mkdir /srv && chown app /srv",
            "RUN apt-get update && sudo -n apt-get install -y curl | RUN apt-get update && apt-get install -y curl"})
    void fixDropsSudoAndItsOptions(String before, String after) {
        assertFix("sudo-usage", "FROM debian:12-slim\n" + before + "\n", "FROM debian:12-slim\n" + after + "\n");
    }

    @Test
    void sudoDashUStepsDownSoTheAdviceIsUserAndThereIsNoDropFix() {
        // sudo -u discourse bundle install. Dropping sudo would run the step as root instead.
        for (String run : new String[] {"RUN «sudo» -u discourse bundle install", "RUN «sudo» -E -udiscourse bundle install",
                "RUN «sudo» --user=discourse -H bundle install"}) {
            var f = catches("sudo-usage", "FROM debian:12-slim\n" + run + "\n");
            assertTrue(f.get(0).message().en().contains("write USER discourse before this step"), f.toString());
            assertTrue(f.get(0).fixes().isEmpty(), f.toString());
        }
    }

    @Test
    void afterUserAppTheRunRunsAsAppSoItIsInfoAndClaimsNoRoot() {
        var f = catches("sudo-usage", "FROM debian:12-slim\nRUN useradd app\nUSER app\nRUN «sudo» make install\n");
        Finding x = f.get(0);
        assertEquals(Severity.INFO, x.severity());
        assertTrue(x.message().en().contains("this RUN runs as app: write USER root before it (and USER app after)"), x.toString());
        assertFalse(x.message().en().contains("as root already"), x.toString());
        assertTrue(x.fixes().isEmpty(), "dropping sudo would break a non-root step: " + x);
    }

    @Test
    void aStageFromAnotherStageInheritsItsUser() {
        var f = catches("sudo-usage", "FROM debian:12-slim AS base\nUSER 1000\nFROM base\nRUN «sudo» apt-get update\n");
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains("runs as 1000"), f.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"USER root", "USER 0", "USER root:root"})
    void userRootAgainKeepsTheWarning(String back) {
        var f = catches("sudo-usage", "FROM debian:12-slim\nUSER app\n" + back + "\nRUN «sudo» make install\n");
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ARG base\nFROM ${base}", "ARG base=debian:12\nFROM ${base}", "FROM ghcr.io/acme/toolbox:1",
            "FROM sonarqube:10-community"})
    void anImageWhoseUserIsUnknownGivesAHedgedInfo(String from) {
        var f = catches("sudo-usage", from + "\nRUN «sudo» make install\n");
        Finding x = f.get(0);
        assertEquals(Severity.INFO, x.severity());
        assertTrue(x.message().en().contains("not known"), x.toString());
        assertFalse(x.message().en().contains("as root already"), x.toString());
    }

    @Test
    void aUserSetAfterAnUnknownBaseIsKnownAgain() {
        var f = catches("sudo-usage", "FROM ghcr.io/acme/toolbox:1\nUSER root\nRUN «sudo» make install\n");
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RUN useradd -m dev && echo 'dev ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/dev",
            "RUN useradd -m -G sudo dev",
            "RUN useradd --groups docker,wheel dev",
            "RUN usermod -aG sudo dev",
            "RUN adduser dev sudo"})
    void aWorkspaceImageThatGrantsSudoOnPurposeIsInfo(String grant) {
        var f = catches("sudo-usage", "FROM ubuntu:24.04\n" + grant + "\nUSER dev\nRUN «sudo» apt-get update\n");
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains("development workspace"), f.toString());
    }

    @Test
    void otherGroupsAreNoWorkspace() {
        var f = catches("sudo-usage", "FROM ubuntu:24.04\nRUN useradd -G docker dev\nRUN «sudo» apt-get update\n");
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void onbuildRunRunsAsTheUserTheStageEndsWith() {
        List<Finding> f = catches("sudo-usage", "FROM debian:12-slim\nUSER app\nONBUILD RUN «sudo» make\n");
        assertEquals(Severity.INFO, f.get(0).severity());
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("sudo-usage", "FROM debian:12-slim\n# hadolint ignore=DL3004\nRUN sudo true\n");
    }
}
