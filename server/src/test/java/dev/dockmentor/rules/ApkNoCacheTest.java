package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApkNoCacheTest {
    @Test
    void flagsTheAddWord() {
        catches("apk-no-cache", "FROM alpine:3.20\nRUN apk «add» curl\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUN apk add --no-cache curl",
            "RUN apk update && apk add curl && rm -rf /var/cache/apk/*",
            "RUN --mount=type=cache,target=/var/cache/apk apk add curl",
            "RUN apk add --no-network --virtual .rundeps so:libc.musl-x86_64.so.1",
            "RUN apk del curl"})
    void acceptsNoCacheAndCleanedCaches(String run) {
        catchesNot("apk-no-cache", "FROM alpine:3.20\n" + run + "\n");
    }

    @Test
    void builderStagesDoNotShip() {
        catchesNot("apk-no-cache", "FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM scratch\n");
    }

    @Test
    void fixAddsTheFlagAndDropsTheNowRedundantUpdate() {
        assertFix("apk-no-cache", "FROM alpine:3.20\nRUN apk add curl\n", "FROM alpine:3.20\nRUN apk add --no-cache curl\n");
        assertFix("apk-no-cache", "FROM alpine:3.20\nRUN apk update && apk add ca-certificates curl\n",
                "FROM alpine:3.20\nRUN apk add --no-cache ca-certificates curl\n");
        assertFix("apk-no-cache", "FROM alpine:3.20\nRUN set -e && apk update && apk add curl\n",
                "FROM alpine:3.20\nRUN set -e && apk add --no-cache curl\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("apk-no-cache", "FROM alpine:3.20\n# hadolint ignore=DL3019\nRUN apk add curl\n");
    }
}
