package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folding ranges and document links over LSP, for both file kinds. */
class LspFoldingAndLinksTest {
    @TempDir
    Path dir;

    private static List<String> folds(LspTestClient c, String uri) {
        List<FoldingRange> f = LspTestClient.get(c.server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
        return f.stream().map(r -> r.getStartLine() + "-" + r.getEndLine() + (FoldingRangeKind.Comment.equals(r.getKind()) ? "c" : "")).toList();
    }

    private static List<String> links(LspTestClient c, String uri) {
        List<DocumentLink> l = LspTestClient.get(c.server.getTextDocumentService().documentLink(new DocumentLinkParams(new TextDocumentIdentifier(uri))));
        return l.stream().map(x -> x.getRange().getStart().getLine() + ":" + x.getTarget()).toList();
    }

    @Test
    void aDockerfileFoldsStagesLongInstructionsAndCommentBlocksAndLinksItsImages() throws Exception {
        String df = "# build\n# stage\nFROM golang:1.23 AS build\nRUN go build \\\n    -o /app .\n\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\n"
                + "FROM build AS again\nFROM ghcr.io/acme/tool:1\nFROM acme/api:2\n";
        String uri = LspTestClient.uri("Dockerfile");
        try (LspTestClient c = LspTestClient.start()) {
            c.open(uri, df);
            assertEquals(List.of("2-4", "6-7", "3-4", "0-1c"), folds(c, uri));
            assertEquals(List.of("2:https://hub.docker.com/_/golang", "6:https://gcr.io/distroless/static", "9:https://ghcr.io/acme/tool",
                    "10:https://hub.docker.com/r/acme/api"), links(c, uri));
        }
    }

    @Test
    void aComposeFileFoldsItsBlocksAndLinksImagesAndTheFilesItNames() throws Exception {
        Files.writeString(dir.resolve(".env.api"), "A=1\n");
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/Dockerfile.prod"), "FROM alpine:3.20\n");
        String text = "services:\n  api:\n    build:\n      context: api\n      dockerfile: Dockerfile.prod\n    env_file: [.env.api, .env.missing]\n"
                + "  db:\n    image: postgres:16\n    environment:\n      A: b\n";
        Path compose = dir.resolve("compose.yaml");
        Files.writeString(compose, text);
        String uri = compose.toUri().toString();
        try (LspTestClient c = LspTestClient.start()) {
            c.open(uri, "dockercompose", text);
            List<String> f = folds(c, uri);
            assertTrue(f.containsAll(List.of("0-9", "1-5", "2-4", "6-9", "8-9")), f.toString());
            List<String> l = links(c, uri);
            assertEquals(3, l.size(), l.toString());
            assertTrue(l.contains("7:https://hub.docker.com/_/postgres"), l.toString());
            assertTrue(l.stream().anyMatch(x -> x.startsWith("4:file:") && x.endsWith("api/Dockerfile.prod")), l.toString());
            assertTrue(l.stream().anyMatch(x -> x.startsWith("5:file:") && x.endsWith(".env.api")), l.toString());
        }
    }

    private static List<String> hints(LspTestClient c, String uri) {
        var h = LspTestClient.get(c.server.getTextDocumentService().inlayHint(new org.eclipse.lsp4j.InlayHintParams(new TextDocumentIdentifier(uri),
                new org.eclipse.lsp4j.Range(new org.eclipse.lsp4j.Position(0, 0), new org.eclipse.lsp4j.Position(999, 0)))));
        return h.stream().map(x -> x.getPosition().getLine() + ":" + x.getLabel().getLeft()).toList();
    }

    @Test
    void inlayHintsShowWhatValuesBecomeAndNeverACredential() throws Exception {
        String df = "ARG PY=3.12-slim\nFROM python:${PY}\nFROM node:22-alpine\n";
        String uri = LspTestClient.uri("Dockerfile");
        Files.writeString(dir.resolve(".env"), "TAG=1.4.2\nDB_PASSWORD=hunter2!Q\nAPI=ghp_0123456789abcdefghijABCDEFGHIJ0123\n");
        String text = "services:\n  app:\n    image: acme/app:${TAG}\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD}\n"
                + "  worker:\n    image: acme/app:${TAG}\n    environment:\n      - TOKEN_URL=${API}\n      - MODE=${TAG}\n";
        Path compose = dir.resolve("compose.yaml");
        Files.writeString(compose, text);
        try (LspTestClient c = LspTestClient.start()) {
            c.open(uri, df);
            var kb = dev.dockmentor.kb.KnowledgeBase.get();
            int slim = kb.language(dev.dockmentor.dockerfile.ImageRef.parse("python:3.12-slim")).orElseThrow().slim();
            int alpine = kb.language(dev.dockmentor.dockerfile.ImageRef.parse("node:22-alpine")).orElseThrow().alpine();
            assertEquals(List.of("1: = python:3.12-slim", "1: ~" + slim + " MB", "2: ~" + alpine + " MB"), hints(c, uri));
            c.open(compose.toUri().toString(), "dockercompose", text);
            List<String> h = hints(c, compose.toUri().toString());
            assertTrue(h.contains("2: = acme/app:1.4.2"), h.toString());
            assertTrue(h.contains("4: = set (hidden)"), h.toString());
            assertTrue(h.contains("8: = set (hidden)"), "a token-shaped value under any key: " + h);
            assertTrue(h.contains("9: = MODE=1.4.2"), h.toString());
            assertTrue(h.stream().noneMatch(x -> x.contains("hunter2") || x.contains("ghp_")), h.toString());
        }
    }

    /** Semantic tokens, decoded back from LSP's relative encoding: what each span of a Dockerfile is to BuildKit. */
    @Test
    void semanticTokensColourADockerfileAsBuildKitReadsIt() throws Exception {
        String df = "# syntax=docker/dockerfile:1\n# build\nFROM --platform=$BUILDPLATFORM golang:1.23 AS b\nRUN <<EOF\necho hi\nEOF\n";
        String uri = LspTestClient.uri("Dockerfile");
        try (LspTestClient c = LspTestClient.start()) {
            c.open(uri, df);
            List<Integer> data = LspTestClient.get(c.server.getTextDocumentService().semanticTokensFull(
                    new org.eclipse.lsp4j.SemanticTokensParams(new TextDocumentIdentifier(uri)))).getData();
            List<String> types = dev.dockmentor.ide.SemanticTokens.TYPES;
            String[] lines = df.split("\n");
            List<String> got = new java.util.ArrayList<>();
            int line = 0, start = 0;
            for (int i = 0; i < data.size(); i += 5) {
                line += data.get(i);
                start = data.get(i) == 0 ? start + data.get(i + 1) : data.get(i + 1);
                got.add(types.get(data.get(i + 3)) + ":" + lines[line].substring(start, start + data.get(i + 2)));
            }
            assertEquals(List.of("macro:# syntax=docker/dockerfile:1", "comment:# build", "keyword:FROM", "parameter:platform",
                    "variable:$BUILDPLATFORM", "keyword:RUN", "string:echo hi"), got);
        }
    }

    /** Signature help: the instruction's usage, the parameter being typed, and what it does in the user's language. */
    @Test
    void signatureHelpShowsTheUsageAndTheParameterBeingTyped() throws Exception {
        String df = "FROM golang:1.23 AS build\nCOPY --from=build /src \\\n    /app\nRUN --mount=type=cache,target=/root/.cache go build\n";
        String uri = LspTestClient.uri("Dockerfile");
        try (LspTestClient c = LspTestClient.start(o -> o.locale = "es")) {
            c.open(uri, df);
            java.util.function.BiFunction<Integer, Integer, org.eclipse.lsp4j.SignatureHelp> at = (l, ch) -> LspTestClient.get(
                    c.server.getTextDocumentService().signatureHelp(new org.eclipse.lsp4j.SignatureHelpParams(new TextDocumentIdentifier(uri),
                            new org.eclipse.lsp4j.Position(l, ch))));
            var copyFlag = at.apply(1, 12);
            assertTrue(copyFlag.getSignatures().get(0).getLabel().startsWith("COPY [--from=<stage|image>]"), copyFlag.toString());
            assertEquals("[--from=<stage|image>]", copyFlag.getSignatures().get(0).getParameters().get(copyFlag.getActiveParameter()).getLabel().getLeft());
            var dest = at.apply(2, 8);
            assertEquals("<dest>", dest.getSignatures().get(0).getParameters().get(dest.getActiveParameter()).getLabel().getLeft(), "across the continuation");
            assertTrue(dest.getSignatures().get(0).getDocumentation().getRight().getValue().contains("Copia archivos"));
            var from = at.apply(0, 7);
            assertEquals("<image>[:<tag>|@<digest>]", from.getSignatures().get(0).getParameters().get(from.getActiveParameter()).getLabel().getLeft());
        }
    }

    /** Every editor request of this layer answers on garbage: binary bytes, half-typed YAML, an anchor bomb, a lone continuation. */
    @Test
    void everyEditorRequestAnswersOnGarbage() throws Exception {
        String[] texts = {"\u0000\u0001\uFFFD FROM \\\n", "services:\n  a: [\n  b: {x\n", "a: &a [*a, *a]\nb: *a\n", "\\", "FROM ${", "services:\n  web:\n    ports: [\"x:y:z:w\"]\n"};
        try (LspTestClient c = LspTestClient.start()) {
            for (int k = 0; k < texts.length; k++) {
                for (String lang : new String[] {"dockerfile", "dockercompose"}) {
                    String uri = LspTestClient.uri("garbage-" + k + "-" + lang + (lang.equals("dockerfile") ? "/Dockerfile" : "/compose.yaml"));
                    c.open(uri, lang, texts[k]);
                    TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
                    var docs = c.server.getTextDocumentService();
                    var pos = new org.eclipse.lsp4j.Position(0, 1);
                    LspTestClient.get(docs.foldingRange(new FoldingRangeRequestParams(id)));
                    LspTestClient.get(docs.documentLink(new DocumentLinkParams(id)));
                    LspTestClient.get(docs.inlayHint(new org.eclipse.lsp4j.InlayHintParams(id, new org.eclipse.lsp4j.Range(pos, new org.eclipse.lsp4j.Position(9, 0)))));
                    LspTestClient.get(docs.semanticTokensFull(new org.eclipse.lsp4j.SemanticTokensParams(id)));
                    LspTestClient.get(docs.signatureHelp(new org.eclipse.lsp4j.SignatureHelpParams(id, pos)));
                    LspTestClient.get(docs.references(new org.eclipse.lsp4j.ReferenceParams(id, pos, new org.eclipse.lsp4j.ReferenceContext(true))));
                    LspTestClient.get(docs.documentHighlight(new org.eclipse.lsp4j.DocumentHighlightParams(id, pos)));
                    // Rename answers a refusal the client shows, or an edit: never anything else.
                    try {
                        docs.rename(new org.eclipse.lsp4j.RenameParams(id, pos, "x")).join();
                    } catch (java.util.concurrent.CompletionException e) {
                        assertTrue(e.getCause() instanceof org.eclipse.lsp4j.jsonrpc.ResponseErrorException, String.valueOf(e.getCause()));
                    }
                }
            }
            // A request that failed inside is answered empty and logged: none may have.
            synchronized (c.logs) {
                assertTrue(c.logs.stream().noneMatch(m -> m.getMessage().contains("request failed")), c.logs.toString());
            }
        }
    }
}
