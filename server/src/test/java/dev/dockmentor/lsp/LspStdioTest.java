package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code dockmentor lsp --stdio} as an editor runs it: a separate process on stdin/stdout. */
@Timeout(20)
class LspStdioTest {
    @Test
    void theCommandServesOverStdioAndExitsZeroAfterShutdownAndExit() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.dockmentor.cli.Main", "lsp", "--stdio")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            CompletableFuture<PublishDiagnosticsParams> got = new CompletableFuture<>();
            LanguageClient client = new LanguageClient() {
                public void telemetryEvent(Object o) {}

                public void publishDiagnostics(PublishDiagnosticsParams d) {
                    got.complete(d);
                }

                public void showMessage(MessageParams m) {}

                public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) {
                    return CompletableFuture.completedFuture(null);
                }

                public void logMessage(MessageParams m) {}
            };
            Launcher<LanguageServer> l = LSPLauncher.createClientLauncher(client, p.getInputStream(), p.getOutputStream());
            l.startListening();
            LanguageServer server = l.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            var result = server.initialize(init).get(10, TimeUnit.SECONDS);
            assertEquals("dockmentor", result.getServerInfo().getName());
            server.initialized(new InitializedParams());
            String uri = LspTestClient.uri("Dockerfile");
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "dockerfile", 1, "FORM alpine\n")));
            PublishDiagnosticsParams d = got.get(10, TimeUnit.SECONDS);
            List<String> codes = new ArrayList<>();
            d.getDiagnostics().forEach(x -> codes.add(x.getCode().getLeft()));
            assertTrue(codes.contains("unknown-instruction"), codes.toString());
            server.shutdown().get(5, TimeUnit.SECONDS);
            server.exit();
            assertTrue(p.waitFor(5, TimeUnit.SECONDS), "the server exits after exit");
            assertEquals(0, p.exitValue());
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void closingStdinWithoutShutdownEndsTheProcess() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.dockmentor.cli.Main", "lsp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            p.getOutputStream().close();
            assertTrue(p.waitFor(8, TimeUnit.SECONDS), "the server ends when its input closes");
            assertEquals(1, p.exitValue());
            assertEquals(0, p.getInputStream().readAllBytes().length, "nothing but protocol on stdout");
        } finally {
            p.destroyForcibly();
        }
    }
}
