package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.text.TextEdits;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** textDocument/formatting and rangeFormatting over the protocol: the edits the client gets and applies. */
class LspFormattingTest {
    private static final String DOCKERFILE = "from golang:1.23 as build\nrun go build \\\n  -o /app .\nfrom alpine   \n\n\n"
            + "copy --from=build /app /app\ncmd [\"/app\"]";
    private static final String FORMATTED = "FROM golang:1.23 AS build\nRUN go build \\\n    -o /app .\n\nFROM alpine\n\n"
            + "COPY --from=build /app /app\nCMD [\"/app\"]\n";

    private static List<? extends TextEdit> formatting(LspTestClient c, String uri, FormattingOptions o) {
        return LspTestClient.get(c.server.getTextDocumentService().formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), o)));
    }

    private static List<? extends TextEdit> rangeFormatting(LspTestClient c, String uri, Range r) {
        return LspTestClient.get(c.server.getTextDocumentService().rangeFormatting(
                new DocumentRangeFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true), r)));
    }

    private static String applied(String text, List<? extends TextEdit> edits) {
        List<dev.dockmentor.text.TextEdit> core = new ArrayList<>();
        for (TextEdit e : edits) core.add(dev.dockmentor.text.TextEdit.replace(null, Convert.core(e.getRange()), e.getNewText()));
        return TextEdits.apply(text, core);
    }

    private static Range range(int sl, int sc, int el, int ec) {
        return new Range(new Position(sl, sc), new Position(el, ec));
    }

    @Test
    void formattingADockerfileGivesEditsThatFormatItAndThenNone() throws Exception {
        String uri = LspTestClient.uri("Dockerfile");
        try (LspTestClient c = LspTestClient.start()) {
            c.open(uri, DOCKERFILE);
            List<? extends TextEdit> edits = formatting(c, uri, new FormattingOptions(4, true));
            assertTrue(edits.size() > 1, "minimal edits, not one replacement of the whole file: " + edits);
            String formatted = applied(c.text(uri), edits);
            assertEquals(FORMATTED, formatted);
            c.replaceAll(uri, formatted);
            assertEquals(List.of(), formatting(c, uri, new FormattingOptions(4, true)));
        }
    }

    @Test
    void theEditorsTabSettingsSetTheContinuationIndent() throws Exception {
        String uri = LspTestClient.uri("Dockerfile");
        try (LspTestClient c = LspTestClient.start()) {
            c.open(uri, "FROM alpine\nRUN a \\\n  b\n");
            assertEquals("FROM alpine\nRUN a \\\n\tb\n", applied(c.text(uri), formatting(c, uri, new FormattingOptions(4, false))));
            assertEquals("FROM alpine\nRUN a \\\n    b\n", applied(c.text(uri), formatting(c, uri, new FormattingOptions(4, true))));
        }
    }

    @Test
    void rangeFormattingTouchesOnlyTheInstructionsInTheRange() throws Exception {
        String uri = LspTestClient.uri("Dockerfile");
        try (LspTestClient c = LspTestClient.start()) {
            c.open(uri, DOCKERFILE);
            List<? extends TextEdit> edits = rangeFormatting(c, uri, range(2, 0, 2, 3));
            assertFalse(edits.isEmpty());
            for (TextEdit e : edits) {
                assertTrue(e.getRange().getStart().getLine() >= 1 && e.getRange().getEnd().getLine() <= 2, e.toString());
            }
            String after = applied(c.text(uri), edits);
            assertEquals(DOCKERFILE.replace("run go build \\\n  -o", "RUN go build \\\n    -o"), after);
            // No range: nothing is formatted (the user asked for part of the file, not all of it).
            DocumentRangeFormattingParams noRange = new DocumentRangeFormattingParams();
            noRange.setTextDocument(new TextDocumentIdentifier(uri));
            assertEquals(List.of(), LspTestClient.get(c.serverImpl.getTextDocumentService().rangeFormatting(noRange)));
        }
    }

    @Test
    void aComposeFileIsNotFormatted() throws Exception {
        String uri = LspTestClient.uri("compose.yaml");
        String yaml = "services:\n    web:   # the app\n      image:   &img  \"nginx:1.27\"\n\n\n    other: {image: *img}\n";
        try (LspTestClient c = LspTestClient.start()) {
            c.open(uri, "dockercompose", yaml);
            assertEquals(List.of(), formatting(c, uri, new FormattingOptions(2, true)));
            assertEquals(List.of(), rangeFormatting(c, uri, range(0, 0, 5, 0)));
        }
    }

    @Test
    void aDocumentThatIsNotOpenOrNotAnalysedGetsNoEdits() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            assertEquals(List.of(), formatting(c, LspTestClient.uri("Dockerfile"), new FormattingOptions(4, true)));
            String readme = LspTestClient.uri("README.md");
            c.open(readme, "markdown", "from   alpine\n");
            assertEquals(List.of(), formatting(c, readme, new FormattingOptions(4, true)));
            String binary = LspTestClient.uri("Dockerfile.bin");
            c.open(binary, "dockerfile", "FROM a\u0000\u0001\nrun x   \n\n\n");
            assertEquals(List.of(), formatting(c, binary, new FormattingOptions(4, true)));
        }
    }
}
