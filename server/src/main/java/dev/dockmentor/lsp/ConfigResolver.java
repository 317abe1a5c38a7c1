package dev.dockmentor.lsp;

import dev.dockmentor.config.Config;
import dev.dockmentor.config.ConfigException;
import dev.dockmentor.config.ConfigLoader;
import dev.dockmentor.project.FileProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configuration governing a document: the editor's settings, overlaid by the
 * {@code .dockmentor.yaml} (or {@code .hadolint.yaml}) found from the file upward, which wins for
 * its folder. An open, unsaved config buffer counts. Parsed files are cached by stamp.
 */
final class ConfigResolver {
    /** The config to use, and the problem with the file config (null when fine). */
    record Resolved(Config config, ConfigException problem) {}

    private record Cached(String stamp, Config config, ConfigException problem) {}

    private final DocumentStore store;
    private final FileProbe disk;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    ConfigResolver(DocumentStore store, FileProbe disk) {
        this.store = store;
        this.disk = disk;
    }

    Resolved resolve(Document doc, EditorSettings editor) {
        Config base = editor.toConfig();
        if (doc.path == null) return new Resolved(base, null);
        Optional<Path> file;
        try {
            file = ConfigLoader.find(doc.path, disk);
        } catch (RuntimeException e) {
            return new Resolved(base, null);
        }
        if (file.isEmpty()) return new Resolved(base, null);
        Cached c = load(file.get());
        if (c.problem != null) return new Resolved(base, c.problem);
        return new Resolved(base.overlay(c.config), null);
    }

    private Cached load(Path file) {
        Optional<Document> open = store.byPath(file);
        String stamp;
        try {
            stamp = open.map(d -> "v" + d.version + ":" + d.text.hashCode())
                    .orElse("m" + Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file));
        } catch (Exception e) {
            stamp = "?";
        }
        Cached c = cache.get(file);
        if (c != null && c.stamp.equals(stamp)) return c;
        try {
            Config cfg = open.isPresent() ? ConfigLoader.parse(file, open.get().text) : ConfigLoader.load(file);
            c = new Cached(stamp, cfg, null);
        } catch (ConfigException e) {
            c = new Cached(stamp, null, e);
        } catch (RuntimeException e) {
            c = new Cached(stamp, null, new ConfigException(file, -1, "cannot use configuration: " + e));
        }
        cache.put(file, c);
        return c;
    }

    void invalidate() {
        cache.clear();
    }

    static boolean isConfigFile(String fileName) {
        return ConfigLoader.NAMES.contains(fileName) || ConfigLoader.HADOLINT_NAMES.contains(fileName);
    }
}
