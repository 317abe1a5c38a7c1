package dev.dockmentor.lsp;

import static dev.dockmentor.lsp.LspTestClient.d;
import static dev.dockmentor.lsp.LspTestClient.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LspRobustnessTest {
    static final String DF = LspTestClient.uri("Dockerfile");
    static final String GONE = LspTestClient.uri("never-opened/Dockerfile");

    @Test
    void requestsForUnknownOrClosedDocumentsAnswerEmpty() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            var td = c.server.getTextDocumentService();
            for (String uri : List.of(GONE, DF)) {
                assertNull(c.hover(uri, 0, 0));
                assertTrue(c.codeActions(uri, new Range(new Position(0, 0), new Position(0, 0)), null).isEmpty());
                TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
                assertTrue(LspTestClient.get(td.documentSymbol(new DocumentSymbolParams(id))).isEmpty());
                assertTrue(LspTestClient.get(td.definition(new DefinitionParams(id, new Position(0, 0)))).getLeft().isEmpty());
                assertTrue(LspTestClient.get(td.completion(new CompletionParams(id, new Position(0, 0)))).getLeft().isEmpty());
                c.open(DF, "FROM alpine\n");
                c.close(DF);
            }
        }
    }

    @Test
    void outOfRangeEditsAreClampedAndServingGoesOn() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            int v = c.open(DF, "FROM alpine:3.20\n");
            c.awaitDiagnostics(DF, v);
            c.change(DF, new Range(new Position(99, 5), new Position(120, 0)), "COPPY a b\n");
            c.change(DF, new Range(new Position(-3, -1), new Position(0, 0)), "");
            int last = c.change(DF, new Range(new Position(0, 400), new Position(0, 2)), "");
            find(c.awaitDiagnostics(DF, last), d(1, 0, "unknown-instruction"));
            assertEquals("FROM alpine:3.20\nCOPPY a b\n", c.serverImpl.store.get(DF).orElseThrow().text);
        }
    }

    @Test
    void changesToADocumentThatIsNotOpenAreLoggedAndIgnored() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            c.open(GONE.replace("never-opened", "x"), "FROM alpine\n");
            c.server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                    new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(GONE, 7), List.of()));
            int v = c.open(DF, "FORM alpine\n");
            find(c.awaitDiagnostics(DF, v), d(0, 0, "unknown-instruction"));
        }
    }

    @Test
    void malformedMessagesDoNotKillTheServer() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            c.sendRaw("{this is not json");
            c.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":42}}");
            c.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{}}");
            c.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\""
                    + DF + "\",\"version\":3},\"contentChanges\":[{\"range\":{\"start\":{\"line\":0}},\"text\":\"x\"}]}}");
            int v = c.open(DF, "FORM alpine\n");
            find(c.awaitDiagnostics(DF, v), d(0, 0, "unknown-instruction"));
            assertTrue(c.hover(DF, 0, 1).contains("unknown-instruction"));
        }
    }

    @Test
    void hugeDocumentsGetOneClearFinding() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            String big = "RUN echo " + "x".repeat(dev.dockmentor.engine.Analyzer.MAX_CHARS) + "\n";
            int v = c.open(DF, big);
            find(c.awaitDiagnostics(DF, v), d(0, 0, "file-too-large"));
            assertTrue(c.hover(DF, 0, 0).contains("file-too-large"));
        }
    }

    @Test
    void shutdownThenExitEndsCleanly() throws Exception {
        LspTestClient c = LspTestClient.start();
        c.open(DF, "FROM alpine\n");
        c.close();
        assertEquals(0, c.serverImpl.exited().getNow(-1));
    }
}
