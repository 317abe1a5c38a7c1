package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SudoUsageTest {
    @Test
    void flagsEachSudo() {
        catches("sudo-usage", "FROM debian:12-slim\nRUN «sudo» mkdir -p /srv && «sudo» chown app /srv\n");
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
            "RUN apt-get update && sudo -n apt-get install -y curl | RUN apt-get update && apt-get install -y curl"})
    void fixDropsSudoAndItsOptions(String before, String after) {
        assertFix("sudo-usage", "FROM debian:12-slim\n" + before + "\n", "FROM debian:12-slim\n" + after + "\n");
    }

    @Test
    void sudoDashUStepsDownSoTheAdviceIsUserAndThereIsNoDropFix() {
        // discourse: sudo -u discourse bundle install. Dropping sudo would run the step as root instead.
        for (String run : new String[] {"RUN «sudo» -u discourse bundle install", "RUN «sudo» -E -udiscourse bundle install",
                "RUN «sudo» --user=discourse -H bundle install"}) {
            var f = catches("sudo-usage", "FROM debian:12-slim\n" + run + "\n");
            org.junit.jupiter.api.Assertions.assertTrue(f.get(0).message().en().contains("write USER discourse before this step"), f.toString());
            org.junit.jupiter.api.Assertions.assertTrue(f.get(0).fixes().isEmpty(), f.toString());
        }
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("sudo-usage", "FROM debian:12-slim\n# hadolint ignore=DL3004\nRUN sudo true\n");
    }
}
