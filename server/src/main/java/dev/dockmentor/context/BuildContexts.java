package dev.dockmentor.context;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder a Dockerfile is built from when nothing says so (no compose {@code build.context}): teams keep
 * Dockerfiles in subfolders and build from the repository root ({@code docker build -f services/api/Dockerfile .}).
 * The context is the nearest folder, from the Dockerfile's own up to the project root, where every literal
 * COPY/ADD source exists; the {@code .dockerignore} that applies and the sources COPY resolves are read there.
 */
public final class BuildContexts {
    /**
     * The inferred context; {@code unresolved} when the Dockerfile copies literal paths that exist in no folder from
     * its own up to the project root (generated before the build, or a context we cannot see): findings that depend
     * on the context then say so.
     */
    public record Context(Path dir, boolean unresolved) {}

    private static final int MAX_SOURCES = 32;
    private static final int MAX_LEVELS = 8;

    private BuildContexts() {}

    /** The Bake targets that build the Dockerfile say where, when they agree; else the copied paths do. */
    public static Context infer(Dockerfile df, List<BakeFiles.Target> bake, Path dockerfileDir, ProjectFiles files, Path knownRoot) {
        java.util.Optional<Path> fromBake = BakeFiles.context(bake);
        if (fromBake.isPresent()) return new Context(fromBake.get(), false);
        List<String> sources = literalSources(df);
        if (dockerfileDir == null || sources.isEmpty() || files == null) return new Context(dockerfileDir, false);
        // Never above the project root: the build context is inside the repository.
        for (Path d : Folders.upToRoot(dockerfileDir, files, knownRoot, MAX_LEVELS)) {
            boolean all = true;
            for (String s : sources) {
                if (!files.exists(d.resolve(s))) {
                    all = false;
                    break;
                }
            }
            if (all) return new Context(d, false);
        }
        return new Context(dockerfileDir, true);
    }

    /**
     * COPY/ADD sources that name one path in the context: no --from, no heredoc, no variable, no glob, no URL, not
     * the whole context ({@code .}).
     */
    static List<String> literalSources(Dockerfile df) {
        List<String> out = new ArrayList<>();
        for (Instruction top : df.instructions) {
            Instruction i = top.child != null ? top.child : top;
            if (!(i.is("COPY") || i.is("ADD")) || i.flag("from").isPresent() || !i.heredocs.isEmpty()) continue;
            List<Word> words = i.execForm ? i.execArgs : i.words;
            for (int k = 0; k < words.size() - 1 && out.size() < MAX_SOURCES; k++) {
                String v = words.get(k).value();
                if (v.isEmpty() || v.contains("$") || v.contains("://") || v.contains("*") || v.contains("?") || v.contains("[")
                        || v.startsWith("/") || v.startsWith("git@")) continue;
                String p = v.replace('\\', '/');
                while (p.startsWith("./")) p = p.substring(2);
                while (p.endsWith("/") && p.length() > 1) p = p.substring(0, p.length() - 1);
                if (p.isEmpty() || p.equals(".") || p.startsWith("../")) continue;
                out.add(p);
            }
        }
        return out;
    }
}
