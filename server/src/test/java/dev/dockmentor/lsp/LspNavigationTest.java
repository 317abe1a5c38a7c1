package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LspNavigationTest {
    static final String DF = LspTestClient.uri("Dockerfile");
    static final String MULTI = """
            ARG BASE=golang:1.22
            FROM $BASE AS build
            RUN go build -o /app .
            FROM build AS test
            RUN --mount=type=cache,from=build,target=/root/.cache go test ./...
            FROM alpine:3.20
            COPY --from=build /app /app
            """;

    private static List<DocumentSymbol> symbols(LspTestClient c) {
        return LspTestClient.get(c.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(DF))))
                .stream().map(Either::getRight).toList();
    }

    private static List<? extends Location> definition(LspTestClient c, int line, int col) {
        return LspTestClient.get(c.server.getTextDocumentService().definition(
                new DefinitionParams(new TextDocumentIdentifier(DF), new Position(line, col)))).getLeft();
    }

    private static List<String> complete(LspTestClient c, int line, int col) {
        return LspTestClient.get(c.server.getTextDocumentService().completion(
                new CompletionParams(new TextDocumentIdentifier(DF), new Position(line, col)))).getLeft()
                .stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void symbolsAreStagesWithTheirInstructions() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            c.open(DF, MULTI);
            List<DocumentSymbol> s = symbols(c);
            assertEquals(List.of("ARG BASE=golang:1.22", "build", "test", "stage 2"), s.stream().map(DocumentSymbol::getName).toList());
            assertEquals(List.of("RUN go build -o /app ."), s.get(1).getChildren().stream().map(DocumentSymbol::getName).toList());
            assertEquals(1, s.get(3).getChildren().size());
        }
    }

    /**
     * A line holding only a continuation at the end of the file (typed `\\` on the last line) is an instruction with no
     * keyword: its symbol must still have a name, as LSP forbids an empty one and VS Code rejects the whole outline over
     * it (corpus drive, round four).
     */
    @Test
    void anInstructionWithNoKeywordStillHasASymbolName() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            c.open(DF, "FROM alpine:3.20\n\\");
            List<DocumentSymbol> s = symbols(c);
            assertEquals(List.of("(empty instruction)"), s.get(0).getChildren().stream().map(DocumentSymbol::getName).toList());
        }
    }

    @Test
    void definitionJumpsFromStageReferencesToTheStage() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            c.open(DF, MULTI);
            for (int[] at : new int[][] {{6, 13}, {3, 6}, {4, 30}}) {
                List<? extends Location> loc = definition(c, at[0], at[1]);
                assertEquals(1, loc.size(), "at " + at[0] + ":" + at[1]);
                assertEquals(1, loc.get(0).getRange().getStart().getLine());
                assertEquals(14, loc.get(0).getRange().getStart().getCharacter());
            }
            assertTrue(definition(c, 5, 7).isEmpty(), "an external image has no definition here");
        }
    }

    @Test
    void completionOffersInstructionsFlagsAndStages() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            c.open(DF, "FROM alpine:3.20 AS base\nCO\nCOPY --\nCOPY --from=\nRUN apt-get \\\n  in\n");
            assertTrue(complete(c, 1, 2).containsAll(List.of("COPY", "FROM", "RUN")));
            List<String> flags = complete(c, 2, 7);
            assertTrue(flags.containsAll(List.of("from", "chown", "link")), flags.toString());
            assertEquals(List.of("base"), complete(c, 3, 12));
            assertFalse(complete(c, 5, 4).contains("RUN"), "a continuation line is not an instruction start");
        }
    }

    @Test
    void packageManagerOptionsAreOfferedWhereAnInstallIsWrittenTheRecommendedOneFirst() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.locale = "es")) {
            String src = "FROM debian:12\nRUN apt-get update \\\n && apt-get install --\n";
            int v = c.open(DF, src);
            c.awaitDiagnostics(DF, v);
            var items = LspTestClient.get(c.server.getTextDocumentService().completion(
                    new CompletionParams(new TextDocumentIdentifier(DF), new Position(2, 24)))).getLeft();
            assertEquals("--no-install-recommends", items.stream().min(java.util.Comparator.comparing(
                    org.eclipse.lsp4j.CompletionItem::getSortText)).orElseThrow().getLabel(), items.toString());
            var doc = items.get(0).getDocumentation().getRight().getValue();
            assertTrue(doc.contains("recomendados"), "documentation in the user's language: " + doc);
            // Not after another command of the same RUN.
            String other = LspTestClient.uri("other/Dockerfile");
            int w = c.open(other, "FROM debian:12\nRUN apt-get install -y curl && echo --\n");
            c.awaitDiagnostics(other, w);
            var none = LspTestClient.get(c.server.getTextDocumentService().completion(
                    new CompletionParams(new TextDocumentIdentifier(other), new Position(1, 38)))).getLeft();
            assertTrue(none.stream().noneMatch(i -> i.getLabel().equals("--no-install-recommends")), none.toString());
        }
    }

    /** After a language image's version, its variants with their sizes, the small ones first; nothing before a version. */
    @Test
    void imageTagsOfferTheVariantsWithTheirSizes() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            c.open(DF, "FROM python:3.12\nFROM node:\nFROM acme/app:1\n");
            var items = LspTestClient.get(c.server.getTextDocumentService().completion(
                    new CompletionParams(new TextDocumentIdentifier(DF), new Position(0, 16)))).getLeft();
            var sorted = items.stream().sorted(java.util.Comparator.comparing(CompletionItem::getSortText)).toList();
            assertEquals(List.of("3.12-alpine", "3.12-slim", "3.12"), sorted.stream().map(CompletionItem::getLabel).toList());
            assertTrue(sorted.get(1).getDetail().matches("~\\d+ MB"), sorted.get(1).getDetail());
            assertTrue(sorted.get(2).getDocumentation().getRight().getValue().contains("builder stage"));
            assertEquals(List.of(), complete(c, 1, 10), "no floating tag before a version");
            assertEquals(List.of(), complete(c, 2, 15), "an image the knowledge base does not know");
        }
    }
}
