package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UndefinedVariableTest {
    @Test
    void flagsAnUndeclaredVariableAndDeclaresIt() {
        catches("undefined-variable", "FROM alpine:3.20\nWORKDIR «$APP_DIR»\n");
        assertFix("undefined-variable", "FROM alpine:3.20\n  COPY app ${APP_DIR}/\n",
                "FROM alpine:3.20\n  ARG APP_DIR\n  COPY app ${APP_DIR}/\n");
    }

    @Test
    void fromNeedsAGlobalArgDeclaredBeforeTheFirstFrom() {
        catches("undefined-variable", "FROM python:«${PYTHON_VERSION}»-slim\n");
        assertFix("undefined-variable", "FROM alpine:3.20 AS a\nFROM python:${V}-slim\n",
                "ARG V\nFROM alpine:3.20 AS a\nFROM python:${V}-slim\n");
        catchesNot("undefined-variable", "ARG V=3.12\nFROM python:${V}-slim\n");
    }

    @Test
    void aGlobalArgMustBeRedeclaredInsideTheStage() {
        catches("undefined-variable", "ARG APP=/srv\nFROM alpine:3.20\nWORKDIR «$APP»\n");
        catchesNot("undefined-variable", "ARG APP=/srv\nFROM alpine:3.20\nARG APP\nWORKDIR $APP\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${X:-/app}", "${X:+/app}", "${X-/app}", "$HTTP_PROXY", "$PATH", "$HOME/app", "\\$LITERAL"})
    void acceptsDefaultsPredefinedArgsAndImageEnv(String ref) {
        catchesNot("undefined-variable", "FROM alpine:3.20\nWORKDIR /w\nENV D=" + ref + "\n");
    }

    @Test
    void aRequiredReferenceStopsTheBuildRatherThanExpandingToNothing() {
        var f = catches("undefined-variable", "FROM alpine:3.20\nENV G=«${X?set X}»\n").get(0);
        assertTrue(f.message().get("en").endsWith("stops the build ('set X')"), f.message().get("en"));
    }

    @Test
    void aPlatformArgIsEmptyInsideAStageUntilItIsDeclared() {
        // BuildKit sets TARGETARCH & co. in the global scope: FROM sees them, a stage only after ARG TARGETARCH.
        var f = catches("undefined-variable", "FROM alpine:3.20\nENV ARCH=«$TARGETARCH»\n").get(0);
        assertTrue(f.message().get("en").startsWith("TARGETARCH is a platform ARG"), f.message().get("en"));
        assertFix("undefined-variable", "FROM alpine:3.20\nENV ARCH=$TARGETARCH\n", "FROM alpine:3.20\nARG TARGETARCH\nENV ARCH=$TARGETARCH\n");
        catchesNot("undefined-variable", "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETOS TARGETARCH\n"
                + "ENV GOOS=$TARGETOS GOARCH=$TARGETARCH\nFROM alpine:3.20-$TARGETARCH\n");
    }

    @Test
    void seesArgsAndEnvEarlierInTheStageAndInParentStages() {
        catchesNot("undefined-variable", "FROM alpine:3.20 AS base\nARG A=1 B=$A\nENV C=/c\n"
                + "FROM base\nWORKDIR $C\nLABEL a=$A b=$B\n");
        catches("undefined-variable", "FROM alpine:3.20 AS base\nENV C=/c\nFROM alpine:3.20\nWORKDIR «$C»\n");
    }

    @Test
    void ignoresShellInstructionsAndUnknownBaseImages() {
        catchesNot("undefined-variable", "FROM alpine:3.20\nRUN echo $UNDEFINED\nCMD echo $X\n");
        catchesNot("undefined-variable", "FROM ghcr.io/acme/base:1\nWORKDIR $APP_HOME\n");
    }

    @Test
    void buildKitNameSilencesIt() {
        catchesNot("undefined-variable", "# check=skip=UndefinedVar\nFROM alpine:3.20\nWORKDIR $APP\n");
    }
}
