package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

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
    void hadolintAliasesSilenceIt() {
        catchesNot("unpinned-image", "# hadolint ignore=DL3007\nFROM python:latest\n");
        catchesNot("unpinned-image", "# hadolint ignore=DL3006\nFROM python\n");
        catchesNot("unpinned-image", "# dockmentor-ignore unpinned-image\nFROM python\n");
    }
}
