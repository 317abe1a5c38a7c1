package dev.dockmentor.lsp;

import dev.dockmentor.rules.FileKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * textDocument/*: sync on the reader thread (cheap), everything else on the analysis pool.
 * A request about an unknown or closed document answers empty; a failure answers empty and is logged.
 */
final class DocumentService implements TextDocumentService {
    private final DockmentorServer s;

    DocumentService(DockmentorServer server) {
        this.s = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams p) {
        guard("didOpen", () -> {
            var td = p.getTextDocument();
            Document d = s.store.open(td.getUri(), td.getLanguageId(), td.getVersion(), td.getText());
            if (d.kind != null) s.scheduler.schedule(d);
            else sideFileChanged(d);
            dependentsOf(d.path);
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams p) {
        guard("didChange", () -> {
            Optional<Document> d = s.store.change(p.getTextDocument().getUri(), p.getTextDocument().getVersion(), changes(p));
            if (d.isEmpty()) s.log.warn("didChange for a document that is not open: " + p.getTextDocument().getUri());
            d.ifPresent(doc -> {
                if (doc.kind != null) s.scheduler.schedule(doc);
                else sideFileChanged(doc);
                dependentsOf(doc.path);
            });
        });
    }

    /** The store's form of a didChange's edits (null entries skipped). */
    static List<DocumentStore.Change> changes(DidChangeTextDocumentParams p) {
        List<DocumentStore.Change> changes = new ArrayList<>();
        for (TextDocumentContentChangeEvent e : p.getContentChanges()) {
            if (e == null) continue;
            changes.add(e.getRange() == null ? new DocumentStore.Change(null, null, e.getText())
                    : new DocumentStore.Change(Convert.core(e.getRange().getStart()), Convert.core(e.getRange().getEnd()), e.getText()));
        }
        return changes;
    }

    @Override
    public void didClose(DidCloseTextDocumentParams p) {
        guard("didClose", () -> {
            String uri = p.getTextDocument().getUri();
            Optional<Document> d = s.store.close(uri);
            s.scheduler.forget(uri);
            if (d.isPresent() && d.get().kind != null && s.push && s.client != null) {
                s.client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
            }
            if (d.isPresent() && d.get().kind == null) sideFileChanged(d.get());
            d.ifPresent(doc -> dependentsOf(doc.path)); // the file on disk counts again
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams p) {
        guard("didSave", () -> s.store.get(p.getTextDocument().getUri()).filter(d -> d.kind == null).ifPresent(this::sideFileChanged));
    }

    /** An open buffer is what the project reads for its path: documents that read it are analysed again. */
    private void dependentsOf(java.nio.file.Path path) {
        if (s.scheduler.pathChanged(path) > 0) s.refreshPull();
    }

    /** A .dockerignore, .env or config buffer changed: what it governs is linted again. */
    private void sideFileChanged(Document d) {
        String name = Document.fileName(d.uri);
        if (name.endsWith(".dockerignore") || name.startsWith(".env") || ConfigResolver.isConfigFile(name)) {
            s.scheduler.scheduleAll();
            s.refreshPull();
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams p) {
        return withAnalysis(p.getTextDocument(), null, a -> Hovers.hover(a, Convert.core(p.getPosition()), s.files, s.commandLinks));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams p) {
        return withAnalysis(p.getTextDocument(), List.of(), a -> {
            var ctx = p.getContext();
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            for (CodeAction ca : CodeActions.actions(a, Convert.core(p.getRange()), ctx == null ? null : ctx.getDiagnostics(),
                    ctx == null ? null : ctx.getOnly(), editSupport())) {
                out.add(Either.forRight(ca));
            }
            return out;
        });
    }

    private WorkspaceEdits.Support editSupport() {
        return new WorkspaceEdits.Support(s.support.createFiles(), s.support.documentChanges(),
                uri -> s.store.get(uri).map(d -> d.version).orElse(null));
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams p) {
        DocumentDiagnosticReport empty = new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of()));
        return withAnalysis(p.getTextDocument(), empty,
                a -> new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(Convert.diagnostics(a, s.settings().docsBaseUrl()))));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams p) {
        return withDocument(p.getTextDocument(), List.of(), d -> {
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            List<DocumentSymbol> syms = d.kind == FileKind.COMPOSE ? ComposeNav.symbols(d) : Navigation.symbols(d);
            if (s.support.hierarchicalSymbols()) for (DocumentSymbol ds : syms) out.add(Either.forRight(ds));
            else flatten(d.uri, syms, null, out);
            return out;
        });
    }

    @SuppressWarnings("deprecation")
    private static void flatten(String uri, List<DocumentSymbol> syms, String container, List<Either<SymbolInformation, DocumentSymbol>> out) {
        for (DocumentSymbol ds : syms) {
            out.add(Either.forLeft(new SymbolInformation(ds.getName(), ds.getKind(), new Location(uri, ds.getRange()), container)));
            if (ds.getChildren() != null) flatten(uri, ds.getChildren(), ds.getName(), out);
        }
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams p) {
        return withDocument(p.getTextDocument(), Either.forLeft(List.of()),
                d -> Either.forLeft(d.kind == FileKind.COMPOSE ? ComposeNav.definition(d, s.files, () -> project(d), Convert.core(p.getPosition()))
                        : Navigation.definition(d, Convert.core(p.getPosition()))));
    }

    @Override
    public CompletableFuture<List<org.eclipse.lsp4j.FoldingRange>> foldingRange(org.eclipse.lsp4j.FoldingRangeRequestParams p) {
        return withDocument(p.getTextDocument(), List.of(), d -> {
            List<org.eclipse.lsp4j.FoldingRange> out = new ArrayList<>();
            var folds = d.kind == FileKind.COMPOSE ? dev.dockmentor.ide.Folding.of(d.compose()) : dev.dockmentor.ide.Folding.of(d.dockerfile());
            for (var f : folds) {
                var r = new org.eclipse.lsp4j.FoldingRange(f.startLine(), f.endLine());
                if (f.comment()) r.setKind(org.eclipse.lsp4j.FoldingRangeKind.Comment);
                out.add(r);
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<? extends org.eclipse.lsp4j.TextEdit>> formatting(org.eclipse.lsp4j.DocumentFormattingParams p) {
        return withDocument(p.getTextDocument(), List.of(), d -> format(d, null, p.getOptions()));
    }

    @Override
    public CompletableFuture<List<? extends org.eclipse.lsp4j.TextEdit>> rangeFormatting(org.eclipse.lsp4j.DocumentRangeFormattingParams p) {
        // Without a range there is nothing to format (not the whole file: the user asked for part of it).
        return withDocument(p.getTextDocument(), List.of(), d -> p.getRange() == null ? List.of() : format(d, Convert.core(p.getRange()), p.getOptions()));
    }

    /**
     * A Dockerfile's formatting edits (the whole file when {@code range} is null). A compose file gets none: its
     * comments, anchors and quoting would have to survive byte for byte, which a YAML round trip does not promise.
     */
    private List<org.eclipse.lsp4j.TextEdit> format(Document d, dev.dockmentor.text.Range range, org.eclipse.lsp4j.FormattingOptions o) {
        if (d.kind != FileKind.DOCKERFILE || d.dockerfile() == null) return List.of();
        var options = o == null ? dev.dockmentor.ide.Formatting.Options.DEFAULT : dev.dockmentor.ide.Formatting.Options.of(o.getTabSize(), o.isInsertSpaces());
        var edits = range == null ? dev.dockmentor.ide.Formatting.document(d.dockerfile(), options)
                : dev.dockmentor.ide.Formatting.range(d.dockerfile(), range, options);
        List<org.eclipse.lsp4j.TextEdit> out = new ArrayList<>();
        for (var e : edits) out.add(new org.eclipse.lsp4j.TextEdit(Convert.lsp(e.range()), e.newText()));
        return out;
    }

    @Override
    public CompletableFuture<List<org.eclipse.lsp4j.DocumentLink>> documentLink(org.eclipse.lsp4j.DocumentLinkParams p) {
        return withDocument(p.getTextDocument(), List.of(), d -> {
            List<org.eclipse.lsp4j.DocumentLink> out = new ArrayList<>();
            var links = d.kind == FileKind.COMPOSE ? dev.dockmentor.ide.Links.of(d.compose(), s.files) : dev.dockmentor.ide.Links.of(d.dockerfile());
            for (var l : links) {
                String target = l.file() ? java.nio.file.Path.of(l.target()).toUri().toString() : l.target();
                out.add(new org.eclipse.lsp4j.DocumentLink(Convert.lsp(l.range()), target));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SignatureHelp> signatureHelp(org.eclipse.lsp4j.SignatureHelpParams p) {
        return withDocument(p.getTextDocument(), null, d -> {
            if (d.kind != FileKind.DOCKERFILE || d.dockerfile() == null) return null;
            dev.dockmentor.text.Position pos = Convert.core(p.getPosition());
            int cursor = d.lines().offset(pos);
            for (var i : d.dockerfile().instructions) {
                if (pos.line() < i.startLine || pos.line() > i.endLine || cursor < i.startOffset) continue;
                String before = d.text.substring(i.startOffset, Math.min(cursor, d.text.length())).replaceAll("\\\\\r?\n", " ");
                var sig = dev.dockmentor.ide.Signatures.at(before);
                if (sig == null) return null;
                String locale = s.analyzer.locale(d);
                var info = new org.eclipse.lsp4j.SignatureInformation(sig.label());
                info.setDocumentation(new org.eclipse.lsp4j.MarkupContent("markdown", sig.documentation().get(locale)));
                List<org.eclipse.lsp4j.ParameterInformation> params = new ArrayList<>();
                for (String prm : sig.parameters()) params.add(new org.eclipse.lsp4j.ParameterInformation(prm));
                info.setParameters(params);
                return new org.eclipse.lsp4j.SignatureHelp(List.of(info), 0, sig.active());
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SemanticTokens> semanticTokensFull(org.eclipse.lsp4j.SemanticTokensParams p) {
        return withDocument(p.getTextDocument(), new org.eclipse.lsp4j.SemanticTokens(List.of()), d -> {
            // Compose files are YAML: the client's YAML grammar colours them; a Dockerfile's meaning is BuildKit's.
            if (d.kind != FileKind.DOCKERFILE) return new org.eclipse.lsp4j.SemanticTokens(List.of());
            List<Integer> data = new ArrayList<>();
            int line = 0, start = 0;
            for (var t : dev.dockmentor.ide.SemanticTokens.of(d.dockerfile())) {
                data.add(t.line() - line);
                data.add(t.line() == line ? t.start() - start : t.start());
                data.add(t.length());
                data.add(t.type());
                data.add(0);
                line = t.line();
                start = t.start();
            }
            return new org.eclipse.lsp4j.SemanticTokens(data);
        });
    }

    @Override
    public CompletableFuture<List<org.eclipse.lsp4j.InlayHint>> inlayHint(org.eclipse.lsp4j.InlayHintParams p) {
        return withDocument(p.getTextDocument(), List.of(), d -> {
            String locale = s.analyzer.locale(d);
            var hints = d.kind == FileKind.COMPOSE ? dev.dockmentor.ide.InlayHints.of(d.compose(), project(d).env, locale)
                    : dev.dockmentor.ide.InlayHints.of(d.dockerfile(), dev.dockmentor.kb.KnowledgeBase.get(), locale);
            dev.dockmentor.text.Range in = p.getRange() == null ? null : Convert.core(p.getRange());
            List<org.eclipse.lsp4j.InlayHint> out = new ArrayList<>();
            for (var h : hints) {
                if (in != null && !in.contains(h.at())) continue;
                out.add(new org.eclipse.lsp4j.InlayHint(Convert.lsp(h.at()), Either.forLeft(h.label())));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(org.eclipse.lsp4j.ReferenceParams p) {
        boolean decl = p.getContext() == null || p.getContext().isIncludeDeclaration();
        return withDocument(p.getTextDocument(), List.of(),
                d -> Names.references(d, Names.table(d, () -> project(d)), Convert.core(p.getPosition()), decl));
    }

    @Override
    public CompletableFuture<List<? extends org.eclipse.lsp4j.DocumentHighlight>> documentHighlight(org.eclipse.lsp4j.DocumentHighlightParams p) {
        return withDocument(p.getTextDocument(), List.of(), d -> Names.highlights(d, Names.table(d, () -> project(d)), Convert.core(p.getPosition())));
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.jsonrpc.messages.Either3<org.eclipse.lsp4j.Range, org.eclipse.lsp4j.PrepareRenameResult,
            org.eclipse.lsp4j.PrepareRenameDefaultBehavior>> prepareRename(org.eclipse.lsp4j.PrepareRenameParams p) {
        return named(p.getTextDocument(), d -> org.eclipse.lsp4j.jsonrpc.messages.Either3.forSecond(
                Names.prepare(d, Names.table(d, () -> project(d)), Convert.core(p.getPosition()), s.analyzer.locale(d))));
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.WorkspaceEdit> rename(org.eclipse.lsp4j.RenameParams p) {
        return named(p.getTextDocument(), d -> Names.rename(d, Names.table(d, () -> project(d)), Convert.core(p.getPosition()), p.getNewName(),
                s.analyzer.locale(d)));
    }

    /**
     * A rename request: its refusal (nothing to rename, an invalid or taken name) reaches the client as the error
     * it shows, not as an empty answer.
     */
    private <T> CompletableFuture<T> named(TextDocumentIdentifier id, Function<Document, T> work) {
        Optional<Document> d = id == null ? Optional.empty() : s.store.get(id.getUri());
        if (d.isEmpty() || d.get().kind == null) return CompletableFuture.completedFuture(null);
        return s.scheduler.async(() -> work.apply(d.get()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams p) {
        return withDocument(p.getTextDocument(), Either.forLeft(List.of()),
                d -> Either.forLeft(d.kind == FileKind.COMPOSE
                        ? ComposeCompletion.complete(d, Convert.core(p.getPosition()), s.analyzer.locale(d), projectServices(d))
                        : Completions.complete(d, Convert.core(p.getPosition()), s.analyzer.locale(d))));
    }

    /** Services of the compose project around this file (base, override, included files); none when it cannot be read. */
    private java.util.Set<String> projectServices(Document d) {
        if (d.text.length() > dev.dockmentor.engine.Analyzer.MAX_CHARS) return java.util.Set.of();
        try {
            return project(d).model.services.keySet();
        } catch (RuntimeException e) {
            return java.util.Set.of();
        }
    }

    /** The compose project around this snapshot, reusing its kept analysis's when there is one. */
    private dev.dockmentor.compose.ComposeProject project(Document d) {
        return ComposeNav.project(d, s.scheduler.last(d.uri), s.files);
    }

    private <T> CompletableFuture<T> withDocument(TextDocumentIdentifier id, T empty, Function<Document, T> work) {
        Optional<Document> d = id == null ? Optional.empty() : s.store.get(id.getUri());
        if (d.isEmpty() || d.get().kind == null) return CompletableFuture.completedFuture(empty);
        return recover(s.scheduler.async(() -> work.apply(d.get())), empty);
    }

    private <T> CompletableFuture<T> withAnalysis(TextDocumentIdentifier id, T empty, Function<Analysis, T> work) {
        Optional<Document> d = id == null ? Optional.empty() : s.store.get(id.getUri());
        if (d.isEmpty() || d.get().kind == null) return CompletableFuture.completedFuture(empty);
        return recover(s.scheduler.analysisOf(d.get()).thenApply(work), empty);
    }

    private <T> CompletableFuture<T> recover(CompletableFuture<T> f, T empty) {
        return f.exceptionally(e -> {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            if (!(cause instanceof java.util.concurrent.CancellationException)) s.log.error("request failed: " + e);
            return empty; // a request about a snapshot edited since answers empty
        });
    }

    private void guard(String what, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            s.log.error(what + " failed: " + e);
        }
    }
}
