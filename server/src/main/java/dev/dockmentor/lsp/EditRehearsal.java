package dev.dockmentor.lsp;

import dev.dockmentor.engine.Cancel;
import java.io.Writer;
import java.nio.file.Path;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;

/**
 * One typed character taken through the server's whole edit path, out of the editor's sight: the didChange
 * JSON parsed as the reader thread parses it, applied to a private store, analysed as the scheduler analyses
 * a document (configuration lookup, side files through the disk probe), converted and serialised as a publish.
 *
 * <p>Why: the warm-up's core rounds compile the analysis, but the code around it runs once per edit, and C1
 * compiles a method only after ~200 calls, so it stayed interpreted for the user's first ~200 keystrokes.
 * Nothing is written and no file is read: the sample's folder does not exist, so the lookups are stats.
 */
final class EditRehearsal {
    private final MessageJsonHandler json = ServerLauncher.jsonHandler();
    private final DocumentStore store = new DocumentStore();
    private final DocumentAnalyzer analyzer;
    private final String uri;
    /** The URI as a JSON string, for the didChange text. */
    private final String uriJson;
    private final String sample;
    private int version;

    EditRehearsal(DocumentAnalyzer analyzer, Path path, String sample) {
        this.analyzer = analyzer;
        this.uri = path.toUri().toString();
        this.uriJson = json.getGson().toJson(uri);
        this.sample = sample;
    }

    /** One edit, from JSON in to JSON out; throws CancellationException when {@code cancel} says so. */
    Analysis run(Cancel cancel) {
        Document cur = store.get(uri).orElse(null);
        if (cur == null || cur.text.length() > sample.length() + 200) cur = store.open(uri, "dockerfile", version, sample);
        int line = 0;
        for (int i = 0; i < cur.text.length(); i++) if (cur.text.charAt(i) == '\n') line++;
        int col = cur.text.length() - cur.text.lastIndexOf('\n') - 1;
        String pos = "{\"line\":" + line + ",\"character\":" + col + "}";
        NotificationMessage in = (NotificationMessage) json.parseMessage("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\","
                + "\"params\":{\"textDocument\":{\"uri\":" + uriJson + ",\"version\":" + (++version) + "},"
                + "\"contentChanges\":[{\"range\":{\"start\":" + pos + ",\"end\":" + pos + "},\"text\":\"#\"}]}}");
        DidChangeTextDocumentParams p = (DidChangeTextDocumentParams) in.getParams();
        Document doc = store.change(uri, p.getTextDocument().getVersion(), DocumentService.changes(p)).orElseThrow();
        Analysis a = analyzer.analyze(doc, cancel);
        NotificationMessage out = new NotificationMessage();
        out.setMethod("textDocument/publishDiagnostics");
        out.setParams(new PublishDiagnosticsParams(uri, Convert.diagnostics(a), a.version()));
        json.serialize(out, Writer.nullWriter());
        return a;
    }
}
