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
                some += s.scheduler.pathChanged(path);
            }
            if (all) relint();
            else if (some > 0) s.refreshPull();
        } catch (RuntimeException e) {
            s.log.error("didChangeWatchedFiles failed: " + e);
        }
    }

    private void relint() {
        s.configs.invalidate();
        s.scheduler.scheduleAll();
        s.refreshPull();
    }
}
