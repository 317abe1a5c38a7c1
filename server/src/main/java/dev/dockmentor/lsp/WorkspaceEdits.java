package dev.dockmentor.lsp;

import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Core edits as a WorkspaceEdit: plain {@code changes} when every edit is a text edit,
 * {@code documentChanges} with {@code CreateFile} + {@code TextDocumentEdit} when one creates a file.
 */
final class WorkspaceEdits {
    private WorkspaceEdits() {}

    static boolean createsFile(List<TextEdit> edits) {
        return edits.stream().anyMatch(TextEdit::create);
    }

    static WorkspaceEdit of(List<TextEdit> edits, Document doc) {
        Map<String, List<org.eclipse.lsp4j.TextEdit>> byUri = new LinkedHashMap<>();
        List<String> created = new ArrayList<>();
        for (TextEdit e : edits) {
            String uri = Convert.uri(e.path(), doc);
            if (e.create() && !created.contains(uri)) created.add(uri);
            byUri.computeIfAbsent(uri, k -> new ArrayList<>())
                    .add(new org.eclipse.lsp4j.TextEdit(Convert.lsp(e.range()), e.newText()));
        }
        if (created.isEmpty()) return new WorkspaceEdit(byUri);
        List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
        for (Map.Entry<String, List<org.eclipse.lsp4j.TextEdit>> en : byUri.entrySet()) {
            String uri = en.getKey();
            if (created.contains(uri)) {
                CreateFileOptions opts = new CreateFileOptions(false, true);
                changes.add(Either.forRight(new CreateFile(uri, opts)));
            }
            Integer version = uri.equals(doc.uri) ? doc.version : null;
            List<Either<org.eclipse.lsp4j.TextEdit, SnippetTextEdit>> list = new ArrayList<>();
            for (org.eclipse.lsp4j.TextEdit t : en.getValue()) list.add(Either.forLeft(t));
            changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), list)));
        }
        return new WorkspaceEdit(changes);
    }
}
