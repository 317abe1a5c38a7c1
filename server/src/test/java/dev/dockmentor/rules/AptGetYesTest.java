package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AptGetYesTest {
    @Test
    void flagsAnInstallWithoutYes() {
        catches("apt-get-yes", "FROM debian:12\nRUN apt-get update && apt-get «install» --no-install-recommends curl\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"apt-get install -y curl", "apt-get -qq install curl", "apt-get install --yes curl",
            "apt-get install --assume-yes curl", "apt-get -qy install curl", "yes | apt-get install curl",
            "apt-get -o APT::Get::Assume-Yes=true install curl", "apt-get update"})
    void acceptsNonInteractiveInstalls(String cmd) {
        catchesNot("apt-get-yes", "FROM debian:12\nRUN " + cmd + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"apt-get install -s", "apt-get install --simulate", "apt-get --dry-run install", "apt install --no-act"})
    void aSimulatedInstallInstallsNothing(String sim) {
        // "if apt-get install -s pkg; then ..." asks apt whether pkg exists: no question, nothing installed.
        String src = "FROM debian:12-slim\nRUN apt-get update; if " + sim + " postgresql-17-jit > /dev/null 2>&1; then echo yes; fi;"
                + " rm -rf /var/lib/apt/lists/*\n";
        for (String id : new String[] {"apt-get-yes", "apt-no-install-recommends", "unpinned-package"}) catchesNot(id, src);
    }

    @Test
    void flagsEveryStage() {
        catches("apt-get-yes", "FROM debian:12 AS b\nRUN apt-get «install» gcc\nFROM debian:12\nRUN apt «install» curl\n");
    }

    @Test
    void fixAddsYes() {
        assertFix("apt-get-yes", "FROM debian:12\nRUN apt-get install --no-install-recommends curl\n",
                "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("apt-get-yes", "FROM debian:12\n# hadolint ignore=DL3014\nRUN apt-get install curl\n");
    }

    @Test
    void yumDnfAndZypperAskTheSameQuestion() {
        catches("apt-get-yes", "FROM rockylinux:9\nRUN yum «install» curl && yum clean all\n");
        catches("apt-get-yes", "FROM fedora:41\nRUN dnf «install» --setopt=install_weak_deps=False curl && dnf clean all\n");
        catches("apt-get-yes", "FROM opensuse/leap:15.6\nRUN zypper «install» curl && zypper clean -a\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yum install -y curl", "yum -y install curl", "dnf install --assumeyes curl", "zypper -n install curl",
            "zypper --non-interactive in curl", "zypper install -y curl", "microdnf install curl", "yes | yum install curl"})
    void acceptsTheirNonInteractiveInstalls(String cmd) {
        catchesNot("apt-get-yes", "FROM rockylinux:9\nRUN " + cmd + "\n");
    }
}
