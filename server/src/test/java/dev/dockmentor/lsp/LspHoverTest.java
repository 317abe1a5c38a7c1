package dev.dockmentor.lsp;

import static dev.dockmentor.lsp.LspTestClient.d;
import static dev.dockmentor.lsp.LspTestClient.find;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LspHoverTest {
    static final String DF = LspTestClient.uri("Dockerfile");

    @Test
    void hoverOnADiagnosticShowsTheRulePageInEnglish() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            int v = c.open(DF, "FROM python:3.12-slim\nCOPPY app.py .\n");
            find(c.awaitDiagnostics(DF, v), d(1, 0, "unknown-instruction"));
            String md = c.hover(DF, 1, 2);
            assertTrue(md.contains("**unknown-instruction**: Not a Dockerfile instruction"), md);
            assertTrue(md.contains("**Why it matters**"), md);
            assertTrue(md.contains("COPPY app.py ."), "the Before example: " + md);
        }
    }

    @Test
    void hoverFollowsTheClientLocale() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.locale = "es-ES")) {
            int v = c.open(DF, "FROM python:3.12-slim\nCOPPY app.py .\n");
            c.awaitDiagnostics(DF, v);
            String md = c.hover(DF, 1, 0);
            assertTrue(md.contains("No es una instrucción de Dockerfile"), md);
            assertTrue(md.contains("**Por qué importa**"), md);
        }
    }

    @Test
    void initializationOptionsLocaleWinsOverTheClientLocale() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> {
            o.locale = "en";
            o.initOptions = "{\"locale\":\"es\"}";
        })) {
            int v = c.open(DF, "FORM alpine\n");
            var diag = find(c.awaitDiagnostics(DF, v), d(0, 0, "unknown-instruction"));
            assertTrue(diag.getMessage().getLeft().startsWith("Instrucción desconocida"), diag.getMessage().getLeft());
            assertTrue(c.hover(DF, 0, 1).contains("Qué está mal") || c.hover(DF, 0, 1).contains("No es una instrucción"));
        }
    }

    @Test
    void hoverOnABaseImageTellsItsSizeAgainstSlimAndAlpine() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            c.open(DF, "FROM python:3.12\nRUN true\n");
            String md = c.hover(DF, 0, 8);
            assertTrue(md.contains("python:3.12"), md);
            assertTrue(md.contains("slim"), md);
            assertTrue(md.contains("MB"), md);
            assertTrue(md.contains("shell"), md);
        }
    }

    @Test
    void hoverOnABaseImageInSpanish() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.locale = "es")) {
            c.open(DF, "FROM gcr.io/distroless/static-debian12\n");
            String md = c.hover(DF, 0, 10);
            assertTrue(md.contains("Sin shell"), md);
        }
    }

    @Test
    void hoverOnAStageReferenceNamesTheStage() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            c.open(DF, "FROM alpine:3.20 AS base\nFROM base\n");
            String md = c.hover(DF, 1, 6);
            assertTrue(md.contains("stage **base** (line 1)"), md);
        }
    }

    @Test
    void hoverOnNothingIsEmpty() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            c.open(DF, "FROM alpine:3.20\nRUN true\n");
            assertNull(c.hover(DF, 1, 5));
        }
    }
}
