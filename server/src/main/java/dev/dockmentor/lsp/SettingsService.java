package dev.dockmentor.lsp;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/** workspace/*: the editor's {@code dockmentor} settings and watched files; both re-lint open documents. */
final class SettingsService implements WorkspaceService {
    private final DockmentorServer s;

    SettingsService(DockmentorServer server) {
        this.s = server;
    }

    /** Asks the client for the {@code dockmentor} section; never blocks the reader thread. */
    void fetchConfiguration() {
        if (s.client == null) return;
        ConfigurationItem item = new ConfigurationItem();
        item.setSection("dockmentor");
        s.client.configuration(new ConfigurationParams(List.of(item))).thenAccept(list -> {
            s.workspaceSettings = list == null || list.isEmpty() ? EditorSettings.EMPTY : EditorSettings.from(list.get(0));
            relint();
        }).exceptionally(e -> {
            s.log.warn("workspace/configuration failed: " + e);
            return null;
        });
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams p) {
        try {
            if (s.support.configuration()) {
                fetchConfiguration();
            } else {
                s.workspaceSettings = EditorSettings.from(p == null ? null : p.getSettings());
                relint();
            }
        } catch (RuntimeException e) {
            s.log.error("didChangeConfiguration failed: " + e);
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams p) {
        try {
            boolean all = false;
            int some = 0;
            for (FileEvent e : p == null || p.getChanges() == null ? List.<FileEvent>of() : p.getChanges()) {
                if (e == null || e.getUri() == null) continue;
                Path path = Document.toPath(e.getUri());
                if (path == null || s.store.byPath(path).isPresent()) continue; // the open buffer wins over the disk
                String name = path.getFileName() == null ? "" : path.getFileName().toString();
                if (name.endsWith(".dockerignore") || ConfigResolver.isConfigFile(name)) all = true;
                some += s.scheduler.pathChanged(path, e.getType() != org.eclipse.lsp4j.FileChangeType.Changed);
            }
            if (all) relint();
            else if (some > 0) s.refreshPull();
        } catch (RuntimeException e) {
            s.log.error("didChangeWatchedFiles failed: " + e);
        }
    }

    /** The server's commands: {@code dockmentor.explain [ruleId, locale?]} answers the rule's page as Markdown. */
    static final String EXPLAIN = "dockmentor.explain";

    @Override
    public java.util.concurrent.CompletableFuture<Object> executeCommand(org.eclipse.lsp4j.ExecuteCommandParams p) {
        String command = p == null ? null : p.getCommand();
        if (!EXPLAIN.equals(command)) {
            return java.util.concurrent.CompletableFuture.failedFuture(new org.eclipse.lsp4j.jsonrpc.ResponseErrorException(
                    new org.eclipse.lsp4j.jsonrpc.messages.ResponseError(org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode.InvalidParams,
                            "unknown command: " + command, null)));
        }
        List<Object> args = p.getArguments() == null ? List.of() : p.getArguments();
        String id = args.isEmpty() ? null : text(args.get(0));
        String locale = args.size() > 1 ? text(args.get(1)) : null;
        if (locale == null || locale.isBlank()) locale = s.effectiveLocale();
        String resolved = id == null ? null : dev.dockmentor.engine.RuleRegistry.get().resolve(id.strip());
        var page = resolved == null ? java.util.Optional.<dev.dockmentor.docs.RulePage>empty() : dev.dockmentor.docs.RuleDocs.page(resolved, locale);
        if (page.isEmpty()) {
            return java.util.concurrent.CompletableFuture.failedFuture(new org.eclipse.lsp4j.jsonrpc.ResponseErrorException(
                    new org.eclipse.lsp4j.jsonrpc.messages.ResponseError(org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode.InvalidParams,
                            "no such rule: " + id, null)));
        }
        return java.util.concurrent.CompletableFuture.completedFuture(page.get().markdown());
    }

    /** A command argument as text: a JSON string (Gson element) or a plain string. */
    private static String text(Object o) {
        if (o instanceof com.google.gson.JsonPrimitive j && j.isString()) return j.getAsString();
        if (o instanceof String str) return str;
        return o == null ? null : o.toString().replace("\"", "");
    }

    private void relint() {
        s.configs.invalidate();
        s.scheduler.scheduleAll();
        s.refreshPull();
    }
}
