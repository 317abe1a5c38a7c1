package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnneededPackagesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "FROM debian:12\nRUN apt-get install -y curl «vim» «openssh-server»\n",
            "FROM alpine:3.20\nRUN apk add --no-cache «nano» curl\n",
            "FROM fedora:40\nRUN dnf install -y «strace»\n"})
    void flagsDebugToolsInTheFinalImage(String src) {
        catches("unneeded-packages", src);
    }

    @Test
    void acceptsToolsTheDockerfileRuns() {
        catchesNot("unneeded-packages", "FROM debian:12\nRUN apt-get install -y git && git clone https://example.com/r.git\n");
    }

    @Test
    void acceptsToolsRemovedInTheSameRun() {
        catchesNot("unneeded-packages", "FROM debian:12\nRUN apt-get install -y vim && apt-get purge -y vim\n");
        catchesNot("unneeded-packages", "FROM debian:12\nRUN apt-get install -y wget && wget -O /x https://example.com/x "
                + "&& apt-mark auto '.*' && apt-get purge -y --auto-remove\n");
        catches("unneeded-packages", "FROM debian:12\nRUN apt-get install -y «vim» && apt-mark auto '.*' && apt-mark manual vim "
                + "&& apt-get purge -y --auto-remove\n");
    }

    @Test
    void builderStagesAreExempt() {
        catchesNot("unneeded-packages", "FROM debian:12 AS build\nRUN apt-get install -y vim\nFROM debian:12-slim\n");
    }

    @Test
    void fixRemovesThePackageWord() {
        assertFix("unneeded-packages", "FROM debian:12\nRUN apt-get install -y libpq5 git vim\n",
                "FROM debian:12\nRUN apt-get install -y libpq5 vim\n");
        assertFix("unneeded-packages", "FROM debian:12\nRUN apt-get install -y vim \\\n    curl\n",
                "FROM debian:12\nRUN apt-get install -y curl\n");
    }

    @Test
    void canBeSilenced() {
        catchesNot("unneeded-packages", "FROM debian:12\n# dockmentor-ignore unneeded-packages\nRUN apt-get install -y vim\n");
    }
}
