package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthcheckToolMissingTest {
    @ParameterizedTest
    @ValueSource(strings = {"python:3.12-slim", "debian:12-slim", "ubuntu:24.04", "gcr.io/distroless/python3-debian12", "node:20-alpine"})
    void flagsCurlOnImagesWithoutIt(String image) {
        catches("healthcheck-tool-missing", "FROM " + image + "\nHEALTHCHECK CMD «curl» -f http://localhost:8000/ || exit 1\n");
    }

    @Test
    void flagsWgetAndExecForm() {
        catches("healthcheck-tool-missing", "FROM debian:12-slim\nHEALTHCHECK CMD [«\"wget\"», \"-qO-\", \"http://localhost/\"]\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUN apt-get update && apt-get install -y --no-install-recommends curl",
            "RUN apk add --no-cache curl=8.9.1-r0", "COPY --from=curlimages/curl:8.9.1 /usr/bin/curl /usr/bin/curl"})
    void acceptsAToolTheDockerfileInstalls(String install) {
        catchesNot("healthcheck-tool-missing", "FROM python:3.12-slim\n" + install + "\nHEALTHCHECK CMD curl -f http://localhost/\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"python:3.12", "nginx:1.27", "nginx:1.27-alpine", "myorg/custom:1.0"})
    void acceptsImagesThatShipItOrAreUnknown(String image) {
        catchesNot("healthcheck-tool-missing", "FROM " + image + "\nHEALTHCHECK CMD curl -f http://localhost/\n");
    }

    @Test
    void everyAlpineVariantHasBusyBoxWget() {
        // nginx ships no wget on Debian, but its alpine tags inherit BusyBox's.
        catchesNot("healthcheck-tool-missing", "FROM nginx:1.27-alpine\nHEALTHCHECK CMD wget -q -O /dev/null http://localhost/ || exit 1\n");
        catchesNot("healthcheck-tool-missing", "FROM nginx:stable-alpine-slim\nHEALTHCHECK CMD wget -q -O /dev/null http://localhost/ || exit 1\n");
        catches("healthcheck-tool-missing", "FROM nginx:1.27\nHEALTHCHECK CMD «wget» -q -O /dev/null http://localhost/ || exit 1\n");
        catches("healthcheck-tool-missing", "FROM nginx:stable-alpine-slim\nHEALTHCHECK CMD «curl» -f http://localhost/\n");
    }

    /** The official images' idiom installs wget for the build and purges it again: the final image has none. */
    @ParameterizedTest
    @ValueSource(strings = {
            "RUN saved=\"$(apt-mark showmanual)\"; apt-get install -y wget; wget -O /a https://x.io; apt-mark auto '.*'; apt-mark manual $saved; apt-get purge -y --auto-remove",
            "RUN apt-get install -y wget && wget -O /a https://x.io && apt-get purge -y wget",
            "RUN apt-get install -y wget\nRUN apt-get remove -y wget"})
    void flagsAToolTheDockerfilePurgesAgain(String run) {
        catches("healthcheck-tool-missing", "FROM debian:12-slim\n" + run + "\nHEALTHCHECK CMD «wget» -qO- http://localhost:8080/\n");
    }

    @Test
    void aToolReMarkedManualSurvivesTheAutoRemove() {
        catchesNot("healthcheck-tool-missing", "FROM debian:12-slim\nRUN apt-get install -y wget; apt-mark auto '.*'; apt-mark manual wget; "
                + "apt-get purge -y --auto-remove\nHEALTHCHECK CMD wget -qO- http://localhost:8080/\n");
        catchesNot("healthcheck-tool-missing", "FROM debian:12-slim\nRUN apt-get install -y wget\nRUN s=\"$(apt-mark showmanual)\"; "
                + "apt-get install -y gcc; apt-mark auto '.*'; apt-mark manual $s; apt-get purge -y --auto-remove\n"
                + "HEALTHCHECK CMD wget -qO- http://localhost:8080/\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUN /tmp/scripts/setup/install", "RUN ./install.sh --prod", "RUN bash setup.sh", "RUN . /opt/env && sh -e install",
            "RUN cd /tmp && scripts/setup/install"})
    void aScriptTheBuildRunsMayInstallTheTool(String run) {
        // zulip: FROM ubuntu:24.04, RUN …/scripts/setup/install (which installs curl), HEALTHCHECK CMD curl.
        catchesNot("healthcheck-tool-missing", "FROM ubuntu:24.04\nCOPY scripts /tmp/scripts\n" + run + "\nHEALTHCHECK CMD curl -f http://localhost/\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUN /bin/true", "RUN sh -c 'echo hi'", "RUN /usr/bin/env python3 -V", "RUN curl -fsSL https://x.io/i.sh | sh"})
    void systemProgramsAndCommandStringsAreNoScript(String run) {
        catches("healthcheck-tool-missing", "FROM debian:12-slim\n" + run + "\nHEALTHCHECK CMD «curl» -f http://localhost/\n");
    }

    @Test
    void packageListsInArgsAreRead() {
        // paperless-ngx: ARG RUNTIME_PACKAGES="\ curl \ file ..." then apt-get install ${RUNTIME_PACKAGES}.
        catchesNot("healthcheck-tool-missing", "FROM debian:12-slim\nARG PKGS=\"\\\n  curl \\\n  file\"\n"
                + "RUN apt-get update && apt-get install -y ${PKGS}\nHEALTHCHECK CMD curl -f http://localhost/\n");
        // Purged again through the same variable: gone.
        catches("healthcheck-tool-missing", "FROM debian:12-slim\nARG TMP_PKGS=\"curl xz-utils\"\n"
                + "RUN apt-get update && apt-get install -y ${TMP_PKGS} && apt-get purge -y ${TMP_PKGS}\nHEALTHCHECK CMD «curl» -f http://localhost/\n");
        // A list only known at build time may hold it: not reported.
        catchesNot("healthcheck-tool-missing", "FROM debian:12-slim\nARG PKGS\nRUN apt-get update && apt-get install -y $PKGS\n"
                + "HEALTHCHECK CMD curl -f http://localhost/\n");
    }

    @Test
    void looksThroughParentStagesForTheInstall() {
        catchesNot("healthcheck-tool-missing", "FROM debian:12-slim AS base\nRUN apt-get install -y curl\n"
                + "FROM base\nHEALTHCHECK CMD curl -f http://localhost/\n");
        catches("healthcheck-tool-missing", "FROM debian:12-slim AS base\nRUN apt-get install -y curl\n"
                + "FROM debian:12-slim\nHEALTHCHECK CMD «curl» -f http://localhost/\n");
    }

    @Test
    void aToolPurgedInTheSameRunIsNotThere() {
        catches("healthcheck-tool-missing", "FROM debian:12-slim\nRUN apt-get install -y wget && wget -O /app https://example.com/app "
                + "&& apt-mark auto '.*' && apt-get purge -y --auto-remove\nHEALTHCHECK CMD «wget» -qO- http://localhost/\n");
        catches("healthcheck-tool-missing", "FROM debian:12-slim\nRUN apt-get install -y curl && apt-get purge -y curl\n"
                + "HEALTHCHECK CMD «curl» -f http://localhost/\n");
        catchesNot("healthcheck-tool-missing", "FROM debian:12-slim\nRUN apt-get install -y curl && apt-mark auto '.*' "
                + "&& apt-mark manual curl && apt-get purge -y --auto-remove\nHEALTHCHECK CMD curl -f http://localhost/\n");
    }

    @Test
    void fixSwitchesToThePythonRuntime() {
        assertFix("healthcheck-tool-missing",
                "FROM python:3.12-slim\nHEALTHCHECK --interval=30s \\\n  CMD curl -f http://localhost:8000/health || exit 1\nCMD [\"python\"]\n",
                "FROM python:3.12-slim\nHEALTHCHECK --interval=30s \\\n  CMD [\"python\", \"-c\", \"import urllib.request,sys; "
                        + "urllib.request.urlopen('http://localhost:8000/health')\"]\nCMD [\"python\"]\n");
    }

    @Test
    void fixSwitchesCurlToWgetOnAlpine() {
        assertFix("healthcheck-tool-missing", "FROM alpine:3.20\nHEALTHCHECK CMD curl -fs http://127.0.0.1:8080/ready\n",
                "FROM alpine:3.20\nHEALTHCHECK CMD wget -qO- http://127.0.0.1:8080/ready || exit 1\n");
    }

    @Test
    void silencedByItsId() {
        catchesNot("healthcheck-tool-missing", "FROM debian:12-slim\n# dockmentor-ignore healthcheck-tool-missing\n"
                + "HEALTHCHECK CMD curl -f http://localhost/\n");
    }
}
