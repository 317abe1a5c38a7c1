// The transport floor for a JVM language server: LSP4J over stdio, answering every didOpen/didChange
// at once with an empty publishDiagnostics, no analysis at all. bench/peers.sh times it with the same
// harness, flags and edits as dockmentor, so a per-edit target can be checked against what LSP4J on the
// JVM can reach at all.   java -cp server/target/dockmentor.jar bench/floor/NullLsp.java
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

public class NullLsp implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {
    private LanguageClient client;

    public static void main(String[] args) throws Exception {
        NullLsp server = new NullLsp();
        var launcher = LSPLauncher.createServerLauncher(server, new BufferedInputStream(System.in), new BufferedOutputStream(System.out));
        server.connect(launcher.getRemoteProxy());
        launcher.startListening().get();
    }

    @Override public void connect(LanguageClient c) { client = c; }
    @Override public CompletableFuture<InitializeResult> initialize(InitializeParams p) {
        ServerCapabilities caps = new ServerCapabilities();
        caps.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        return CompletableFuture.completedFuture(new InitializeResult(caps));
    }
    @Override public CompletableFuture<Object> shutdown() { return CompletableFuture.completedFuture(null); }
    @Override public void exit() { System.exit(0); }
    @Override public TextDocumentService getTextDocumentService() { return this; }
    @Override public WorkspaceService getWorkspaceService() { return this; }
    @Override public void didOpen(DidOpenTextDocumentParams p) { publish(p.getTextDocument().getUri(), p.getTextDocument().getVersion()); }
    @Override public void didChange(DidChangeTextDocumentParams p) { publish(p.getTextDocument().getUri(), p.getTextDocument().getVersion()); }
    @Override public void didClose(DidCloseTextDocumentParams p) { }
    @Override public void didSave(DidSaveTextDocumentParams p) { }
    @Override public void didChangeConfiguration(DidChangeConfigurationParams p) { }
    @Override public void didChangeWatchedFiles(DidChangeWatchedFilesParams p) { }

    private void publish(String uri, int version) {
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of(), version));
    }
}
