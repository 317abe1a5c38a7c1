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

    public static Context infer(Dockerfile df, Path dockerfileDir, ProjectFiles files, Path knownRoot) {
        return infer(df, null, dockerfileDir, files, knownRoot);
    }

    /** As above; a Bake file's target that builds the Dockerfile at {@code dockerfile} says where, when its targets agree. */
    public static Context infer(Dockerfile df, Path dockerfile, Path dockerfileDir, ProjectFiles files, Path knownRoot) {
        if (dockerfile != null) {
            java.util.Optional<Path> bake = BakeFiles.context(BakeFiles.targetsBuilding(dockerfile, files, knownRoot));
            if (bake.isPresent()) return new Context(bake.get(), false);
        }
        List<String> sources = literalSources(df);
        if (dockerfileDir == null || sources.isEmpty() || files == null) return new Context(dockerfileDir, false);
        Path d = dockerfileDir.toAbsolutePath().normalize();
        Path root = knownRoot == null ? null : knownRoot.toAbsolutePath().normalize();
        for (int level = 0; d != null && level < MAX_LEVELS; level++, d = d.getParent()) {
            boolean all = true;
            for (String s : sources) {
                if (!files.exists(d.resolve(s))) {
                    all = false;
                    break;
                }
            }
            if (all) return new Context(d, false);
            // Never look above the project root: the build context is inside the repository.
            if (d.equals(root) || files.exists(d.resolve(".git")) || files.exists(d.resolve(".dockmentor.yaml"))) break;
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
