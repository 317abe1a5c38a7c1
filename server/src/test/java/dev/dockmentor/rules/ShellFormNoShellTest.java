package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellFormNoShellTest {
    @ParameterizedTest
    @ValueSource(strings = {"scratch", "gcr.io/distroless/static-debian12", "gcr.io/distroless/java21-debian12:nonroot",
            "cgr.dev/chainguard/static:latest"})
    void flagsShellFormOnImagesWithoutAShell(String image) {
        catches("shell-form-no-shell", "FROM " + image + "\nCOPY app /app\nRUN «/app migrate»\nENTRYPOINT «/app»\nCMD «/app --port 8080»\n");
    }

    @Test
    void flagsAShellFormHealthcheckCommand() {
        catches("shell-form-no-shell", "FROM scratch\nHEALTHCHECK --interval=5s CMD «/app health»\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gcr.io/distroless/base-debian12:debug", "alpine:3.20", "cgr.dev/chainguard/python:latest-dev"})
    void acceptsImagesWithAShell(String image) {
        catchesNot("shell-form-no-shell", "FROM " + image + "\nRUN echo hi\nCMD /app\n");
    }

    @Test
    void acceptsExecFormAndACopiedInShell() {
        catchesNot("shell-form-no-shell", "FROM scratch\nCOPY app /app\nRUN [\"/app\", \"migrate\"]\nCMD [\"/app\"]\n");
        catchesNot("shell-form-no-shell", "FROM scratch\nCOPY --from=busybox:1.36 /bin/busybox /bin/sh\nRUN echo hi\n");
    }

    @Test
    void followsTheStageChainToTheRootImage() {
        catches("shell-form-no-shell", "FROM golang:1.22 AS build\nRUN go build -o /app .\n"
                + "FROM scratch AS base\nCOPY --from=build /app /app\nFROM base\nCMD «/app»\n");
    }

    @Test
    void fixConvertsToExecForm() {
        assertFix("shell-form-no-shell", "FROM gcr.io/distroless/static-debian12\nCMD /app --port 8080\n",
                "FROM gcr.io/distroless/static-debian12\nCMD [\"/app\", \"--port\", \"8080\"]\n");
        assertFix("shell-form-no-shell", "FROM scratch\nHEALTHCHECK CMD /app health\n",
                "FROM scratch\nHEALTHCHECK CMD [\"/app\", \"health\"]\n");
    }

    @Test
    void silencedByItsId() {
        catchesNot("shell-form-no-shell", "FROM scratch\n# dockmentor-ignore shell-form-no-shell\nCMD /app\n");
    }
}
