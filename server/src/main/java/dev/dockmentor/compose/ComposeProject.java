package dev.dockmentor.compose;

import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Project resolution as Compose does it: a base file ({@code compose.yaml} … {@code docker-compose.yml})
 * plus its override ({@code compose.override.*}); any other overlay ({@code docker-compose.prod.yml}) is
 * read as base + overlay. Variables come from the project's {@code .env}.
 */
public final class ComposeProject {
    public static final List<String> BASE_NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");
    public static final List<String> OVERRIDE_NAMES = List.of("compose.override.yaml", "compose.override.yml",
            "docker-compose.override.yaml", "docker-compose.override.yml");

    /** The file being analysed. */
    public final ComposeFile file;
    /** Every file merged, in order (base first). */
    public final List<ComposeFile> files;
    public final ComposeModel model;
    public final Map<String, String> env;
    public final Path dir;
    /** Other files this analysis read or looked for (for re-analysis when they change). */
    public final Set<Path> dependencies = new LinkedHashSet<>();

    private ComposeProject(ComposeFile file, List<ComposeFile> files, Map<String, String> env, Path dir, ProjectFiles fs) {
        this.file = file;
        this.files = files;
        this.env = env;
        this.dir = dir;
        YNode merged = null;
        for (ComposeFile f : files) merged = ComposeMerger.merge(merged, f.root);
        List<YNode> included = new ArrayList<>();
        for (ComposeFile f : files) {
            Path from = f.path == null ? dir : Path.of(f.path).toAbsolutePath().normalize().getParent();
            collectIncluded(f.root, from, fs, dependencies, included, 0);
        }
        this.model = new ComposeModel(withIncluded(merged, included), env, new ExtendsFiles(fs, env, dir, dependencies, 0));
    }

    /** The top-level sections whose names an {@code include:}d file adds to the project. */
    private static final List<String> NAMED_SECTIONS = List.of("services", "networks", "volumes", "secrets", "configs");

    /**
     * The roots of the files {@code include:} names (a path, a list, or {@code path:} of either), each relative to
     * the file that names it, with their own includes, at most {@link ExtendsFiles#MAX_DEPTH} deep.
     */
    private static void collectIncluded(YNode root, Path fromDir, ProjectFiles fs, Set<Path> deps, List<YNode> out, int depth) {
        YNode inc = root == null || !root.isMap() ? null : root.get("include");
        if (inc == null || fromDir == null || depth >= ExtendsFiles.MAX_DEPTH) return;
        List<YNode> refs = new ArrayList<>();
        for (YNode item : inc.isSeq() ? inc.items : List.of(inc)) {
            YNode p = item.isMap() ? item.get("path") : item;
            if (p == null) continue;
            if (p.isSeq()) refs.addAll(p.items);
            else refs.add(p);
        }
        for (YNode ref : refs) {
            String file = ref.isScalar() ? ref.text() : null;
            if (file == null || file.isBlank() || file.indexOf('\0') >= 0) continue;
            try {
                Path p = fromDir.resolve(file).normalize();
                deps.add(p);
                String text = fs.read(p).orElse(null);
                if (text == null) continue; // missing-file reports it
                ComposeFile other = ComposeFile.parse(p.toString(), text);
                if (other.root == null || !other.root.isMap()) continue;
                out.add(other.root);
                collectIncluded(other.root, p.getParent(), fs, deps, out, depth + 1);
            } catch (RuntimeException e) { // an invalid path: missing-file says so
            }
        }
    }

    /**
     * The project with what included files declare: services, networks, volumes, secrets and configs this
     * project does not declare itself are added (keeping their own files' positions, so findings and fixes
     * about them stay in those files). The root and this project's own sections keep their positions.
     */
    private static YNode withIncluded(YNode root, List<YNode> included) {
        if (included.isEmpty() || root == null || !root.isMap()) return root;
        YNode out = YNode.mapLike(root);
        out.entries.addAll(root.entries);
        for (String section : NAMED_SECTIONS) {
            YNode.Entry own = out.entry(section);
            YNode merged = own != null && own.value() != null && own.value().isMap() ? YNode.mapLike(own.value()) : null;
            if (merged != null) merged.entries.addAll(own.value().entries);
            YNode.Entry firstIncluded = null;
            for (YNode inc : included) {
                YNode.Entry e = inc.entry(section);
                if (e == null || e.value() == null || !e.value().isMap()) continue;
                if (own == null) {
                    if (firstIncluded == null) {
                        firstIncluded = e;
                        merged = YNode.mapLike(e.value());
                    }
                }
                if (merged == null) continue; // this project's section is not a mapping: compose-schema reports it
                for (YNode.Entry d : e.value().entries) {
                    if (d.name() != null && merged.entry(d.name()) == null) merged.entries.add(new YNode.Entry(d.key(), d.value(), true));
                }
            }
            if (merged == null) continue;
            if (own != null) out.entries.set(out.entries.indexOf(own), new YNode.Entry(own.key(), merged, own.merged()));
            else if (firstIncluded != null) out.entries.add(new YNode.Entry(firstIncluded.key(), merged, true));
        }
        return out;
    }

