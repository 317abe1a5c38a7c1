package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeWorkdirTest {
    @Test
    void flagsTheFirstWorkdirWhenItIsRelative() {
        catches("relative-workdir", "FROM alpine:3.20\nWORKDIR «src/app»\nWORKDIR sub\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/app", "$HOME/app", "C:\\\\app", "\"/my app\""})
    void acceptsAbsolutePathsAndVariables(String path) {
        catchesNot("relative-workdir", "FROM alpine:3.20\nWORKDIR " + path + "\n");
    }

    @Test
    void aRelativeWorkdirAfterAnAbsoluteOneIsFine() {
        catchesNot("relative-workdir", "FROM alpine:3.20\nWORKDIR /src\nWORKDIR app\n");
    }

    @Test
    void inheritsTheWorkdirFromTheParentStageOnly() {
        catchesNot("relative-workdir", "FROM alpine:3.20 AS base\nWORKDIR /src\nFROM base\nWORKDIR app\n");
        catches("relative-workdir", "FROM alpine:3.20 AS base\nWORKDIR /src\nFROM alpine:3.20\nWORKDIR «app»\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("relative-workdir", "FROM alpine:3.20\n# hadolint ignore=DL3000\nWORKDIR app\n");
    }
}
