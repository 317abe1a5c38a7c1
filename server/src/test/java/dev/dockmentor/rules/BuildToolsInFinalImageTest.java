package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildToolsInFinalImageTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "FROM python:3.12-slim\nRUN apt-get install -y «build-essential» «libpq-dev» libpq5\n",
            "FROM alpine:3.20\nRUN apk add --no-cache «gcc» «musl-dev»\n",
            "FROM rockylinux:9\nRUN dnf install -y «gcc-c++» «make»\n"})
    void flagsCompilersInASingleStageImage(String src) {
        catches("build-tools-in-final-image", src);
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
