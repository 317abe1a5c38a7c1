package dev.dockmentor.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.engine.RuleRegistry;
import dev.dockmentor.engine.Warmup;
import dev.dockmentor.project.FileProbe;
import dev.dockmentor.project.SettledDirectoryProbe;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The dockmentor language server: lifecycle, capabilities, settings; the services do the rest. */
public final class DockmentorServer implements LanguageServer, LanguageClientAware {
    final DocumentStore store = new DocumentStore();
    final Log log;
    /** What exists on disk, remembered per folder while it is unchanged: every edit asks the same. */
    final FileProbe disk = new SettledDirectoryProbe(FileProbe.DISK, System::currentTimeMillis);
    final ConfigResolver configs = new ConfigResolver(store, disk);
    final OverlayFiles files = new OverlayFiles(store, disk);
    final DocumentAnalyzer analyzer;
    final DiagnosticsScheduler scheduler;
    final FileWatchers watchers;
    private final DocumentService documents;
    private final SettingsService workspace;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    volatile LanguageClient client;
    volatile ClientSupport support = ClientSupport.NONE;
    volatile EditorSettings initSettings = EditorSettings.EMPTY;
    volatile EditorSettings workspaceSettings = EditorSettings.EMPTY;
    volatile String clientLocale;
    volatile boolean commandLinks;
    volatile boolean push = true;
    private volatile boolean shutdown;

    public DockmentorServer(PrintStream err) {
        this.log = new Log(err);
        Log.routeJavaLogging(log);
        Analyzer core = new Analyzer(RuleRegistry.get(), log::warn);
        this.analyzer = new DocumentAnalyzer(core, files, configs, this::settings, () -> clientLocale);
        this.scheduler = new DiagnosticsScheduler(store, analyzer, this::publish, () -> settings().delay(), log);
        this.watchers = new FileWatchers(log);
        this.documents = new DocumentService(this);
        this.workspace = new SettingsService(this);
    }

