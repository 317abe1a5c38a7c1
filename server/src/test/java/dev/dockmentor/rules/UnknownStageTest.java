package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownStageTest {
    private static final String BUILD = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\n";

    @Test
    void flagsATypoInCopyFromAndSuggestsTheStage() {
        catches("unknown-stage", BUILD + "FROM alpine:3.20\nCOPY --from=«biuld» /out/app /app\n");
        assertFix("unknown-stage", BUILD + "FROM alpine:3.20\nCOPY --from=biuld /out/app /app\n",
                BUILD + "FROM alpine:3.20\nCOPY --from=build /out/app /app\n");
    }

    @Test
    void flagsMountFromAndFromLineTypos() {
        catches("unknown-stage", BUILD + "FROM alpine:3.20\nRUN --mount=type=bind,from=«biuld»,target=/b true\n");
        catches("unknown-stage", BUILD + "FROM «biuld»\nCMD [\"/out/app\"]\n");
    }

    @Test
    void flagsAStageThatIsOnlyDefinedFurtherDown() {
        catches("unknown-stage", "FROM alpine:3.20\nCOPY --from=«assets» /a /a\nFROM alpine:3.20 AS assets\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "BUILD", "0", "nginx:1.27", "ghcr.io/acme/tools", "$BUILDER"})
    void acceptsStagesIndexesAndImages(String ref) {
        catchesNot("unknown-stage", BUILD + "FROM alpine:3.20\nCOPY --from=" + ref + " /out/app /app\n");
    }

    @Test
    void acceptsPlainImagesOnFromLines() {
        catchesNot("unknown-stage", BUILD + "FROM build AS test\nFROM ubuntu\nFROM python\n");
    }

    @Test
    void canBeSilencedInline() {
        catchesNot("unknown-stage", BUILD + "FROM alpine:3.20\n# dockmentor-ignore unknown-stage\nCOPY --from=biuld /a /a\n");
    }
}
