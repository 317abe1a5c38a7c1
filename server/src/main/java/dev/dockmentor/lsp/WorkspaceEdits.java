package dev.dockmentor.lsp;

import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Core edits as a WorkspaceEdit: plain {@code changes} when every edit is in the document itself (or the
 * client cannot take {@code documentChanges}); otherwise {@code documentChanges}, where a file to create
 * comes first as {@code CreateFile} and every edit of an open buffer names that buffer's version, so the
 * editor refuses it rather than apply it to text that changed since the analysis.
 */
final class WorkspaceEdits {
    /** What the client can take, and the version of each open buffer (null when not open). */
    record Support(boolean createFiles, boolean documentChanges, Function<String, Integer> openVersion) {
        static final Support PLAIN = new Support(false, false, uri -> null);
    }

    private WorkspaceEdits() {}

    static WorkspaceEdit of(List<TextEdit> edits, Document doc) {
        return of(edits, doc, Support.PLAIN);
    }

    static WorkspaceEdit of(List<TextEdit> edits, Document doc, Support support) {
        Map<String, List<org.eclipse.lsp4j.TextEdit>> byUri = new LinkedHashMap<>();
        List<String> created = new ArrayList<>();
        for (TextEdit e : edits) {
            String uri = Convert.uri(e.path(), doc);
            if (e.create() && !created.contains(uri)) created.add(uri);
            byUri.computeIfAbsent(uri, k -> new ArrayList<>())
                    .add(new org.eclipse.lsp4j.TextEdit(Convert.lsp(e.range()), e.newText()));
        }
        boolean otherFiles = byUri.keySet().stream().anyMatch(u -> !u.equals(doc.uri));
        if (created.isEmpty() && !(otherFiles && support.documentChanges())) return new WorkspaceEdit(byUri);
        List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
        for (Map.Entry<String, List<org.eclipse.lsp4j.TextEdit>> en : byUri.entrySet()) {
            String uri = en.getKey();
            if (created.contains(uri)) {
                CreateFileOptions opts = new CreateFileOptions(false, true);
                changes.add(Either.forRight(new CreateFile(uri, opts)));
            }
            Integer version = uri.equals(doc.uri) ? Integer.valueOf(doc.version) : created.contains(uri) ? null : support.openVersion().apply(uri);
            List<Either<org.eclipse.lsp4j.TextEdit, SnippetTextEdit>> list = new ArrayList<>();
            for (org.eclipse.lsp4j.TextEdit t : en.getValue()) list.add(Either.forLeft(t));
            changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), list)));
        }
        WorkspaceEdit edit = new WorkspaceEdit(changes);
        edit.setChanges(null); // documentChanges only: a client must not see the edits twice
        return edit;
    }
}
