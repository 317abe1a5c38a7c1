package dev.dockmentor.lsp;

import dev.dockmentor.project.FileClassifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RelativePattern;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Dynamic {@code workspace/didChangeWatchedFiles} registration: the files every analysis may read
 * (Dockerfiles, compose files and overrides, .env, .dockerignore, config), then, as analyses report
 * them, any other file a compose project reads (a {@code build.dockerfile: docker/api.build}).
 */
final class FileWatchers {
    static final String METHOD = "workspace/didChangeWatchedFiles";
    /** Beyond this many extra files, the base patterns (and open buffers) have to do. */
    static final int MAX_EXTRA = 500;
    private static final List<String> BASE = base();

    private final Set<Path> watched = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ids = new AtomicInteger();
    private final Log log;
    private volatile LanguageClient client;
    private volatile boolean relativePatterns;

    FileWatchers(Log log) {
        this.log = log;
    }

    private static List<String> base() {
        List<String> out = new ArrayList<>();
        for (String g : FileClassifier.DOCKERFILE_GLOBS) out.add("**/" + g);
        for (String g : FileClassifier.COMPOSE_GLOBS) out.add("**/" + g);
        out.addAll(List.of("**/.dockerignore", "**/*.dockerignore", "**/.env", "**/.env.*",
                "**/.dockmentor.{yaml,yml}", "**/.hadolint.{yaml,yml}"));
        return List.copyOf(out);
    }

    /** Registers the base patterns; from now on {@link #ensure} registers what they miss. */
    void start(LanguageClient c, boolean relativePatternSupport) {
        this.client = c;
        this.relativePatterns = relativePatternSupport;
        List<FileSystemWatcher> w = new ArrayList<>();
        for (String g : BASE) w.add(new FileSystemWatcher(Either.forLeft(g)));
        register("dockmentor-watch", w);
    }

    /** Watches those of these files the base patterns do not cover (once each). */
    void ensure(Collection<Path> files) {
        if (client == null) return;
        List<FileSystemWatcher> w = new ArrayList<>();
        for (Path p : files) {
            if (p == null || p.getFileName() == null || covered(p.getFileName().toString()) || watched.size() >= MAX_EXTRA
                    || !watched.add(p)) continue;
            String name = p.getFileName().toString();
            Path dir = p.getParent();
            if (relativePatterns && dir != null) {
                w.add(new FileSystemWatcher(Either.forRight(new RelativePattern(Either.forRight(dir.toUri().toString()), name))));
            } else {
                w.add(new FileSystemWatcher(Either.forLeft("**/" + name)));
            }
        }
        if (!w.isEmpty()) register("dockmentor-watch-" + ids.incrementAndGet(), w);
    }

    static boolean covered(String fileName) {
        return FileClassifier.classify(fileName).isPresent() || fileName.endsWith(".dockerignore") || fileName.equals(".env")
                || fileName.startsWith(".env.") || ConfigResolver.isConfigFile(fileName);
    }

    private void register(String id, List<FileSystemWatcher> w) {
        LanguageClient c = client;
        if (c == null) return;
        try {
            c.registerCapability(new RegistrationParams(List.of(new Registration(id, METHOD,
                    new DidChangeWatchedFilesRegistrationOptions(w))))).exceptionally(e -> {
                        log.warn("file watching not registered: " + e);
                        return null;
                    });
        } catch (RuntimeException e) {
            log.warn("file watching not registered: " + e);
        }
    }
}
