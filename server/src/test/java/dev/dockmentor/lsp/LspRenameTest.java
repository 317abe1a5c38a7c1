package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References, highlights and rename over LSP: stages, variables, services and named volumes, across the override. */
class LspRenameTest {
    @TempDir
    Path dir;

    private static final String DF = """
            ARG PY=3.12
            FROM python:${PY}-slim AS build
            ARG PY
            RUN pip wheel -w /wheels .
            FROM python:${PY}-slim
            COPY --from=build /wheels /wheels
            RUN --mount=type=cache,from=build,target=/x ls /x
            CMD ["python", "-m", "app"]
            """;

    private static List<Location> refs(LspTestClient c, String uri, int line, int col, boolean decl) {
        ReferenceParams p = new ReferenceParams(new TextDocumentIdentifier(uri), new Position(line, col), new ReferenceContext(decl));
        return List.copyOf(LspTestClient.get(c.server.getTextDocumentService().references(p)));
    }

    private static WorkspaceEdit rename(LspTestClient c, String uri, int line, int col, String name) {
        return LspTestClient.get(renaming(c, uri, line, col, name));
    }

    private static java.util.concurrent.CompletableFuture<WorkspaceEdit> renaming(LspTestClient c, String uri, int line, int col, String name) {
        return c.server.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(uri), new Position(line, col), name));
    }

    private static String refusal(java.util.function.Supplier<java.util.concurrent.CompletableFuture<?>> request) {
        CompletionException x = assertThrows(CompletionException.class, () -> request.get().join());
        Throwable cause = x.getCause();
        assertTrue(cause instanceof ResponseErrorException, String.valueOf(cause));
        return ((ResponseErrorException) cause).getResponseError().getMessage();
    }

    @Test
    void aStageIsFoundAndRenamedEverywhereItIsNamed() throws Exception {
        String uri = LspTestClient.uri("Dockerfile");
        try (LspTestClient c = LspTestClient.start()) {
            c.open(uri, DF);
            // From the COPY --from=build: the declaration and both uses.
            List<Location> all = refs(c, uri, 5, 14, true);
            assertEquals(List.of(1, 5, 6), all.stream().map(l -> l.getRange().getStart().getLine()).toList());
            assertEquals(2, refs(c, uri, 5, 14, false).size());
            List<DocumentHighlight> hl = List.copyOf(LspTestClient.get(c.server.getTextDocumentService()
                    .documentHighlight(new DocumentHighlightParams(new TextDocumentIdentifier(uri), new Position(1, 27)))));
            assertEquals(DocumentHighlightKind.Write, hl.get(0).getKind());
            PrepareRenameResult prep = LspTestClient.get(c.server.getTextDocumentService()
                    .prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri), new Position(6, 30)))).getSecond();
            assertEquals("build", prep.getPlaceholder());
            int v = c.apply(uri, rename(c, uri, 6, 30, "wheels"));
            assertEquals(DF.replace("AS build", "AS wheels").replace("--from=build", "--from=wheels").replace("from=build,", "from=wheels,"),
                    c.text(uri));
            // The renamed file still means the same: no unknown stage appeared.
            assertTrue(c.awaitDiagnostics(uri, v).stream().noneMatch(d -> d.getCode() != null && "unknown-stage".equals(d.getCode().getLeft())), c.text(uri));
        }
    }

    @Test
    void aVariableIsRenamedWithItsRedeclarationsAndBuildKitsOwnAreRefused() throws Exception {
        String uri = LspTestClient.uri("Dockerfile");
        try (LspTestClient c = LspTestClient.start()) {
            c.open(uri, DF + "ENV P=$TARGETPLATFORM\nWORKDIR $HOME/app\n");
            assertEquals(4, refs(c, uri, 0, 5, true).size(), "ARG PY, ${PY} twice, ARG PY again");
            c.apply(uri, rename(c, uri, 4, 15, "PYTHON_VERSION"));
            assertTrue(c.text(uri).startsWith("ARG PYTHON_VERSION=3.12\nFROM python:${PYTHON_VERSION}-slim AS build\nARG PYTHON_VERSION\n"), c.text(uri));
            assertTrue(refusal(() -> renaming(c, uri, 8, 10, "X")).contains("TARGETPLATFORM is an argument BuildKit predefines"));
            assertTrue(refusal(() -> renaming(c, uri, 9, 10, "H")).contains("'HOME' is not declared in this file"));
            assertTrue(refusal(() -> renaming(c, uri, 0, 5, "1bad")).contains("'1bad' is not a valid variable name"));
            assertTrue(refusal(() -> renaming(c, uri, 7, 1, "x")).contains("Nothing to rename here"));
        }
    }

    @Test
    void aServiceIsRenamedInTheBaseAndTheOverrideAndAClashIsRefused() throws Exception {
        Path base = dir.resolve("compose.yaml");
        Path over = dir.resolve("compose.override.yaml");
        Files.writeString(base, "services:\n  db:\n    image: postgres:16\n    volumes: [pgdata:/var/lib/postgresql/data]\n"
                + "  app:\n    image: acme/app:1\n    depends_on:\n      db:\n        condition: service_started\nvolumes:\n  pgdata: {}\n");
        Files.writeString(over, "services:\n  worker:\n    image: acme/app:1\n    depends_on: [db]\n");
        try (LspTestClient c = LspTestClient.start()) {
            String uri = base.toUri().toString();
            c.open(uri, "dockercompose", Files.readString(base));
            List<Location> all = refs(c, uri, 1, 3, true);
            assertEquals(3, all.size(), all.toString());
            assertTrue(all.stream().anyMatch(l -> l.getUri().endsWith("compose.override.yaml")), all.toString());
            WorkspaceEdit e = rename(c, uri, 7, 7, "postgres");
            Map<String, List<TextEdit>> changes = e.getChanges();
            assertEquals(2, changes.get(uri).size());
            assertEquals("postgres", changes.get(over.toUri().toString()).get(0).getNewText());
            // The named volume: declaration and use.
            assertEquals(2, refs(c, uri, 10, 4, true).size());
            assertTrue(refusal(() -> renaming(c, uri, 1, 3, "app")).contains("A service named 'app' already exists"));
        }
    }
}
