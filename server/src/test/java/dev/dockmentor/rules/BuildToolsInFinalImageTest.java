package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildToolsInFinalImageTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "FROM python:3.12-slim\nRUN apt-get install -y «build-essential libpq-dev» libpq5\n",
            "FROM alpine:3.20\nRUN apk add --no-cache «gcc musl-dev»\n",
            "FROM rockylinux:9\nRUN dnf install -y «gcc-c++ make»\n"})
    void flagsCompilersInASingleStageImage(String src) {
        // One finding per install command, over the build tools it leaves.
        catches("build-tools-in-final-image", src);
    }

    @Test
    void oneFindingNamesEveryBuildToolOfTheCommand() {
        var hits = catches("build-tools-in-final-image", "FROM php:8.3-fpm\nRUN apt-get install -y «gcc make autoconf libc-dev php8.3-dev»\n");
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).message().en().startsWith("'gcc', 'make', 'autoconf' and 2 more are build tools"),
                hits.get(0).message().en());
    }

    @Test
    void acceptsRuntimeOnlyPackages() {
        catchesNot("build-tools-in-final-image", "FROM debian:12-slim\nRUN apt-get install -y libpq5 curl\n");
    }

    @Test
    void acceptsToolsRemovedInTheSameRun() {
        catchesNot("build-tools-in-final-image",
                "FROM alpine:3.20\nRUN apk add --virtual .build-deps gcc musl-dev && pip install x && apk del .build-deps\n");
        catchesNot("build-tools-in-final-image",
                "FROM debian:12\nRUN apt-get install -y gcc && make && apt-get purge -y gcc\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // docker-library: mark everything auto, restore the saved manual set, let auto-remove take the rest
            "RUN saved=\"$(apt-mark showmanual)\"; apt-get install -y gcc make; make; apt-mark auto '.*' > /dev/null; "
                    + "apt-mark manual $saved; apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false",
            "RUN apt-get install -y gcc && make && apt-mark showmanual | xargs -r apt-mark auto && apt-get autoremove -y",
            "RUN apt-get install -y gcc && make && apt-mark auto gcc && apt-get remove --auto-remove -y"})
    void acceptsTheAptMarkAutoCleanUp(String run) {
        catchesNot("build-tools-in-final-image", "FROM debian:12-slim\n" + run + "\n");
    }

    @Test
    void theCleanUpKeepsWhatItMarksManualOrInstallsAfterTheMark() {
        catches("build-tools-in-final-image", "FROM debian:12-slim\nRUN apt-get install -y gcc «make» && apt-mark auto '.*' "
                + "&& apt-mark manual make && apt-get purge -y --auto-remove\n");
        catches("build-tools-in-final-image", "FROM debian:12-slim\nRUN apt-mark auto '.*' && apt-get install -y «gcc» "
                + "&& apt-get purge -y --auto-remove\n");
        // Marking without an auto-remove removes nothing; nor does a purge that runs before the install.
        catches("build-tools-in-final-image", "FROM debian:12-slim\nRUN apt-get install -y «gcc» && apt-mark auto '.*'\n");
        catches("build-tools-in-final-image", "FROM debian:12-slim\nRUN apt-get purge -y gcc; apt-get install -y «gcc»\n");
    }

    @Test
    void aBuilderStageIsThePlaceForThem() {
        catchesNot("build-tools-in-final-image",
                "FROM python:3.12 AS build\nRUN apt-get install -y build-essential\nFROM python:3.12-slim\nRUN apt-get install -y gcc\n");
    }

    @Test
    void canBeSilenced() {
        catchesNot("build-tools-in-final-image", "FROM debian:12\n# dockmentor-ignore build-tools-in-final-image\nRUN apt-get install -y gcc\n");
    }
}
