package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;

class StageNameCasingTest {
    @Test
    void flagsAnUppercaseNameAndALowercaseAs() {
        catches("stage-name-casing", "FROM node:24-slim «as» «Build»\n");
        catches("stage-name-casing", "from node:24-slim «AS» build\n");
    }

    @Test
    void lowercasesTheNameEverywhereItIsReferenced() {
        assertFix("stage-name-casing",
                "FROM node:24-slim AS Build\nFROM Build AS test\nRUN --mount=type=bind,from=Build,target=/b true\nFROM alpine:3.20\nCOPY --from=Build /a /a\n",
                "FROM node:24-slim AS build\nFROM build AS test\nRUN --mount=type=bind,from=build,target=/b true\nFROM alpine:3.20\nCOPY --from=build /a /a\n");
    }

    @Test
    void fixesTheAsCasing() {
        assertFix("stage-name-casing", "FROM node:24-slim as build\n", "FROM node:24-slim AS build\n");
    }

    @Test
    void acceptsConsistentCasing() {
        catchesNot("stage-name-casing", "FROM node:24-slim AS build\nfrom alpine:3.20 as final\nFrom alpine:3.20 as x\n");
    }

    @Test
    void buildKitNamesSilenceIt() {
        catchesNot("stage-name-casing", "# check=skip=StageNameCasing,FromAsCasing\nFROM node:24-slim as Build\n");
    }
}
