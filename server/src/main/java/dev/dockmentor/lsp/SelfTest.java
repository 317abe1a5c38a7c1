package dev.dockmentor.lsp;

import dev.dockmentor.engine.Warmup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * {@code dockmentor lsp --self-test}: a short scripted session against an in-process server over the real
 * JSON-RPC stack (initialize, open a Dockerfile and a compose file, hover and code actions on a finding,
 * shutdown), to check an installation without an editor. The launcher also runs it once to record which
 * classes a session loads (a class-data archive, for a faster JVM start). Nothing is read from or written
 * to disk: the sample files exist only as open documents.
 */
public final class SelfTest {
    private SelfTest() {}

    public static int run(PrintStream out) throws IOException, InterruptedException {
        Pipe up = Pipe.open();
        Pipe down = Pipe.open();
        InputStream serverIn = Channels.newInputStream(up.source());
        OutputStream serverOut = Channels.newOutputStream(down.sink());
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Thread server = new Thread(() -> DockmentorServer.run(serverIn, serverOut, quiet), "dockmentor-self-test-server");
        server.setDaemon(true);
        server.start();

        BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        LanguageClient client = new LanguageClient() {
            @Override public void telemetryEvent(Object object) { }
            @Override public void publishDiagnostics(PublishDiagnosticsParams p) { published.add(p); }
            @Override public void showMessage(MessageParams p) { }
            @Override public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
                return CompletableFuture.completedFuture(null);
            }
            @Override public void logMessage(MessageParams p) { }
        };
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client,
                Channels.newInputStream(down.source()), Channels.newOutputStream(up.sink()));
        launcher.startListening();
        LanguageServer s = launcher.getRemoteProxy();
        try {
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            String name = s.initialize(init).get(30, TimeUnit.SECONDS).getServerInfo().getName();
            s.initialized(new InitializedParams());
            out.println("initialize: ok (" + name + ")");
            int failures = 0;
            for (String[] f : List.of(new String[] {"Dockerfile", "dockerfile"}, new String[] {"compose.yaml", "dockercompose"})) {
                String text = Warmup.sample(f[0]);
                String uri = Warmup.dockerfilePath().resolveSibling(f[0]).toUri().toString();
                s.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, f[1], 1, text)));
                PublishDiagnosticsParams p = await(published, uri);
                if (p == null || p.getDiagnostics().isEmpty()) {
                    out.println(f[0] + ": FAILED, no diagnostics within 30 s");
                    failures++;
                    continue;
                }
                Diagnostic d = p.getDiagnostics().get(0);
                var hover = s.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), d.getRange().getStart()))
                        .get(30, TimeUnit.SECONDS);
                var actions = s.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                        d.getRange(), new CodeActionContext(p.getDiagnostics()))).get(30, TimeUnit.SECONDS);
                out.printf("%s: %d diagnostics (first: %s), hover %s, %d code actions%n", f[0], p.getDiagnostics().size(),
                        d.getCode().getLeft(), hover == null ? "missing" : "ok", actions.size());
                if (hover == null) failures++;
            }
            s.shutdown().get(30, TimeUnit.SECONDS);
            s.exit();
            out.println(failures == 0 ? "self-test: ok" : "self-test: FAILED");
            return failures == 0 ? 0 : 1;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            out.println("self-test: FAILED, " + e);
            return 1;
        }
    }

    private static PublishDiagnosticsParams await(BlockingQueue<PublishDiagnosticsParams> q, String uri) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams p = q.poll(100, TimeUnit.MILLISECONDS);
            if (p != null && p.getUri().equals(uri)) return p;
        }
        return null;
    }
}
