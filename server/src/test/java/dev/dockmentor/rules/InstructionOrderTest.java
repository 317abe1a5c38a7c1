package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;

class InstructionOrderTest {
    @Test
    void flagsInstructionsBeforeTheFirstFrom() {
        catches("instruction-order", "ARG V=3.13\n«ENV» A=1\n«RUN» true\nFROM python:${V}-slim\n");
    }

    @Test
    void flagsAFileWithoutFromOnce() {
        catches("instruction-order", "# syntax=docker/dockerfile:1\n«RUN» true\nCMD [\"x\"]\n");
    }

    @Test
    void acceptsDirectivesCommentsAndGlobalArgs() {
        catchesNot("instruction-order", "# syntax=docker/dockerfile:1\n# hello\nARG V=1\n\nFROM alpine:3.20\nENV A=1\nFROM alpine:3.20\nRUN true\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("instruction-order", "# hadolint ignore=DL3061\nENV A=1\nFROM alpine:3.20\n");
    }
}
