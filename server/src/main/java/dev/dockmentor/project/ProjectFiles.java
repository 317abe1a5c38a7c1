package dev.dockmentor.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How the analysis reads files beside the one it lints (.dockerignore, Dockerfiles, .env). The
 * CLI reads the disk; the language server overlays the editor's open buffers, which win.
 */
public interface ProjectFiles {
    long MAX_SIDE_FILE = 2 * 1024 * 1024;

    Optional<String> read(Path path);

    boolean exists(Path path);

    /**
     * The names of the regular files in folder {@code dir} that {@code wanted} accepts, sorted; empty when the
     * folder cannot be listed. Rules ask this rarely (on a name no file of the project defines), so it lists afresh.
     */
    default List<String> fileNames(Path dir, Predicate<String> wanted) {
        String[] names = dir == null ? null : dir.toFile().list();
        if (names == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String n : names) if (wanted.test(n) && Files.isRegularFile(dir.resolve(n))) out.add(n);
        Collections.sort(out);
        return out;
    }

    /** A file beside the analysed one, named the way the analysed path was given (relative stays relative). */
    static String display(String analysed, Path other) {
        Path a = Path.of(analysed);
        if (a.isAbsolute()) return other.toString();
        Path parent = a.getParent();
        return parent == null ? other.getFileName().toString() : parent.resolve(other.getFileName()).toString();
    }

    /**
     * Files held in memory (absolute, normalised paths); a folder exists when some file lies under it. Nothing
     * touches the disk: the start-up warm-up and the tests read their projects this way.
     */
    static ProjectFiles inMemory(java.util.Map<Path, String> files) {
        java.util.Map<Path, String> m = java.util.Map.copyOf(files);
        return new ProjectFiles() {
            @Override
            public Optional<String> read(Path path) {
                return Optional.ofNullable(m.get(path.toAbsolutePath().normalize()));
            }

            @Override
            public boolean exists(Path path) {
                Path p = path.toAbsolutePath().normalize();
                return m.keySet().stream().anyMatch(k -> k.equals(p) || k.startsWith(p));
            }

            @Override
            public List<String> fileNames(Path dir, Predicate<String> wanted) {
                Path d = dir.toAbsolutePath().normalize();
                List<String> out = new ArrayList<>();
                for (Path k : m.keySet()) {
                    if (d.equals(k.getParent()) && wanted.test(k.getFileName().toString())) out.add(k.getFileName().toString());
                }
                Collections.sort(out);
                return out;
            }
        };
    }

    /** The disk as {@code probe} sees it: a file it does not know of is not read (no stat, no exception). */
    static ProjectFiles on(FileProbe probe) {
        return new ProjectFiles() {
            @Override
            public Optional<String> read(Path path) {
                return probe.isFile(path) ? DISK.read(path) : Optional.empty();
            }

            @Override
            public boolean exists(Path path) {
                return probe.exists(path);
            }
        };
    }

    ProjectFiles DISK = new ProjectFiles() {
        @Override
        public Optional<String> read(Path path) {
            try {
                if (!Files.isRegularFile(path) || Files.size(path) > MAX_SIDE_FILE) return Optional.empty();
                return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                try {
                    return Optional.of(new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
                } catch (IOException | RuntimeException e2) {
                    return Optional.empty();
                }
            }
        }

        @Override
        public boolean exists(Path path) {
            return Files.exists(path);
        }
    };
}
