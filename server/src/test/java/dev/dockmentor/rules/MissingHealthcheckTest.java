package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingHealthcheckTest {
    @Test
    void flagsAFinalStageWithoutHealthcheck() {
        catches("missing-healthcheck", "FROM «nginx:1.27»\nCOPY site/ /usr/share/nginx/html/\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEALTHCHECK CMD curl -f http://localhost/ || exit 1", "HEALTHCHECK NONE",
            "HEALTHCHECK --interval=10s CMD [\"/app\", \"health\"]"})
    void acceptsAnyHealthcheckIncludingNone(String hc) {
        catchesNot("missing-healthcheck", "FROM nginx:1.27\n" + hc + "\n");
    }

    @Test
    void aHealthcheckInheritedFromAParentStageCounts() {
        catchesNot("missing-healthcheck", "FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -f http://localhost/\nFROM base\nCOPY a /a\n");
    }

    @Test
    void onlyTheFinalStageMatters() {
        catches("missing-healthcheck", "FROM golang:1.22 AS build\nHEALTHCHECK NONE\nFROM «alpine:3.20»\nCMD [\"/app\"]\n");
    }

    @Test
    void fixUsesCurlWhenTheImageHasIt() {
        assertFix("missing-healthcheck", "FROM nginx:1.27\nEXPOSE 80\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n",
                "FROM nginx:1.27\nEXPOSE 80\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:80/ || exit 1\n"
                        + "CMD [\"nginx\", \"-g\", \"daemon off;\"]\n");
    }

    @Test
    void fixUsesWgetOnAlpineAtTheEnd() {
        assertFix("missing-healthcheck", "FROM alpine:3.20\nEXPOSE 8080/tcp",
                "FROM alpine:3.20\nEXPOSE 8080/tcp\nHEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/ || exit 1");
    }

    @Test
    void fixUsesAnInstalledCurl() {
        assertFix("missing-healthcheck", "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nEXPOSE 9000\nCMD [\"app\"]\n",
                "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nEXPOSE 9000\n"
                        + "HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:9000/ || exit 1\nCMD [\"app\"]\n");
    }

    @Test
    void fixUsesTheLanguageRuntimeOnSlimImages() {
        assertFix("missing-healthcheck", "FROM python:3.12-slim\nEXPOSE 8000\nCMD [\"python\", \"-m\", \"app\"]\n",
                "FROM python:3.12-slim\nEXPOSE 8000\nHEALTHCHECK --interval=30s --timeout=3s CMD [\"python\", \"-c\", "
                        + "\"import urllib.request,sys; urllib.request.urlopen('http://localhost:8000/')\"]\nCMD [\"python\", \"-m\", \"app\"]\n");
        assertFix("missing-healthcheck", "FROM node:20-slim\nEXPOSE 3000\nCMD [\"node\", \"server.js\"]\n",
                "FROM node:20-slim\nEXPOSE 3000\nHEALTHCHECK --interval=30s --timeout=3s CMD [\"node\", \"-e\", "
                        + "\"require('http').get('http://localhost:3000/', r => process.exit(r.statusCode < 400 ? 0 : 1))"
                        + ".on('error', () => process.exit(1))\"]\nCMD [\"node\", \"server.js\"]\n");
    }

    @Test
    void silencedByItsId() {
        catchesNot("missing-healthcheck", "# dockmentor-ignore missing-healthcheck\nFROM nginx:1.27\n");
    }

    @Test
    void noFixWhenTheLastLineContinuesIntoWhateverIsAppended() {
        // Found by fuzzing: the HEALTHCHECK appended after "CMD ... \" joined the CMD instead.
        var hits = catches("missing-healthcheck", "FROM «python:3.12-slim»\nEXPOSE 8000\nUSER nobody \\\n");
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).fixes().isEmpty(), hits.toString());
        var plain = catches("missing-healthcheck", "FROM «python:3.12-slim»\nEXPOSE 8000\nUSER nobody\n");
        org.junit.jupiter.api.Assertions.assertFalse(plain.get(0).fixes().isEmpty(), plain.toString());
    }
}
