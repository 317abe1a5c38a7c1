package dev.dockmentor.lsp;

import static dev.dockmentor.lsp.LspTestClient.d;
import static dev.dockmentor.lsp.LspTestClient.find;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            // A lesson in a glance: rule, severity, the why, the impact, what the fix does, the way to the full page.
            assertTrue(md.startsWith("**unknown-instruction** (error): Not a Dockerfile instruction"), md);
            assertTrue(md.contains("**Impact**: "), md);
            assertTrue(md.contains("**Fix**: Change to COPY (quick fix)"), md);
            assertTrue(md.contains("Full page: `dockmentor explain unknown-instruction`"), md);
            // Never the diagnostic's message again (the editor shows it), never the whole page.
            assertFalse(md.contains("Unknown instruction"), md);
            assertFalse(md.contains("**Why it matters**") || md.contains("```"), md);
            assertTrue(md.length() < 1200, md.length() + " characters: " + md);
        }
    }

    @Test
    void hoverFollowsTheClientLocale() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.locale = "es-ES")) {
            int v = c.open(DF, "FROM python:3.12-slim\nCOPPY app.py .\n");
            c.awaitDiagnostics(DF, v);
            String md = c.hover(DF, 1, 0);
            assertTrue(md.contains("No es una instrucción de Dockerfile"), md);
            assertTrue(md.contains("**Impacto**: ") && md.contains("(error)"), md);
            assertTrue(md.contains("--locale es"), md);
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

    @Test
    void severalFindingsOnOneSpotStayShortAndSpanishSeveritiesAreSpanish() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.locale = "es")) {
            int v = c.open(DF, "FROM python:3.12\nRUN pip install flask\nCMD python app.py\n");
            c.awaitDiagnostics(DF, v);
            String md = c.hover(DF, 0, 8);
            assertTrue(md.contains("(aviso)"), md);
            assertFalse(md.contains("(warning)"), md);
            int lessons = md.split("\n---\n").length;
            assertTrue(lessons >= 2 && md.length() < 900 * lessons, lessons + " lessons, " + md.length() + " characters: " + md);
        }
    }

    @Test
    void aClientThatRunsCommandLinksGetsALinkToTheFullPage() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.initOptions = "{\"commandLinks\":true}")) {
            int v = c.open(DF, "FORM alpine\n");
            c.awaitDiagnostics(DF, v);
            String md = c.hover(DF, 0, 1);
            assertTrue(md.contains("](command:dockmentor.explainRule?%5B%22unknown-instruction%22%5D)"), md);
        }
    }

    @Test
    void explainIsAServerCommandAnsweringThePageInTheUsersLocale() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.locale = "es")) {
            Object en = LspTestClient.get(c.server.getWorkspaceService().executeCommand(
                    new org.eclipse.lsp4j.ExecuteCommandParams("dockmentor.explain", java.util.List.of("root-user", "en"))));
            assertTrue(String.valueOf(en).startsWith("# root-user:") && String.valueOf(en).contains("## Why it matters"), String.valueOf(en));
            Object es = LspTestClient.get(c.server.getWorkspaceService().executeCommand(
                    new org.eclipse.lsp4j.ExecuteCommandParams("dockmentor.explain", java.util.List.of(new com.google.gson.JsonPrimitive("DL3002")))));
            assertTrue(String.valueOf(es).contains("## Por qué importa"), "a hadolint alias, the client's locale: " + es);
            var unknown = c.server.getWorkspaceService().executeCommand(
                    new org.eclipse.lsp4j.ExecuteCommandParams("dockmentor.explain", java.util.List.of("no-such-rule")));
            org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> unknown.get(5, java.util.concurrent.TimeUnit.SECONDS));
        }
    }
}
