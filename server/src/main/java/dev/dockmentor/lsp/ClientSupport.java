package dev.dockmentor.lsp;

import java.util.Optional;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/** What the client said it can do, read null-safely (clients omit most of it). */
record ClientSupport(ClientCapabilities caps) {
    static final ClientSupport NONE = new ClientSupport(new ClientCapabilities());

    private Optional<WorkspaceClientCapabilities> ws() {
        return Optional.ofNullable(caps).map(ClientCapabilities::getWorkspace);
    }

    private Optional<TextDocumentClientCapabilities> td() {
        return Optional.ofNullable(caps).map(ClientCapabilities::getTextDocument);
    }

    boolean configuration() {
        return ws().map(WorkspaceClientCapabilities::getConfiguration).orElse(false);
    }

    boolean pullDiagnostics() {
        return td().map(TextDocumentClientCapabilities::getDiagnostic).isPresent();
    }

    boolean diagnosticRefresh() {
        return ws().map(WorkspaceClientCapabilities::getDiagnostics).map(d -> Boolean.TRUE.equals(d.getRefreshSupport())).orElse(false);
    }

    boolean createFiles() {
        return ws().map(WorkspaceClientCapabilities::getWorkspaceEdit)
                .map(e -> Boolean.TRUE.equals(e.getDocumentChanges()) && e.getResourceOperations() != null
                        && e.getResourceOperations().contains(ResourceOperationKind.Create))
                .orElse(false);
    }

    boolean documentChanges() {
        return ws().map(WorkspaceClientCapabilities::getWorkspaceEdit).map(e -> Boolean.TRUE.equals(e.getDocumentChanges())).orElse(false);
    }

    boolean hierarchicalSymbols() {
        return td().map(TextDocumentClientCapabilities::getDocumentSymbol)
                .map(s -> Boolean.TRUE.equals(s.getHierarchicalDocumentSymbolSupport())).orElse(false);
    }

    boolean watchedFilesRegistration() {
        return ws().map(WorkspaceClientCapabilities::getDidChangeWatchedFiles)
                .map(w -> Boolean.TRUE.equals(w.getDynamicRegistration())).orElse(false);
    }

    boolean relativePatterns() {
        return ws().map(WorkspaceClientCapabilities::getDidChangeWatchedFiles)
                .map(w -> Boolean.TRUE.equals(w.getRelativePatternSupport())).orElse(false);
    }
}
