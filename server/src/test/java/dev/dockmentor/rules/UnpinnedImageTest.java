package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnpinnedImageTest {
    @Test
    void flagsTheLatestTag() {
        catches("unpinned-image", "FROM python:«latest»\n");
    }

    @Test
    void flagsAnImageWithoutTag() {
        catches("unpinned-image", "FROM «python»\n");
        catches("unpinned-image", "FROM --platform=linux/amd64 «ghcr.io/acme/app» AS base\n");
    }

    @Test
    void flagsABaseResolvedThroughAnArgDefault() {
        catches("unpinned-image", "ARG BASE=node\nFROM «${BASE}»\n");
        catches("unpinned-image", "ARG TAG=latest\nFROM «node:${TAG}»\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"python:3.12-slim", "python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "python:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "scratch",
            "localhost:5000/app:1.0", "${UNDECLARED}"})
    void acceptsPinnedAndExemptImages(String image) {
        catchesNot("unpinned-image", "FROM " + image + "\n");
    }

    @Test
    void stageNamesAreNotImages() {
        catchesNot("unpinned-image", "FROM golang:1.22 AS build\nFROM build\nFROM build AS again\n");
        catches("unpinned-image", "FROM golang:1.22 AS build\nFROM «alpine»\nCOPY --from=build /x /x\n");
    }

    @Test
    void aLatestThatIsOnlyTheArgDefaultIsInfo() {
        Finding f = catches("unpinned-image", "ARG TAG=latest\nFROM «acme/app:${TAG}»\n").get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("defaults to :latest when the build passes no TAG (ARG TAG=latest)"), f.message().en());
        assertTrue(f.message().en().contains("ARG TAG=<version>"), f.message().en());
        assertTrue(f.message().es().contains("ARG TAG=<versión>"), f.message().es());
        // The whole image from an ARG whose default has no tag.
        assertEquals(Severity.INFO, catches("unpinned-image", "ARG BASE=node\nFROM «${BASE}»\n").get(0).severity());
        assertEquals(Severity.INFO, catches("unpinned-image", "ARG REGISTRY=ghcr.io\nARG TAG=latest\nFROM «${REGISTRY}/acme/app:${TAG}»\n").get(0).severity());
    }

    @Test
    void anInlineDefaultOfLatestIsInfoWhenTheArgIsDeclared() {
        Finding f = catches("unpinned-image", "ARG TAG\nFROM «acme/app:${TAG:-latest}»\n").get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("defaults to :latest when TAG is unset: give the default a version (${TAG:-<version>})"), f.message().en());
    }

    @Test
    void aDefaultNoArgDeclaresIsAlwaysUsedAndStaysAWarning() {
        // FROM only sees ARGs declared before it: TAG can never be set, so this is always :latest.
        assertEquals(Severity.WARNING, catches("unpinned-image", "FROM acme/app:${TAG:-«latest»}\n".replace("«", "").replace("»", "")).get(0).severity());
        // A literal latest beside a variable registry is not a default.
        assertEquals(Severity.WARNING, catches("unpinned-image", "ARG REGISTRY=ghcr.io\nFROM «${REGISTRY}/acme/app:latest»\n").get(0).severity());
        assertEquals(Severity.WARNING, catches("unpinned-image", "ARG REGISTRY=ghcr.io\nFROM «${REGISTRY}/acme/app»\n").get(0).severity());
        catchesNot("unpinned-image", "ARG TAG=3.12-slim\nFROM python:${TAG}\n");
    }

    @Test
    void copyFromAnExternalImageIsCheckedLikeFrom() {
        Finding f = catches("unpinned-image", "FROM php:8.3-fpm\nCOPY --from=composer:«latest» /usr/bin/composer /usr/bin/composer\n").get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().en().contains("COPY --from 'composer:latest'"), f.message().en());
        catches("unpinned-image", "FROM alpine:3.20\nCOPY --from=«ghcr.io/acme/tools» /bin/tool /bin/tool\n");
        catches("unpinned-image", "FROM alpine:3.20\nCOPY --from=«acme/tools» /bin/tool /bin/tool\n");
    }

    @Test
    void copyFromAStageAPinnedImageOrADigestIsNotReported() {
        catchesNot("unpinned-image", "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /x /x\nCOPY --from=0 /y /y\n");
        catchesNot("unpinned-image", "FROM php:8.3-fpm\nCOPY --from=composer:2.7 /usr/bin/composer /usr/bin/composer\n");
        catchesNot("unpinned-image", "FROM alpine:3.20\nCOPY --from=composer@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /c /c\n");
        catchesNot("unpinned-image", "FROM alpine:3.20\nCOPY --from=composer:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /c /c\n");
        // A bare name that is no stage is unknown-stage's finding (it says Docker pulls name:latest), not a second one here.
        catchesNot("unpinned-image", "FROM alpine:3.20\nCOPY --from=composer /c /c\n");
        catchesNot("unpinned-image", "ARG V=2\nFROM alpine:3.20\nCOPY --from=composer:${V} /c /c\n");
    }

    @Test
    void hadolintAliasesSilenceIt() {
        catchesNot("unpinned-image", "# hadolint ignore=DL3007\nFROM python:latest\n");
        catchesNot("unpinned-image", "# hadolint ignore=DL3006\nFROM python\n");
        catchesNot("unpinned-image", "# dockmentor-ignore unpinned-image\nFROM python\n");
    }
}
