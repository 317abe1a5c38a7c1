package dev.dockmentor.lsp;

import static dev.dockmentor.lsp.LspTestClient.d;
import static dev.dockmentor.lsp.LspTestClient.find;
import static dev.dockmentor.lsp.LspTestClient.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class LspConfigTest {
    @TempDir
    Path dir;

    @Test
    void initializationOptionsSetRuleSeverities() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.initOptions = "{\"rules\":{\"unknown-instruction\":\"warning\"}}")) {
            String uri = LspTestClient.uri("Dockerfile");
            int v = c.open(uri, "FORM alpine\n");
            assertEquals(DiagnosticSeverity.Warning, find(c.awaitDiagnostics(uri, v), d(0, 0, "unknown-instruction")).getSeverity());
        }
    }

    @Test
    void workspaceConfigurationIsReadAndReReadOnChange() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.configuration = true)) {
            String uri = LspTestClient.uri("Dockerfile");
            int v = c.open(uri, "FORM alpine\n");
            find(c.awaitDiagnostics(uri, v), d(0, 0, "unknown-instruction"));
            c.configSection = JsonParser.parseString("{\"rules\":{\"unknown-instruction\":\"off\"}}").getAsJsonObject();
            int before = c.publishes(uri).size();
            c.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new com.google.gson.JsonObject()));
            var p = c.awaitPublish(x -> x.getUri().equals(uri) && c.publishes(uri).indexOf(x) >= before, "re-lint after configuration change");
            assertFalse(has(p.getDiagnostics(), "unknown-instruction"));
        }
    }

    @Test
    void didChangeConfigurationSettingsApplyWithoutPullSupport() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            String uri = LspTestClient.uri("Dockerfile");
            int v = c.open(uri, "FORM alpine\n");
            c.awaitDiagnostics(uri, v);
            int before = c.publishes(uri).size();
            c.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    JsonParser.parseString("{\"dockmentor\":{\"locale\":\"es\"}}")));
            var p = c.awaitPublish(x -> x.getUri().equals(uri) && c.publishes(uri).indexOf(x) >= before, "re-lint");
            assertTrue(p.getDiagnostics().get(0).getMessage().getLeft().startsWith("Instrucción desconocida"));
        }
    }

    @Test
    void fileConfigWinsForItsFolder() throws Exception {
        Files.writeString(dir.resolve(".dockmentor.yaml"), "rules:\n  unknown-instruction: off\n");
        try (LspTestClient c = LspTestClient.start(o -> o.initOptions = "{\"rules\":{\"unknown-instruction\":\"error\"}}")) {
            String uri = dir.resolve("Dockerfile").toUri().toString();
            int v = c.open(uri, "FORM alpine\n");
            assertFalse(has(c.awaitDiagnostics(uri, v), "unknown-instruction"));
        }
    }

    @Test
    void brokenConfigIsADiagnosticNotACrash() throws Exception {
        Files.writeString(dir.resolve(".dockmentor.yaml"), "profile: extreme\n");
        try (LspTestClient c = LspTestClient.start()) {
            String uri = dir.resolve("Dockerfile").toUri().toString();
            int v = c.open(uri, "FORM alpine\n");
            var ds = c.awaitDiagnostics(uri, v);
            Diagnostic cfg = find(ds, d(0, 0, "syntax-error"));
            assertTrue(cfg.getMessage().getLeft().contains(".dockmentor.yaml"), cfg.getMessage().getLeft());
            assertTrue(cfg.getMessage().getLeft().contains("profile"), cfg.getMessage().getLeft());
            find(ds, d(0, 0, "unknown-instruction")); // the editor's settings still lint the file
        }
    }

    @Test
    void anOpenUnsavedConfigBufferCounts() throws Exception {
        Path cfg = dir.resolve(".dockmentor.yaml");
        Files.writeString(cfg, "profile: recommended\n");
        try (LspTestClient c = LspTestClient.start()) {
            String uri = dir.resolve("Dockerfile").toUri().toString();
            int v = c.open(uri, "FORM alpine\n");
            find(c.awaitDiagnostics(uri, v), d(0, 0, "unknown-instruction"));
            int before = c.publishes(uri).size();
            c.open(cfg.toUri().toString(), "yaml", "rules:\n  unknown-instruction: off\n");
            var p = c.awaitPublish(x -> x.getUri().equals(uri) && c.publishes(uri).indexOf(x) >= before, "re-lint after config edit");
            assertFalse(has(p.getDiagnostics(), "unknown-instruction"));
        }
    }
}
