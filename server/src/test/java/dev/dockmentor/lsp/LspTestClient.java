package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.dockmentor.text.TextEdits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A small LSP client that drives the REAL server over LSP4J launchers on piped streams (nio pipes), with
 * helpers that read like the protocol: {@code open}, {@code type}, {@code awaitDiagnostics}, {@code d}.
 */
final class LspTestClient implements LanguageClient, AutoCloseable {
    static final long WAIT_MS = 5000;

    final DockmentorServer serverImpl;
    final LanguageServer server;
    final List<PublishDiagnosticsParams> published = new ArrayList<>();
    final List<MessageParams> logs = new ArrayList<>();
    final List<Registration> registrations = new ArrayList<>();
    volatile JsonObject configSection = new JsonObject();
    private final OutputStream toServer;
    private final OutputStream toClient;
    private final Map<String, Integer> versions = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();

    /** A diagnostic as tests name it: start line/column and rule id. */
    record D(int line, int col, String id) {}

    static D d(int line, int col, String id) {
        return new D(line, col, id);
    }

    static final class Options {
        String locale;
        String initOptions;          // JSON or null
        boolean configuration;       // client answers workspace/configuration
        boolean pull;                // client supports textDocument/diagnostic
        boolean createFiles = true;  // documentChanges + create
        boolean watch;               // dynamic registration of workspace/didChangeWatchedFiles
        boolean relativePatterns;    // ... with RelativePattern support
        int delayMs = 5;
    }

    static LspTestClient start() throws IOException {
        return start(o -> {});
    }

    static LspTestClient start(Consumer<Options> tweak) throws IOException {
        Options o = new Options();
        tweak.accept(o);
        return new LspTestClient(o);
    }

    private LspTestClient(Options o) throws IOException {
        // java.nio pipes: unlike PipedInputStream they do not fail when a writing thread ends.
        Pipe up = Pipe.open();
        InputStream serverIn = Channels.newInputStream(up.source());
        toServer = Channels.newOutputStream(up.sink());
        Pipe down = Pipe.open();
        InputStream clientIn = Channels.newInputStream(down.source());
        toClient = Channels.newOutputStream(down.sink());
        serverImpl = new DockmentorServer(new PrintStream(java.io.OutputStream.nullOutputStream()));
        Launcher<LanguageClient> sl = ServerLauncher.create(serverImpl, serverIn, toClient);
        sl.startListening();
        Launcher<LanguageServer> cl = LSPLauncher.createClientLauncher(this, clientIn, toServer);
        server = cl.getRemoteProxy();
        cl.startListening();

        InitializeParams p = new InitializeParams();
        p.setLocale(o.locale);
        JsonObject init = o.initOptions == null ? new JsonObject() : JsonParser.parseString(o.initOptions).getAsJsonObject();
        if (!init.has("delayMs")) init.addProperty("delayMs", o.delayMs);
        p.setInitializationOptions(init);
        ClientCapabilities caps = new ClientCapabilities();
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        ws.setConfiguration(o.configuration);
        WorkspaceEditCapabilities we = new WorkspaceEditCapabilities();
        we.setDocumentChanges(o.createFiles);
        if (o.createFiles) we.setResourceOperations(List.of(ResourceOperationKind.Create));
        ws.setWorkspaceEdit(we);
        if (o.watch) {
            DidChangeWatchedFilesCapabilities w = new DidChangeWatchedFilesCapabilities(true);
            w.setRelativePatternSupport(o.relativePatterns);
            ws.setDidChangeWatchedFiles(w);
        }
        caps.setWorkspace(ws);
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities sym = new DocumentSymbolCapabilities();
        sym.setHierarchicalDocumentSymbolSupport(true);
        td.setDocumentSymbol(sym);
        if (o.pull) td.setDiagnostic(new DiagnosticCapabilities());
        caps.setTextDocument(td);
        p.setCapabilities(caps);
        get(server.initialize(p));
        server.initialized(new InitializedParams());
    }

