package dev.dockmentor.lsp;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.DockerfileParser;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.project.FileClassifier;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.text.LineIndex;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One open editor buffer at one version. Immutable: every change makes a new one, so a worker
 * that took a snapshot never sees a half-applied edit. The parse is computed at most once.
 */
final class Document {
    final String uri;
    final String languageId;
    final int version;
    final String text;
    final Path path;          // null for non-file URIs (untitled:, ...)
    final FileKind kind;      // null when dockmentor does not analyse this document
    private volatile LineIndex lines;
    private volatile Dockerfile dockerfile;
    private volatile ComposeFile compose;

    Document(String uri, String languageId, int version, String text) {
        this.uri = uri;
        this.languageId = languageId == null ? "" : languageId;
        this.version = version;
        this.text = text == null ? "" : text;
        this.path = toPath(uri);
        this.kind = kindOf(this.languageId, uri);
    }

    Document withText(int newVersion, String newText) {
        return new Document(uri, languageId, newVersion, newText);
    }

    LineIndex lines() {
        LineIndex l = lines;
        if (l == null) lines = l = new LineIndex(text);
        return l;
    }

    /** The parsed Dockerfile, or null when this is not one or it is too large to parse. */
    Dockerfile dockerfile() {
        if (kind != FileKind.DOCKERFILE || text.length() > Analyzer.MAX_CHARS) return null;
        Dockerfile d = dockerfile;
        if (d == null) dockerfile = d = DockerfileParser.parse(text);
        return d;
    }

    /** This compose file as written (not merged), or null when this is not one or it is too large. */
    ComposeFile compose() {
        if (kind != FileKind.COMPOSE || text.length() > Analyzer.MAX_CHARS) return null;
        ComposeFile c = compose;
        if (c == null) compose = c = ComposeFile.parse(pathString(), text);
        return c;
    }

    /** The path string the analysis and its edits use; null for non-file documents. */
    String pathString() {
        return path == null ? null : path.toString();
    }

    static Path toPath(String uri) {
        try {
            URI u = new URI(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) return null;
            return Path.of(u).toAbsolutePath().normalize();
        } catch (Exception e) {
            return null;
        }
    }

    static String fileName(String uri) {
        String s = uri;
        int q = s.indexOf('?');
        if (q >= 0) s = s.substring(0, q);
        int slash = s.lastIndexOf('/');
        s = slash >= 0 ? s.substring(slash + 1) : s;
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** Language id first (any editor that knows Docker), then the file name (any editor at all). */
    static FileKind kindOf(String languageId, String uri) {
        Optional<FileKind> byName = FileClassifier.classify(fileName(uri));
        switch (languageId.toLowerCase(Locale.ROOT)) {
            case "dockerfile", "containerfile":
                return FileKind.DOCKERFILE;
            case "dockercompose", "docker-compose", "compose":
                return FileKind.COMPOSE;
            case "yaml", "yml":
                return byName.filter(k -> k == FileKind.COMPOSE).orElse(null);
            default:
                return byName.orElse(null);
        }
    }
}
