package dev.dockmentor.lsp;

import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;

/**
 * The project files one analysis sees, noting every path it read or looked for: those are the files
 * whose change makes the analysis outdated (a rule reading {@code .env.example} or {@code .dockerignore}
 * counts as much as the compose engine reading a Dockerfile). One instance per analysis (one thread).
 */
final class RecordingFiles implements ProjectFiles {
    private final ProjectFiles files;
    private final Set<Path> seen = new LinkedHashSet<>();

    RecordingFiles(ProjectFiles files) {
        this.files = files;
    }

    @Override
    public Optional<String> read(Path path) {
        note(path);
        return files.read(path);
    }

    @Override
    public boolean exists(Path path) {
        note(path);
        return files.exists(path);
    }

    /** The folder is noted too: a file added to it or removed may change the answer. */
    @Override
    public List<String> fileNames(Path dir, Predicate<String> wanted) {
        note(dir);
        List<String> names = files.fileNames(dir, wanted);
        for (String n : names) note(dir.resolve(n));
        return names;
    }

    private void note(Path path) {
        if (path != null) seen.add(path.toAbsolutePath().normalize());
    }

    Set<Path> seen() {
        return seen;
    }
}
