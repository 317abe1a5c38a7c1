package dev.dockmentor.lsp;

import static dev.dockmentor.lsp.LspTestClient.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Evidence and fixes in other files: related information to the Dockerfile, fixes that write .env.example. */
@Timeout(15)
class LspComposeFixTest {
    static final String SECRET = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: hunter2\n";
    static final String MOVE = "Replace the value with ${POSTGRES_PASSWORD} and list it in .env.example";

    @TempDir
    Path dir;

    private String uri(String name) {
        return dir.resolve(name).toUri().toString();
    }

    private static Diagnostic first(List<Diagnostic> ds, String id) {
        Diagnostic d = ds.stream().filter(x -> id.equals(x.getCode().getLeft())).findFirst().orElse(null);
        assertNotNull(d, id + " in " + LspTestClient.ids(ds));
        return d;
    }

    private static CodeAction titled(List<CodeAction> actions, String title) {
        return actions.stream().filter(a -> a.getTitle().equals(title)).findFirst().orElse(null);
    }

    private static TextDocumentEdit editOf(WorkspaceEdit e, String uri) {
        for (Either<TextDocumentEdit, ResourceOperation> c : e.getDocumentChanges()) {
            if (c.isLeft() && c.getLeft().getTextDocument().getUri().equals(uri)) return c.getLeft();
        }
        return null;
    }

    @Test
    void unknownBuildTargetRelatesTheDockerfileStages() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            String df = uri("Dockerfile");
            c.open(df, "FROM python:3.12 AS build\nFROM python:3.12-slim AS runtime\n");
            String compose = uri("compose.yaml");
            int v = c.open(compose, "dockercompose", "services:\n  api:\n    build:\n      context: .\n      target: runtme\n");
            Diagnostic d = first(c.awaitDiagnostics(compose, v), "unknown-build-target");
            List<DiagnosticRelatedInformation> rel = d.getRelatedInformation();
            assertEquals(2, rel.size(), String.valueOf(rel));
            assertEquals(df, rel.get(1).getLocation().getUri());
            assertEquals(new Range(new Position(1, 25), new Position(1, 32)), rel.get(1).getLocation().getRange());
            assertEquals("stage 'runtime'", rel.get(1).getMessage());
        }
    }

    @Test
    void relatedInformationFollowsTheLocale() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3.20\n");
        try (LspTestClient c = LspTestClient.start(o -> o.locale = "es")) {
            String compose = uri("compose.yaml");
            int v = c.open(compose, "dockercompose", "services:\n  api:\n    build:\n      context: .\n      target: prod\n");
            Diagnostic d = first(c.awaitDiagnostics(compose, v), "unknown-build-target");
            assertTrue(d.getRelatedInformation().get(0).getMessage().startsWith("ninguna etapa tiene nombre"));
            assertEquals(new Range(new Position(0, 0), new Position(0, 4)), d.getRelatedInformation().get(0).getLocation().getRange());
        }
    }

    @Test
    void aFixThatWritesEnvExampleCreatesItWhenMissing() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            String compose = uri("compose.yaml");
            int v = c.open(compose, "dockercompose", SECRET);
            Diagnostic d = first(c.awaitDiagnostics(compose, v), "hardcoded-secret");
            CodeAction fix = titled(c.codeActions(compose, d), MOVE);
            assertNotNull(fix, c.codeActions(compose, d).stream().map(CodeAction::getTitle).toList().toString());
            WorkspaceEdit e = fix.getEdit();
            assertTrue(e.getChanges() == null || e.getChanges().isEmpty(), "documentChanges only");
            List<Either<TextDocumentEdit, ResourceOperation>> dc = e.getDocumentChanges();
            String example = uri(".env.example");
            int create = -1, write = -1;
            for (int i = 0; i < dc.size(); i++) {
                if (dc.get(i).isRight() && dc.get(i).getRight() instanceof CreateFile cf && cf.getUri().equals(example)) create = i;
                if (dc.get(i).isLeft() && dc.get(i).getLeft().getTextDocument().getUri().equals(example)) write = i;
            }
            assertTrue(create >= 0 && write > create, "CreateFile before its edit: " + dc);
            assertEquals("POSTGRES_PASSWORD=\n", editOf(e, example).getEdits().get(0).getLeft().getNewText());
            assertEquals(v, editOf(e, compose).getTextDocument().getVersion(), "the compose edit is for the analysed version");
            int v2 = c.apply(compose, e);
            assertTrue(c.text(compose).contains("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}"), c.text(compose));
            assertFalse(has(c.awaitDiagnostics(compose, v2), "hardcoded-secret"));
        }
    }

    @Test
    void anExistingEnvExampleOnDiskIsAppendedTo() throws Exception {
        Files.writeString(dir.resolve(".env.example"), "APP_ENV=\n");
        try (LspTestClient c = LspTestClient.start()) {
            String compose = uri("compose.yaml");
            int v = c.open(compose, "dockercompose", SECRET);
            Diagnostic d = first(c.awaitDiagnostics(compose, v), "hardcoded-secret");
            WorkspaceEdit e = titled(c.codeActions(compose, d), MOVE).getEdit();
            assertTrue(e.getDocumentChanges().stream().allMatch(Either::isLeft), "no CreateFile: " + e.getDocumentChanges());
            TextDocumentEdit ex = editOf(e, uri(".env.example"));
            assertNull(ex.getTextDocument().getVersion(), "a closed file has no version");
            assertEquals(new Position(1, 0), ex.getEdits().get(0).getLeft().getRange().getStart());
        }
    }

    @Test
    void anOpenEnvExampleBufferIsEditedAtItsVersionAndItsChangesCount() throws Exception {
        Files.writeString(dir.resolve(".env.example"), "APP_ENV=\n");
        try (LspTestClient c = LspTestClient.start()) {
            String example = uri(".env.example");
            c.open(example, "properties", "APP_ENV=\n");
            String compose = uri("compose.yaml");
            int v = c.open(compose, "dockercompose", SECRET);
            c.awaitDiagnostics(compose, v);
            int n = c.publishes(compose).size();
            int ev = c.replaceAll(example, "APP_ENV=\nLOG_LEVEL=\n"); // unsaved: the buffer wins over the disk
            c.awaitPublishAfter(compose, n, "re-analysis after the .env.example buffer changed");
            Diagnostic d = first(c.publishes(compose).get(c.publishes(compose).size() - 1).getDiagnostics(), "hardcoded-secret");
            TextDocumentEdit ex = editOf(titled(c.codeActions(compose, d), MOVE).getEdit(), example);
            assertEquals(ev, ex.getTextDocument().getVersion());
            assertEquals(new Position(2, 0), ex.getEdits().get(0).getLeft().getRange().getStart(), "after the unsaved line");
        }
    }

    @Test
    void aClientWithoutFileCreationIsNotOfferedTheFixThatNeedsIt() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.createFiles = false)) {
            String compose = uri("compose.yaml");
            int v = c.open(compose, "dockercompose", SECRET);
            Diagnostic d = first(c.awaitDiagnostics(compose, v), "hardcoded-secret");
            assertNull(titled(c.codeActions(compose, d), MOVE));
            assertNotNull(titled(c.codeActions(compose, d), "Ignore hardcoded-secret here"));
        }
    }
}
