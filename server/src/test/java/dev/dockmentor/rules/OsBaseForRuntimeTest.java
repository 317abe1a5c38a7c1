package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OsBaseForRuntimeTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "FROM ubuntu:24.04\nRUN apt-get install -y «python3»\n",
            "FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl «nodejs»\n",
            "FROM centos:7\nRUN yum install -y «java-17-openjdk»\n",
            "FROM fedora:40\nRUN dnf install -y «ruby»\n"})
    void flagsAnOsImageInstallingALanguageRuntime(String src) {
        catches("os-base-for-runtime", src);
    }

    @Test
    void acceptsOsImagesWithoutRuntimes() {
        catchesNot("os-base-for-runtime", "FROM debian:bookworm-slim\nRUN apt-get install -y curl ca-certificates\n");
    }

    @Test
    void acceptsLanguageImagesInstallingExtras() {
        catchesNot("os-base-for-runtime", "FROM python:3.12-slim\nRUN apt-get install -y python3-venv nodejs\n");
    }

    @Test
    void acceptsABootstrapRuntimePurgedInTheSameRun() {
        catchesNot("os-base-for-runtime", "FROM debian:bookworm-slim\nRUN saved=\"$(apt-mark showmanual)\"; apt-get update; "
                + "apt-get install -y ruby gcc; ./build-ruby.sh; apt-mark auto '.*' > /dev/null; apt-mark manual $saved; "
                + "apt-get purge -y --auto-remove; rm -rf /var/lib/apt/lists/*\n");
        catchesNot("os-base-for-runtime", "FROM ubuntu:24.04\nRUN apt-get install -y python3 && ./gen.py && apt-get purge -y python3\n");
    }

    @Test
    void onlyTheFinalImageCounts() {
        catchesNot("os-base-for-runtime", "FROM ubuntu:24.04 AS build\nRUN apt-get install -y golang\nFROM scratch\nCOPY --from=build /app /app\n");
        catches("os-base-for-runtime", "FROM ubuntu:24.04 AS base\nRUN apt-get install -y «python3»\nFROM base\nCMD [\"python3\"]\n");
    }

    @Test
    void canBeSilenced() {
        catchesNot("os-base-for-runtime", "FROM ubuntu:24.04\n# dockmentor-ignore os-base-for-runtime\nRUN apt-get install -y python3\n");
    }
}
