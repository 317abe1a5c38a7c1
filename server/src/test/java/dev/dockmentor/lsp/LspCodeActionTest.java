package dev.dockmentor.lsp;

import static dev.dockmentor.lsp.LspTestClient.d;
import static dev.dockmentor.lsp.LspTestClient.find;
import static dev.dockmentor.lsp.LspTestClient.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LspCodeActionTest {
    static final String DF = LspTestClient.uri("Dockerfile");

    private static CodeAction titled(List<CodeAction> actions, String title) {
        CodeAction a = actions.stream().filter(x -> x.getTitle().equals(title)).findFirst().orElse(null);
        assertNotNull(a, "no action '" + title + "' in " + actions.stream().map(CodeAction::getTitle).toList());
        return a;
    }

    @Test
    void quickFixAppliedMakesTheDiagnosticDisappear() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            int v = c.open(DF, "FROM alpine:3.20\nCOPPY a.txt /a.txt\n");
            Diagnostic diag = find(c.awaitDiagnostics(DF, v), d(1, 0, "unknown-instruction"));
            CodeAction fix = titled(c.codeActions(DF, diag), "Change to COPY");
            assertEquals(CodeActionKind.QuickFix, fix.getKind());
            assertEquals(Boolean.TRUE, fix.getIsPreferred());
            assertEquals("unknown-instruction", fix.getDiagnostics().get(0).getCode().getLeft());
            int v2 = c.apply(DF, fix.getEdit());
            assertEquals("FROM alpine:3.20\nCOPY a.txt /a.txt\n", c.text(DF));
            assertFalse(has(c.awaitDiagnostics(DF, v2), "unknown-instruction"));
        }
    }

    @Test
    void fixTitlesFollowTheLocale() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.locale = "es")) {
            int v = c.open(DF, "FORM alpine\n");
            Diagnostic diag = find(c.awaitDiagnostics(DF, v), d(0, 0, "unknown-instruction"));
            List<CodeAction> actions = c.codeActions(DF, diag);
            titled(actions, "Cambiar a FROM");
            titled(actions, "Ignorar unknown-instruction aquí");
            titled(actions, "Ignorar unknown-instruction en este archivo");
        }
    }

    @Test
    void ignoreHereInsertsACommentAboveTheInstructionWithItsIndentation() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            int v = c.open(DF, "FROM alpine:3.20\n  COPPY a \\\n    b\n");
            Diagnostic diag = find(c.awaitDiagnostics(DF, v), d(1, 2, "unknown-instruction"));
            int v2 = c.apply(DF, titled(c.codeActions(DF, diag), "Ignore unknown-instruction here").getEdit());
            assertEquals("FROM alpine:3.20\n  # dockmentor-ignore unknown-instruction\n  COPPY a \\\n    b\n", c.text(DF));
            assertFalse(has(c.awaitDiagnostics(DF, v2), "unknown-instruction"));
        }
    }

    @Test
    void ignoreInFileGoesAfterParserDirectives() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            int v = c.open(DF, "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nCOPPY a b\nCOPPY c d\n");
            Diagnostic diag = find(c.awaitDiagnostics(DF, v), d(2, 0, "unknown-instruction"));
            int v2 = c.apply(DF, titled(c.codeActions(DF, diag), "Ignore unknown-instruction in this file").getEdit());
            assertTrue(c.text(DF).startsWith("# syntax=docker/dockerfile:1\n# dockmentor-ignore-file unknown-instruction\nFROM"), c.text(DF));
            assertFalse(has(c.awaitDiagnostics(DF, v2), "unknown-instruction"));
        }
    }

    @Test
    void fixAllAppliesEverySafeFix() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            int v = c.open(DF, "FORM alpine:3.20\nCOPPY a b\nRUNN true\n");
            c.awaitDiagnostics(DF, v);
            Range all = new Range(new Position(0, 0), new Position(3, 0));
            List<CodeAction> actions = c.codeActions(DF, all, List.of(CodeActionKind.SourceFixAll));
            assertEquals(1, actions.size(), actions.stream().map(CodeAction::getTitle).toList().toString());
            assertEquals(CodeActions.FIX_ALL, actions.get(0).getKind());
            int v2 = c.apply(DF, actions.get(0).getEdit());
            assertEquals("FROM alpine:3.20\nCOPY a b\nRUN true\n", c.text(DF));
            assertFalse(has(c.awaitDiagnostics(DF, v2), "unknown-instruction"));
        }
    }

    @Test
    void onlyQuickFixesWhenAskedForQuickFixes() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            int v = c.open(DF, "FORM alpine:3.20\n");
            c.awaitDiagnostics(DF, v);
            List<CodeAction> actions = c.codeActions(DF, new Range(new Position(0, 1), new Position(0, 1)), List.of(CodeActionKind.QuickFix));
            assertFalse(actions.isEmpty());
            assertTrue(actions.stream().allMatch(a -> a.getKind().equals(CodeActionKind.QuickFix)));
        }
    }

    @Test
    void codeActionsForAnEditedButNotYetAnalysedVersionUseThatVersion() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.delayMs = 2000)) {
            c.open(DF, "FROM alpine:3.20\n");
            c.replaceAll(DF, "FROM alpine:3.20\nCOPPY a b\n");
            Diagnostic diag = new Diagnostic(new Range(new Position(1, 0), new Position(1, 5)), "x");
            diag.setCode("unknown-instruction");
            int v = c.apply(DF, titled(c.codeActions(DF, diag), "Change to COPY").getEdit());
            assertEquals("FROM alpine:3.20\nCOPY a b\n", c.text(DF));
            assertTrue(v > 2);
        }
    }
}