    /** Serves LSP on these streams until {@code exit} or end of input; returns the exit status. */
    public static int run(InputStream in, OutputStream out, PrintStream err) {
        DockmentorServer server = new DockmentorServer(err);
        server.startWarmup(WARMUP_ROUNDS);
        Launcher<LanguageClient> launcher = ServerLauncher.create(server, in, out);
        Future<Void> listening = launcher.startListening();
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (Exception ignored) {
                // stream closed or broken
            }
            server.exited.complete(server.shutdown ? 0 : 1);
        }, "dockmentor-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
        int code = server.exited.join();
        server.scheduler.shutdown();
        return code;
    }

    /** Rounds of background warm-up; {@code -Ddockmentor.warmup=0} turns it off. */
    static final int WARMUP_ROUNDS = Integer.getInteger("dockmentor.warmup", 1500);
    /**
     * Quiet time before a warm-up round, and how often the warm-up looks. Short enough to use the gaps between
     * keystrokes (~100–200 ms when typing): with 300 ms, someone who starts typing right after opening a file
     * got no warm-up at all, and a keystroke every 120 ms took a median 3.8–4.2 ms (p95 8–10) instead of
     * 2.1–2.6 ms (p95 3.3–4.2) with 15–80 ms quiet (bench/LspLatencyBench -DgapMs=120, alternating runs).
     */
    static final int WARMUP_QUIET_MS = Integer.getInteger("dockmentor.warmupQuietMs", 50);
    static final int WARMUP_POLL_MS = Integer.getInteger("dockmentor.warmupPollMs", 25);

    /**
     * Warms the JIT (see {@link Warmup}) while the editor is idle: a round runs only when no analysis is
     * pending and nothing was edited or asked for {@link #WARMUP_QUIET_MS}, and it stops between rules as soon as the user
     * does something, so it never competes with real work. About 1,500 rounds (a few seconds of one core,
     * spread over idle time) bring a 20-line Dockerfile's analysis from ~1 ms to ~0.2 ms.
     */
    CompletableFuture<Warmup> startWarmup(int rounds) {
        if (rounds <= 0) return null;
        // Built on its own thread: reading the samples from the jar is ~15 ms the reader thread should not wait for.
        CompletableFuture<Warmup> made = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Warmup w = new Warmup(new Analyzer(RuleRegistry.get(), msg -> { }));
                made.complete(w);
                EditRehearsal edit = null;
                while (!shutdown && w.rounds() < rounds) {
                    long since = scheduler.lastActivity();
                    if (!scheduler.idleFor(WARMUP_QUIET_MS)) {
                        Thread.sleep(WARMUP_POLL_MS);
                        continue;
                    }
                    Cancel stop = () -> shutdown || scheduler.lastActivity() != since;
                    if (w.round(stop::isCancelled) == null) continue;
                    // The edit path around the analysis warms too: JSON in, the store, config and file lookups, JSON out.
                    if (edit == null) edit = new EditRehearsal(analyzer, Warmup.dockerfilePath(), Warmup.sample("Dockerfile"));
                    try {
                        edit.run(stop);
                    } catch (java.util.concurrent.CancellationException e) {
                        // the user acted mid-edit: the next idle moment goes on
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                made.completeExceptionally(e);
                log.warn("warm-up failed (harmless): " + e);
            }
        }, "dockmentor-warmup");
        t.setDaemon(true);
        t.start();
        return made;
    }

    private static String version() {
        String v = DockmentorServer.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-dev";
    }

    /** The locale for text not tied to a file: the editor's dockmentor setting, else the client's UI locale. */
    String effectiveLocale() {
        String l = settings().locale();
        if (l == null) l = clientLocale;
        return l != null && l.toLowerCase(java.util.Locale.ROOT).startsWith("es") ? "es" : "en";
    }

    EditorSettings settings() {
        return initSettings.overlay(workspaceSettings);
    }

    @Override
    public void connect(LanguageClient c) {
        this.client = c;
        log.connect(c);
    }

    /**
     * A message the editor sent that was too large to read ({@link MessageGuard}). The server's copy of the
     * document it carried (an open or an edit) can no longer follow the editor's, so it is dropped, its
     * diagnostics cleared, and the user told why rather than left with stale squiggles.
     */
    void refused(MessageGuard.Oversized o) {
        if (o.bytes() < 0) {
            log.warn("Ignored a message header longer than " + o.limitText());
            return;
        }
        String size = String.format(java.util.Locale.ROOT, "%.1f MB", o.bytes() / 1048576.0);
        String limit = o.limitText();
        String method = o.method() == null ? "a message" : o.method();
        log.warn("Ignored " + method + " of " + size + " (more than " + limit + ")" + (o.uri() == null ? "" : " for " + o.uri()));
        boolean document = o.uri() != null && ("textDocument/didOpen".equals(o.method()) || "textDocument/didChange".equals(o.method()));
        if (!document) return;
        documents.didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(new org.eclipse.lsp4j.TextDocumentIdentifier(o.uri())));
        LanguageClient c = client;
        if (c == null) return;
        String name = o.uri().substring(o.uri().lastIndexOf('/') + 1);
        try {
            c.showMessage(new org.eclipse.lsp4j.MessageParams(org.eclipse.lsp4j.MessageType.Warning, "dockmentor does not analyse " + name
                    + ": the editor sent it as one message of " + size + ", over the " + limit + " dockmentor reads."));
        } catch (RuntimeException e) {
            // client gone
        }
    }

    /** LanguageServer's initialize, for Java callers. The wire calls {@link #initialize(JsonObject)} directly. */
    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams p) {
        Gson gson = new MessageJsonHandler(Map.of()).getGson();
        JsonObject result = initialize(gson.toJsonTree(p).getAsJsonObject());
        return CompletableFuture.completedFuture(gson.fromJson(result, InitializeResult.class));
    }

    /**
     * initialize, read and answered as JSON. Bound through LSP4J's types, the client's capabilities are a tree
     * of ~200 classes and the server's ~50: Gson's reflective adapters for them took ~40 ms of a ~400 ms cold
     * start, for the nine flags {@link ClientSupport} reads and the few the server sends. Tests check this JSON
     * against the same answer built from LSP4J's types.
     */
    JsonObject initialize(JsonObject p) {
        JsonObject params = p != null ? p : new JsonObject();
        support = new ClientSupport(params.get("capabilities") instanceof JsonObject c ? c : new JsonObject());
        clientLocale = params.get("locale") instanceof JsonPrimitive l && l.isString() ? l.getAsString() : null;
        initSettings = EditorSettings.from(params.get("initializationOptions"));
        // A client that runs dockmentor.explainRule from a command: link (the VS Code extension says so) gets links.
        commandLinks = params.get("initializationOptions") instanceof JsonObject io && io.get("commandLinks") instanceof JsonPrimitive cl
                && cl.isBoolean() && cl.getAsBoolean();
        push = !support.pullDiagnostics();
        JsonObject caps = JsonParser.parseString(CAPABILITIES).getAsJsonObject();
        caps.getAsJsonObject("codeActionProvider").getAsJsonArray("codeActionKinds").add(CodeActions.FIX_ALL);
        if (!push) caps.add("diagnosticProvider", JsonParser.parseString(PULL_DIAGNOSTICS));
        JsonObject info = new JsonObject();
        info.addProperty("name", "dockmentor");
        info.addProperty("version", version());
        JsonObject result = new JsonObject();
        result.add("capabilities", caps);
        result.add("serverInfo", info);
        return result;
    }

    private static final String CAPABILITIES = """
            {"textDocumentSync": {"openClose": true, "change": 2, "save": {"includeText": false}},
             "hoverProvider": true, "definitionProvider": true, "documentSymbolProvider": true,
             "referencesProvider": true, "documentHighlightProvider": true, "renameProvider": {"prepareProvider": true},
             "documentFormattingProvider": true, "documentRangeFormattingProvider": true,
             "foldingRangeProvider": true, "documentLinkProvider": {"resolveProvider": false}, "inlayHintProvider": true, "signatureHelpProvider": {"triggerCharacters": [" "]},
             "semanticTokensProvider": {"legend": {"tokenTypes": ["keyword", "parameter", "variable", "string", "comment", "macro"], "tokenModifiers": []}, "full": true},
             "completionProvider": {"resolveProvider": false, "triggerCharacters": ["-", "="]},
             "codeActionProvider": {"codeActionKinds": ["quickfix"]},
             "executeCommandProvider": {"commands": ["dockmentor.explain"]}}""";
    private static final String PULL_DIAGNOSTICS = """
            {"identifier": "dockmentor", "interFileDependencies": true, "workspaceDiagnostics": false}""";

    @Override
    public void initialized(InitializedParams params) {
        if (support.configuration()) workspace.fetchConfiguration();
        if (support.watchedFilesRegistration() && client != null) {
            watchers.start(client, support.relativePatterns());
            scheduler.onDependencies(watchers::ensure);
        }
    }

    /** Sends the diagnostics of a fresh analysis (push mode) and asks pull clients to refresh. */
    private void publish(Analysis a) {
        LanguageClient c = client;
        if (c == null) return;
        if (push) {
            c.publishDiagnostics(new PublishDiagnosticsParams(a.doc().uri, Convert.diagnostics(a, settings().docsBaseUrl()), a.version()));
        }
    }

    void refreshPull() {
        if (!push && support.diagnosticRefresh() && client != null) client.refreshDiagnostics();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        scheduler.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(shutdown ? 0 : 1);
    }

    /** Completes with the exit status once the client sent {@code exit} (or the stream ended, via {@link #run}). */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}