    static <T> T get(CompletableFuture<T> f) {
        try {
            return f.get(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("request did not complete: " + e, e);
        }
    }

    static String uri(String name) {
        return Path.of("/tmp/dockmentor-lsp-test", name).toUri().toString();
    }

    // ---- document sync -------------------------------------------------------------------

    int open(String uri, String text) {
        return open(uri, "dockerfile", text);
    }

    int open(String uri, String languageId, String text) {
        versions.put(uri, 1);
        texts.put(uri, text);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
        return 1;
    }

    /** One incremental change; returns the new version. */
    int change(String uri, Range range, String newText) {
        int v = versions.merge(uri, 1, Integer::sum);
        texts.computeIfPresent(uri, (k, t) -> TextEdits.apply(t, List.of(dev.dockmentor.text.TextEdit.replace(null,
                new dev.dockmentor.text.Range(Convert.core(range.getStart()), Convert.core(range.getEnd())), newText))));
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, v),
                List.of(new TextDocumentContentChangeEvent(range, newText))));
        return v;
    }

    int replaceAll(String uri, String text) {
        int v = versions.merge(uri, 1, Integer::sum);
        texts.put(uri, text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, v),
                List.of(new TextDocumentContentChangeEvent(text))));
        return v;
    }

    /** Types {@code s} character by character at (line, col), one didChange per character. */
    int type(String uri, int line, int col, String s) {
        int v = versions.get(uri);
        for (int i = 0; i < s.length(); i++) {
            Position p = new Position(line, col + i);
            v = change(uri, new Range(p, p), String.valueOf(s.charAt(i)));
        }
        return v;
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    String text(String uri) {
        return texts.get(uri);
    }

    /** Applies a WorkspaceEdit's edits for {@code uri} to the client's copy and sends it as a full change. */
    int apply(String uri, WorkspaceEdit edit) {
        List<dev.dockmentor.text.TextEdit> edits = new ArrayList<>();
        if (edit.getChanges() != null && edit.getChanges().get(uri) != null) {
            for (TextEdit t : edit.getChanges().get(uri)) edits.add(core(t));
        }
        if (edit.getDocumentChanges() != null) {
            for (Either<TextDocumentEdit, ResourceOperation> e : edit.getDocumentChanges()) {
                if (e.isLeft() && e.getLeft().getTextDocument().getUri().equals(uri)) {
                    for (var t : e.getLeft().getEdits()) edits.add(core(t.getLeft()));
                }
            }
        }
        return replaceAll(uri, TextEdits.apply(texts.get(uri), edits));
    }

    private static dev.dockmentor.text.TextEdit core(TextEdit t) {
        return dev.dockmentor.text.TextEdit.replace(null, Convert.core(t.getRange()), t.getNewText());
    }

    // ---- diagnostics ---------------------------------------------------------------------

    /** Waits (bounded) for a publish for {@code uri} at exactly {@code version}; returns its diagnostics. */
    List<Diagnostic> awaitDiagnostics(String uri, int version) {
        return awaitDiagnostics(uri, version, WAIT_MS);
    }

    List<Diagnostic> awaitDiagnostics(String uri, int version, long waitMs) {
        PublishDiagnosticsParams p = awaitPublish(x -> x.getUri().equals(uri) && x.getVersion() != null && x.getVersion() == version,
                "diagnostics for " + uri + " v" + version, waitMs);
        return p.getDiagnostics();
    }

    PublishDiagnosticsParams awaitPublish(Predicate<PublishDiagnosticsParams> which, String what) {
        return awaitPublish(which, what, WAIT_MS);
    }

    PublishDiagnosticsParams awaitPublish(Predicate<PublishDiagnosticsParams> which, String what, long waitMs) {
        long end = System.currentTimeMillis() + waitMs;
        synchronized (published) {
            while (true) {
                for (PublishDiagnosticsParams p : published) if (which.test(p)) return p;
                long left = end - System.currentTimeMillis();
                if (left <= 0) fail("no " + what + " within " + waitMs + " ms; got " + summary());
                try {
                    published.wait(left);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    List<PublishDiagnosticsParams> publishes(String uri) {
        synchronized (published) {
            return published.stream().filter(p -> p.getUri().equals(uri)).toList();
        }
    }

    private String summary() {
        synchronized (published) {
            return published.stream().map(p -> p.getUri().replaceAll(".*/", "") + "@v" + p.getVersion() + "=" + ids(p.getDiagnostics())).toList().toString();
        }
    }

    static List<D> ids(List<Diagnostic> ds) {
        // A diagnostic without a rule (the "N more findings" summary) shows as code null.
        return ds.stream().map(x -> d(x.getRange().getStart().getLine(), x.getRange().getStart().getCharacter(),
                x.getCode() == null ? null : x.getCode().getLeft())).toList();
    }

    static Diagnostic find(List<Diagnostic> ds, D want) {
        Diagnostic hit = ds.stream().filter(x -> ids(List.of(x)).get(0).equals(want)).findFirst().orElse(null);
        assertNotNull(hit, "expected " + want + " in " + ids(ds));
        return hit;
    }

    static boolean has(List<Diagnostic> ds, String id) {
        return ds.stream().anyMatch(x -> x.getCode() != null && id.equals(x.getCode().getLeft()));
    }

    /** Tells the server files changed on disk (workspace/didChangeWatchedFiles). */
    void filesChanged(FileChangeType type, Path... paths) {
        List<FileEvent> events = new ArrayList<>();
        for (Path p : paths) events.add(new FileEvent(p.toUri().toString(), type));
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
    }

    /** Waits (bounded) for a publish for {@code uri} after the first {@code after} ones. */
    PublishDiagnosticsParams awaitPublishAfter(String uri, int after, String what) {
        return awaitPublishAfter(uri, after, what, x -> true);
    }

    /** Waits (bounded) for a publish for {@code uri}, after the first {@code after} ones, that satisfies {@code which}. */
    PublishDiagnosticsParams awaitPublishAfter(String uri, int after, String what, Predicate<PublishDiagnosticsParams> which) {
        return awaitPublish(x -> x.getUri().equals(uri) && indexOf(uri, x) >= after && which.test(x), what);
    }

    /** Position among this document's publishes, by identity (two publishes can be equal). */
    private int indexOf(String uri, PublishDiagnosticsParams p) {
        List<PublishDiagnosticsParams> ps = publishes(uri);
        for (int i = 0; i < ps.size(); i++) if (ps.get(i) == p) return i;
        return -1;
    }

    /** Waits (bounded) until a file-watcher registration (as JSON) satisfies {@code which}; returns it. */
    String awaitWatcher(Predicate<String> which, String what) {
        long end = System.currentTimeMillis() + WAIT_MS;
        synchronized (registrations) {
            while (true) {
                for (Registration r : registrations) {
                    if (!r.getMethod().equals("workspace/didChangeWatchedFiles")) continue;
                    String json = new com.google.gson.Gson().toJson(r.getRegisterOptions());
                    if (which.test(json)) return json;
                }
                long left = end - System.currentTimeMillis();
                if (left <= 0) fail("no watcher " + what + " within " + WAIT_MS + " ms");
                try {
                    registrations.wait(left);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    // ---- requests ------------------------------------------------------------------------

    List<CodeAction> codeActions(String uri, Diagnostic diag) {
        CodeActionParams p = new CodeActionParams(new TextDocumentIdentifier(uri), diag.getRange(), new CodeActionContext(List.of(diag)));
        return get(server.getTextDocumentService().codeAction(p)).stream().map(Either::getRight).toList();
    }

    List<CodeAction> codeActions(String uri, Range range, List<String> only) {
        CodeActionParams p = new CodeActionParams(new TextDocumentIdentifier(uri), range, new CodeActionContext(List.of(), only));
        return get(server.getTextDocumentService().codeAction(p)).stream().map(Either::getRight).toList();
    }

    String hover(String uri, int line, int col) {
        Hover h = get(server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, col))));
        return h == null ? null : h.getContents().getRight().getValue();
    }

    // ---- LanguageClient ------------------------------------------------------------------

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
        synchronized (published) {
            published.add(p);
            published.notifyAll();
        }
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams p) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < p.getItems().size(); i++) out.add(configSection);
        return CompletableFuture.completedFuture(out);
    }

    @Override
    public void logMessage(MessageParams m) {
        synchronized (logs) {
            logs.add(m);
        }
    }

    @Override
    public void telemetryEvent(Object o) {}

    @Override
    public void showMessage(MessageParams m) {
        logMessage(m);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams p) {
        synchronized (registrations) {
            registrations.addAll(p.getRegistrations());
            registrations.notifyAll();
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Raw bytes to the server, for malformed-input tests. */
    void sendRaw(String json) throws IOException {
        byte[] b = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        synchronized (toServer) {
            toServer.write(("Content-Length: " + b.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            toServer.write(b);
            toServer.flush();
        }
    }

    @Override
    public void close() {
        try {
            get(server.shutdown());
            server.exit();
            get(serverImpl.exited());
        } finally {
            try {
                toServer.close();
                toClient.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