    /**
     * Reads the files {@code extends: {file: ...}} names (relative to the file that names them), each with
     * its own extends resolved, at most {@link #MAX_DEPTH} files deep (a cycle of files ends there).
     */
    private record ExtendsFiles(ProjectFiles fs, Map<String, String> env, Path dir, Set<Path> deps, int depth)
            implements ComposeModel.OtherFiles {
        static final int MAX_DEPTH = 8;

        @Override
        public YNode service(String file, String from, String service) {
            if (depth >= MAX_DEPTH || file.isBlank() || file.indexOf('\0') >= 0) return null;
            try {
                Path fromDir = from == null ? dir : Path.of(from).toAbsolutePath().normalize().getParent();
                if (fromDir == null) return null;
                Path p = fromDir.resolve(file).normalize();
                deps.add(p);
                String text = fs.read(p).orElse(null);
                if (text == null) return null;
                ComposeFile other = ComposeFile.parse(p.toString(), text);
                ComposeModel m = new ComposeModel(other.root, env, new ExtendsFiles(fs, env, p.getParent(), deps, depth + 1));
                Service s = m.services.get(service);
                return s == null ? null : s.node;
            } catch (RuntimeException e) { // an invalid path: missing-file says so
                return null;
            }
        }
    }

    public static ComposeProject load(String path, String text, ProjectFiles fs) {
        ComposeFile self = ComposeFile.parse(path, text);
        Path abs = path == null ? null : Path.of(path).toAbsolutePath().normalize();
        Path dir = abs == null ? null : abs.getParent();
        String name = abs == null ? "" : abs.getFileName().toString();
        List<ComposeFile> files = new ArrayList<>();
        Set<Path> deps = new LinkedHashSet<>();
        if (dir != null && !BASE_NAMES.contains(name) && isOverlayName(name)) {
            Path base = first(dir, BASE_NAMES, fs, deps);
            if (base != null) fs.read(base).ifPresent(t -> files.add(ComposeFile.parse(display(path, base), t)));
        }
        files.add(self);
        if (dir != null && BASE_NAMES.contains(name)) {
            String family = name.startsWith("docker-") ? "docker-compose.override." : "compose.override.";
            List<String> candidates = new ArrayList<>();
            for (String o : OVERRIDE_NAMES) if (o.startsWith(family)) candidates.add(o);
            for (String o : OVERRIDE_NAMES) if (!o.startsWith(family)) candidates.add(o);
            Path over = first(dir, candidates, fs, deps);
            if (over != null) fs.read(over).ifPresent(t -> files.add(ComposeFile.parse(display(path, over), t)));
        }
        Map<String, String> env = Map.of();
        if (dir != null) {
            Path dotenv = dir.resolve(".env");
            deps.add(dotenv);
            env = DotEnv.parse(fs.read(dotenv).orElse(null));
        }
        ComposeProject p = new ComposeProject(self, List.copyOf(files), env, dir, fs);
        p.dependencies.addAll(deps);
        return p;
    }

    /** A standalone file (no base, no override): tests and unsaved buffers. */
    public boolean isFragment() {
        return files.size() == 1 && !BASE_NAMES.contains(fileName()) && isOverlayName(fileName());
    }

    /** An overlay file ({@code compose.override.yml}, {@code docker-compose.prod.yml}): may be a partial service. */
    public boolean isOverlay() {
        return !BASE_NAMES.contains(fileName()) && isOverlayName(fileName());
    }

    public String fileName() {
        return file.path == null ? "" : Path.of(file.path).getFileName().toString();
    }

    static boolean isOverlayName(String name) {
        return name.matches("(docker-)?compose\\..+\\.ya?ml");
    }

    private static Path first(Path dir, List<String> names, ProjectFiles fs, Set<Path> deps) {
        for (String n : names) {
            Path p = dir.resolve(n);
            deps.add(p);
            if (fs.exists(p)) return p;
        }
        return null;
    }

    /** Keep paths in the same style as the analysed one (relative stays relative). */
    private static String display(String analysed, Path other) {
        Path a = Path.of(analysed);
        if (a.isAbsolute()) return other.toString();
        Path parent = a.getParent();
        return parent == null ? other.getFileName().toString() : parent.resolve(other.getFileName()).toString();
    }
}
