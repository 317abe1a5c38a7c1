package dev.dockmentor.context;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.compose.ComposeProject;
import dev.dockmentor.project.FileClassifier;
import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The folders a file's context is looked for in: its own, then those above it, up to the project root. */
final class Folders {
    private Folders() {}

    /**
     * From {@code start} upwards, at most {@code levels} folders, ending with the project root: the folder the user
     * treats as the project ({@code knownRoot}) or one holding {@code .git} or {@code .dockmentor.yaml}.
     */
    static List<Path> upToRoot(Path start, ProjectFiles files, Path knownRoot, int levels) {
        List<Path> out = new ArrayList<>();
        Path root = knownRoot == null ? null : knownRoot.toAbsolutePath().normalize();
        Path d = start == null ? null : start.toAbsolutePath().normalize();
        for (int level = 0; d != null && level < levels; level++, d = d.getParent()) {
            out.add(d);
            if (d.equals(root) || files != null && (files.exists(d.resolve(".git")) || files.exists(d.resolve(".dockmentor.yaml")))) break;
        }
        return out;
    }

    /**
     * The project root above {@code start} ({@link #upToRoot}'s last folder when the walk reached one: the known root,
     * or a folder holding {@code .git} or {@code .dockmentor.yaml}), or null when it stopped at {@code levels} without one.
     */
    static Path projectRoot(Path start, ProjectFiles files, Path knownRoot, int levels) {
        List<Path> up = upToRoot(start, files, knownRoot, levels);
        if (up.isEmpty()) return null;
        Path d = up.get(up.size() - 1);
        boolean root = knownRoot != null && d.equals(knownRoot.toAbsolutePath().normalize()) || files != null
                && (files.exists(d.resolve(".git")) || files.exists(d.resolve(".dockmentor.yaml")));
        return root ? d : null;
    }

    /** A compose file found above a file: its folder, its name, its parse (shared between analyses). */
    record ComposeFound(Path dir, String name, ComposeFile file) {}

    /** What {@link #composeFilesAbove} read, and the folders it finished (all of their compose files read). */
    record ComposeScan(List<ComposeFound> found, List<Path> finished) {}

    /**
     * The compose files in {@code start} and the folders above it ({@link #upToRoot}), nearest first, at most
     * {@code maxFiles} read; a file over 256 KiB is skipped (it counts towards the cap: listing it was the cost).
     */
    static ComposeScan composeFilesAbove(Path start, ProjectFiles files, Path knownRoot, int levels, int maxFiles) {
        List<ComposeFound> found = new ArrayList<>();
        List<Path> finished = new ArrayList<>();
        int read = 0;
        for (Path d : upToRoot(start, files, knownRoot, levels)) {
            for (String name : files.fileNames(d, FileClassifier::isCompose)) {
                if (read++ >= maxFiles) return new ComposeScan(found, finished);
                Path p = d.resolve(name);
                java.util.Optional<String> text = files.read(p);
                if (text.isEmpty() || text.get().length() > 256 * 1024) continue;
                found.add(new ComposeFound(d, name, ComposeProject.parseShared(p, text.get())));
            }
            finished.add(d);
        }
        return new ComposeScan(found, finished);
    }
}
