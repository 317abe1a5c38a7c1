package dev.dockmentor.lsp;

import static dev.dockmentor.lsp.LspTestClient.d;
import static dev.dockmentor.lsp.LspTestClient.find;
import static dev.dockmentor.lsp.LspTestClient.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.docs.RuleDocs;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LspDiagnosticsTest {
    static final String DF = LspTestClient.uri("Dockerfile");

    @Test
    void openPublishesDiagnosticsWithCodeSourceLinkAndVersion() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            int v = c.open(DF, "FORM alpine:3.20\nRUN echo hi\n");
            Diagnostic diag = find(c.awaitDiagnostics(DF, v), d(0, 0, "unknown-instruction"));
            assertEquals(new Range(new Position(0, 0), new Position(0, 4)), diag.getRange());
            assertEquals("dockmentor", diag.getSource());
            assertEquals(DiagnosticSeverity.Error, diag.getSeverity());
            assertEquals(RuleDocs.url("unknown-instruction"), diag.getCodeDescription().getHref());
            assertTrue(diag.getMessage().getLeft().contains("did you mean FROM"), diag.getMessage().getLeft());
        }
    }

    /** The rule's page in the user's language, under the docs base the client configures (its own copy, a mirror). */
    @Test
    void theCodeLinkIsThePageInTheUsersLanguageUnderTheConfiguredBase() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> {
            o.locale = "es";
            o.initOptions = "{\"docsBaseUrl\": \"https://docs.example.org/dockmentor/rules\"}";
        })) {
            int v = c.open(DF, "FORM alpine:3.20\n");
            Diagnostic diag = find(c.awaitDiagnostics(DF, v), d(0, 0, "unknown-instruction"));
            assertEquals("https://docs.example.org/dockmentor/rules/unknown-instruction.es.md", diag.getCodeDescription().getHref());
        }
        try (LspTestClient c = LspTestClient.start(o -> o.initOptions = "{\"docsBaseUrl\": \"javascript:alert(1)\"}")) {
            int v = c.open(DF, "FORM alpine:3.20\n");
            Diagnostic diag = find(c.awaitDiagnostics(DF, v), d(0, 0, "unknown-instruction"));
            assertEquals(RuleDocs.url("unknown-instruction"), diag.getCodeDescription().getHref(), "only http(s) bases are taken");
        }
    }

    @Test
    void aFileWithThousandsOfFindingsPublishesTheMostSevereAndSaysHowManyThereAre() throws Exception {
        // 1,500 info findings (consecutive-run), then one error at the end: the error must be among those shown.
        StringBuilder src = new StringBuilder("FROM alpine:3.20\n");
        for (int i = 0; i < 1_501; i++) src.append("RUN step").append(i).append('\n');
        src.append("FORM x\n");
        try (LspTestClient c = LspTestClient.start()) {
            int v = c.open(DF, src.toString());
            List<Diagnostic> ds = c.awaitDiagnostics(DF, v);
            assertEquals(Convert.MAX_PUBLISHED + 1, ds.size());
            find(ds, d(1_502, 0, "unknown-instruction"));
            Diagnostic summary = ds.get(ds.size() - 1);
            assertEquals(DiagnosticSeverity.Information, summary.getSeverity());
            assertTrue(summary.getMessage().getLeft().matches("dockmentor shows the 1000 most severe of the 15\\d\\d findings in this file.*"),
                    summary.getMessage().getLeft());
            assertEquals(null, summary.getCode(), "no rule: code actions and hovers pass it by");
        }
    }

    @Test
    void typingCharacterByCharacterEndsWithOnePublishForTheLastVersion() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            int v = c.open(DF, "FROM alpine:3.20\n");
            c.awaitDiagnostics(DF, v);
            int last = c.type(DF, 1, 0, "COPPY a.txt /a.txt");
            List<Diagnostic> ds = c.awaitDiagnostics(DF, last);
            find(ds, d(1, 0, "unknown-instruction"));
            // Then correct the typo character by character: the diagnostic must go away for the final version.
            c.change(DF, new Range(new Position(1, 3), new Position(1, 4)), "");
            int fixed = c.type(DF, 1, 4, "");
            List<Diagnostic> after = c.awaitDiagnostics(DF, fixed);
            assertFalse(has(after, "unknown-instruction"), "still reported: " + LspTestClient.ids(after));
            assertEquals("FROM alpine:3.20\nCOPY a.txt /a.txt", c.text(DF));
        }
    }

    @Test
    void neverPublishesAStaleVersionAfterTheLatestOne() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.delayMs = 0)) {
            int v = c.open(DF, "FROM alpine:3.20\n");
            c.awaitDiagnostics(DF, v);
            int last = c.type(DF, 1, 0, "RUN echo one two three four five six seven eight nine ten");
            c.awaitDiagnostics(DF, last);
            Thread.sleep(100); // let any in-flight stale work finish: it must not publish after the latest
            List<PublishDiagnosticsParams> ps = c.publishes(DF);
            assertEquals(last, ps.get(ps.size() - 1).getVersion(), "last publish must be the latest version");
            for (int i = 1; i < ps.size(); i++) assertTrue(ps.get(i).getVersion() >= ps.get(i - 1).getVersion());
        }
    }

    @Test
    void burstsAreCoalescedByTheDelay() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.delayMs = 200)) {
            int v = c.open(DF, "FROM alpine:3.20\n");
            int last = c.type(DF, 1, 0, "RUN true");
            c.awaitDiagnostics(DF, last);
            assertTrue(c.publishes(DF).size() <= 2, "expected the burst coalesced, got " + c.publishes(DF).size() + " publishes");
            assertTrue(c.publishes(DF).stream().noneMatch(p -> p.getVersion() > v && p.getVersion() < last));
        }
    }

    @Test
    void closingClearsDiagnostics() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            int v = c.open(DF, "FORM alpine\n");
            c.awaitDiagnostics(DF, v);
            c.close(DF);
            c.awaitPublish(p -> p.getUri().equals(DF) && p.getVersion() == null && p.getDiagnostics().isEmpty(), "empty publish on close");
        }
    }

    @Test
    void documentsAreRecognisedByFileNameWhateverTheLanguageId() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            String named = LspTestClient.uri("api.Dockerfile");
            int v = c.open(named, "plaintext", "FORM alpine\n");
            find(c.awaitDiagnostics(named, v), d(0, 0, "unknown-instruction"));
            String other = LspTestClient.uri("notes.txt");
            c.open(other, "plaintext", "FORM alpine\n");
            String byLang = LspTestClient.uri("build-file");
            int v2 = c.open(byLang, "dockerfile", "FORM alpine\n");
            c.awaitDiagnostics(byLang, v2);
            assertTrue(c.publishes(other).isEmpty(), "a plain text file is not linted");
        }
    }

    @Test
    void composeDocumentsAreAnalysedThroughTheAnalyzer() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            String compose = LspTestClient.uri("compose.yaml");
            int v = c.open(compose, "yaml", "services:\n  web:\n    image: nginx\n");
            c.awaitDiagnostics(compose, v);
            String plainYaml = LspTestClient.uri("values.yaml");
            c.open(plainYaml, "yaml", "a: 1\n");
            assertTrue(c.publishes(plainYaml).isEmpty());
        }
    }

    @Test
    void pullDiagnosticsAnswerWhenTheClientSupportsThem() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.pull = true)) {
            c.open(DF, "FORM alpine\n");
            var report = LspTestClient.get(c.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(DF))));
            List<Diagnostic> ds = report.getRelatedFullDocumentDiagnosticReport().getItems();
            find(ds, d(0, 0, "unknown-instruction"));
            assertTrue(c.publishes(DF).isEmpty(), "a pull client gets no pushed duplicates");
        }
    }
}
