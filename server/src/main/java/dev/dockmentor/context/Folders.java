package dev.dockmentor.context;

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
}
