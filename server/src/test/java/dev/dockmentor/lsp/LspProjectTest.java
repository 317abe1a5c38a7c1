package dev.dockmentor.lsp;

import static dev.dockmentor.lsp.LspTestClient.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A compose file is analysed again when a file it reads changes: buffers first, then the disk. */
@Timeout(15)
class LspProjectTest {
    static final String TARGET_NOPE = "services:\n  api:\n    build:\n      context: .\n      target: nope\n";

    @TempDir
    Path dir;

    private String uri(String name) {
        return dir.resolve(name).toUri().toString();
    }

    @Test
    void editingTheDockerfileBufferReanalysesTheComposeFileThatBuildsIt() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            String compose = uri("compose.yaml");
            String df = uri("Dockerfile");
            c.open(df, "FROM alpine:3.20\nRUN true\n");
            int v = c.open(compose, "dockercompose", TARGET_NOPE);
            List<Diagnostic> before = c.awaitDiagnostics(compose, v);
            assertTrue(has(before, "unknown-build-target"), LspTestClient.ids(before).toString());
            int published = c.publishes(compose).size();

            c.type(df, 0, 16, " AS nope");
            assertEquals("FROM alpine:3.20 AS nope\nRUN true\n", c.text(df));
            PublishDiagnosticsParams fresh = c.awaitPublishAfter(compose, published,
                    "a fresh compose publish without unknown-build-target", p -> !has(p.getDiagnostics(), "unknown-build-target"));
            assertEquals(v, fresh.getVersion(), "the compose buffer itself did not change");
            Thread.sleep(150); // anything in flight settles: the last publish must not bring the finding back
            List<PublishDiagnosticsParams> all = c.publishes(compose);
            assertFalse(has(all.get(all.size() - 1).getDiagnostics(), "unknown-build-target"));
        }
    }

    @Test
    void theDockerfileBufferWinsOverTheDiskAndClosingItBringsTheDiskBack() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3.20\n");
        try (LspTestClient c = LspTestClient.start()) {
            String compose = uri("compose.yaml");
            int v = c.open(compose, "dockercompose", TARGET_NOPE);
            assertTrue(has(c.awaitDiagnostics(compose, v), "unknown-build-target"));
            int n = c.publishes(compose).size();
            c.open(uri("Dockerfile"), "FROM alpine:3.20 AS nope\n");
            c.awaitPublishAfter(compose, n, "unsaved buffer counts", p -> !has(p.getDiagnostics(), "unknown-build-target"));
            int m = c.publishes(compose).size();
            c.close(uri("Dockerfile"));
            c.awaitPublishAfter(compose, m, "closed without saving: the disk counts again",
                    p -> has(p.getDiagnostics(), "unknown-build-target"));
        }
    }

    @Test
    void aClosedDockerfileChangedOnDiskIsPickedUpThroughWatchedFiles() throws Exception {
        Path dockerfile = dir.resolve("Dockerfile");
        Files.writeString(dockerfile, "FROM alpine:3.20\n");
        try (LspTestClient c = LspTestClient.start()) {
            String compose = uri("compose.yaml");
            int v = c.open(compose, "dockercompose", TARGET_NOPE);
            assertTrue(has(c.awaitDiagnostics(compose, v), "unknown-build-target"));
            int n = c.publishes(compose).size();
            Files.writeString(dockerfile, "FROM alpine:3.20 AS nope\n");
            c.filesChanged(FileChangeType.Changed, dockerfile);
            PublishDiagnosticsParams p = c.awaitPublishAfter(compose, n, "re-analysis after the disk change");
            assertFalse(has(p.getDiagnostics(), "unknown-build-target"), LspTestClient.ids(p.getDiagnostics()).toString());
        }
    }

    @Test
    void anOverlayBufferDefiningTheServiceClearsUnknownServiceInItsSibling() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  proxy:\n    image: nginx:1.27\n");
        try (LspTestClient c = LspTestClient.start()) {
            String app = uri("compose.app.yaml");
            int v = c.open(app, "dockercompose", "services:\n  app:\n    image: app:1.0\n    depends_on: [db]\n");
            assertTrue(has(c.awaitDiagnostics(app, v), "unknown-service"));
            int n = c.publishes(app).size();
            // A new, unsaved overlay beside it (docker compose -f compose.yaml -f compose.db.yaml -f compose.app.yaml).
            c.open(uri("compose.db.yaml"), "dockercompose", "services:\n  db:\n    image: postgres:16\n");
            c.awaitPublishAfter(app, n, "the sibling defines db", p -> !has(p.getDiagnostics(), "unknown-service"));
        }
    }

    @Test
    void aWatchedChangeToAnUnrelatedFileDoesNotReanalyse() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3.20 AS nope\n");
        try (LspTestClient c = LspTestClient.start()) {
            String compose = uri("compose.yaml");
            c.awaitDiagnostics(compose, c.open(compose, "dockercompose", TARGET_NOPE));
            int n = c.publishes(compose).size();
            // (A README is no longer unrelated: what the folder's README says the files are for sets their role.)
            Path other = dir.resolve("main.go");
            Files.writeString(other, "package main\n");
            c.filesChanged(FileChangeType.Changed, other);
            Thread.sleep(200);
            assertEquals(n, c.publishes(compose).size(), "nothing the compose file reads changed");
        }
    }

    @Test
    void aFolderReadmeSayingWhatTheFilesAreForChangesTheirRoleLive() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            String df = uri("Dockerfile");
            int v = c.open(df, "FROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n");
            Diagnostic root = c.awaitDiagnostics(df, v).stream().filter(d -> "root-user".equals(d.getCode() == null ? null : d.getCode().getLeft())).findFirst().orElseThrow();
            assertEquals(org.eclipse.lsp4j.DiagnosticSeverity.Warning, root.getSeverity());
            int n = c.publishes(df).size();
            Path readme = dir.resolve("README.md");
            Files.writeString(readme, "This image is for local development purposes only.\n");
            c.filesChanged(FileChangeType.Created, readme);
            c.awaitPublishAfter(df, n, "root-user is advice in a development folder", p -> p.getDiagnostics().stream()
                    .anyMatch(d -> "root-user".equals(d.getCode() == null ? null : d.getCode().getLeft()) && d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Information));
        }
    }

    @Test
    void aDockerignoreOrConfigChangeOnDiskReanalysesComposeFilesToo() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            String compose = uri("compose.yaml");
            int v = c.open(compose, "dockercompose", "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n");
            assertTrue(has(c.awaitDiagnostics(compose, v), "privileged-container"));
            int n = c.publishes(compose).size();
            Path ignore = dir.resolve(".dockerignore");
            Files.writeString(ignore, ".git\n");
            c.filesChanged(FileChangeType.Created, ignore);
            c.awaitPublishAfter(compose, n, "re-analysis after .dockerignore appeared");
            int m = c.publishes(compose).size();
            Path cfg = dir.resolve(".dockmentor.yaml");
            Files.writeString(cfg, "rules:\n  privileged-container: off\n");
            c.filesChanged(FileChangeType.Created, cfg);
            c.awaitPublishAfter(compose, m, "the new config governs the compose file", p -> !has(p.getDiagnostics(), "privileged-container"));
        }
    }

    @Test
    void theOverrideFileBufferIsPartOfTheProject() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            String compose = uri("compose.yaml");
            int v = c.open(compose, "dockercompose", "services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n");
            assertTrue(has(c.awaitDiagnostics(compose, v), "unknown-service"));
            int n = c.publishes(compose).size();
            String override = uri("compose.override.yaml");
            c.open(override, "dockercompose", "services:\n  d:\n    image: postgres:16\n");
            c.type(override, 1, 3, "b");
            c.awaitPublishAfter(compose, n, "db defined by the override buffer", p -> !has(p.getDiagnostics(), "unknown-service"));
        }
    }

    @Test
    void theDotEnvFileOnDiskFeedsInterpolation() throws Exception {
        Path env = dir.resolve(".env");
        Files.writeString(env, "TAG=latest\n");
        try (LspTestClient c = LspTestClient.start()) {
            String compose = uri("compose.yaml");
            int v = c.open(compose, "dockercompose", "services:\n  web:\n    image: nginx:${TAG}\n");
            assertTrue(has(c.awaitDiagnostics(compose, v), "unpinned-image"), "TAG=latest from .env");
            int n = c.publishes(compose).size();
            Files.writeString(env, "TAG=1.27\n");
            c.filesChanged(FileChangeType.Changed, env);
            PublishDiagnosticsParams p = c.awaitPublishAfter(compose, n, "re-analysis after .env changed");
            assertFalse(has(p.getDiagnostics(), "unpinned-image"), LspTestClient.ids(p.getDiagnostics()).toString());
        }
    }

    @Test
    void codeActionsAfterADependencyChangeUseTheFreshAnalysis() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.delayMs = 1000)) {
            String compose = uri("compose.yaml");
            String df = uri("Dockerfile");
            c.open(df, "FROM alpine:3.20 AS nop\n");
            c.open(compose, "dockercompose", TARGET_NOPE);
            var range = new Range(new Position(4, 14), new Position(4, 18));
            assertTrue(c.codeActions(compose, range, null).stream().anyMatch(a -> a.getTitle().equals("Change to 'nop'")));
            c.replaceAll(df, "FROM alpine:3.20 AS nope\n");
            assertTrue(c.codeActions(compose, range, null).stream().noneMatch(a -> a.getTitle().startsWith("Change to")),
                    "the kept analysis was for the old Dockerfile");
        }
    }

    @Test
    void filesAreWatchedIncludingADockerfileWithAnUnusualName() throws Exception {
        Files.writeString(dir.resolve("api.build"), "FROM alpine:3.20\n");
        try (LspTestClient c = LspTestClient.start(o -> o.watch = true)) {
            c.awaitWatcher(j -> j.contains("**/Dockerfile") && j.contains("**/compose.yaml") && j.contains("**/.env"), "for the base patterns");
            String compose = uri("compose.yaml");
            c.awaitDiagnostics(compose, c.open(compose, "dockercompose",
                    "services:\n  api:\n    build:\n      context: .\n      dockerfile: api.build\n"));
            c.awaitWatcher(j -> j.contains("**/api.build"), "for the Dockerfile the compose file builds");
        }
    }

    @Test
    void relativePatternsAreUsedWhenTheClientSupportsThem() throws Exception {
        Files.writeString(dir.resolve("api.build"), "FROM alpine:3.20\n");
        try (LspTestClient c = LspTestClient.start(o -> {
            o.watch = true;
            o.relativePatterns = true;
        })) {
            String compose = uri("compose.yaml");
            c.awaitDiagnostics(compose, c.open(compose, "dockercompose",
                    "services:\n  api:\n    build:\n      context: .\n      dockerfile: api.build\n"));
            String json = c.awaitWatcher(j -> j.contains("api.build"), "for api.build");
            assertTrue(json.contains("baseUri") && json.contains(dir.toUri().toString().replaceAll("/$", "")), json);
        }
    }
}
