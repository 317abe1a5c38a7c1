package dev.dockmentor.compose;

import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final ProjectFiles fs;
    private Map<String, Map<String, String>> siblingDeclarations;
    private Optional<Includer> includer;
    private Map<String, Map<String, String>> includerDeclarations;

    private ComposeProject(ComposeFile file, List<ComposeFile> files, Map<String, String> env, Path dir, ProjectFiles fs) {
        this.fs = fs;
        this.file = file;
        this.files = files;
        this.env = env;
        this.dir = dir;
        YNode merged = null;
        for (ComposeFile f : files) merged = ComposeMerger.merge(merged, f.root);
        Referenced referenced = new Referenced(fs, env, dir, dependencies, new java.util.HashMap<>(), new java.util.IdentityHashMap<>(), 0);
        List<YNode> included = new ArrayList<>();
        for (ComposeFile f : files) referenced.collectIncluded(f, included);
        this.model = new ComposeModel(withIncluded(merged, included), env, referenced);
    }

    /** The top-level sections whose names an {@code include:}d file adds to the project. */
    private static final List<String> NAMED_SECTIONS = List.of("services", "networks", "volumes", "secrets", "configs");

    /**
     * The path nodes of a file's {@code include:} (a path, a list, or {@code path:} holding either): what the
     * project reads and what {@code missing-file} checks.
     */
    public static List<YNode> includePaths(YNode root) {
        return includeRefs(root).stream().map(IncludeRef::path).toList();
    }

    /** One path an {@code include:} names, with the item that names it (its {@code project_directory}, if a mapping). */
    private record IncludeRef(YNode path, YNode item) {}

    private static List<IncludeRef> includeRefs(YNode root) {
        YNode inc = root == null || !root.isMap() ? null : root.get("include");
        if (inc == null) return List.of();
        List<IncludeRef> refs = new ArrayList<>();
        for (YNode item : inc.isSeq() ? inc.items : List.of(inc)) {
            YNode p = item.isMap() ? item.get("path") : item;
            if (p == null) continue;
            for (YNode ref : p.isSeq() ? p.items : List.of(p)) refs.add(new IncludeRef(ref, item));
        }
        return refs;
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
     * The other compose files this project names ({@code include:}, {@code extends: {file:}}), each resolved
     * relative to the file that names it, read and parsed once per analysis however often it is named, with
     * their own includes and extends, at most {@link #MAX_DEPTH} files deep (a cycle of files ends there).
     */
    private record Referenced(ProjectFiles fs, Map<String, String> env, Path dir, Set<Path> deps,
                              Map<Path, Optional<ComposeFile>> parsed, Map<ComposeFile, ComposeModel> models, int depth)
            implements ComposeModel.OtherFiles {
        static final int MAX_DEPTH = 8;

        /** The same reader one file deeper. */
        private Referenced deeper() {
            return new Referenced(fs, env, dir, deps, parsed, models, depth + 1);
        }

        /** The file {@code file} names as written in {@code from} (null: the project folder); null when unreadable. */
        private ComposeFile read(String file, String from) {
            if (depth >= MAX_DEPTH || file == null || file.isBlank() || file.indexOf('\0') >= 0) return null;
            try {
                Path fromDir = from == null ? dir : Path.of(from).toAbsolutePath().normalize().getParent();
                if (fromDir == null) return null;
                Path p = fromDir.resolve(file).normalize();
                deps.add(p);
                return parsed.computeIfAbsent(p, k -> fs.read(k).map(t -> ComposeFile.parse(k.toString(), t))).orElse(null);
            } catch (RuntimeException e) { // an invalid path: missing-file says so
                return null;
            }
        }

        /** Adds the roots of the files {@code f} includes, and of the files they include, to {@code out}. */
        void collectIncluded(ComposeFile f, List<YNode> out) {
            for (YNode ref : includePaths(f.root)) {
                ComposeFile other = read(ref.isScalar() ? ref.text() : null, f.path);
                if (other == null || other.root == null || !other.root.isMap()) continue; // missing-file reports it
                out.add(other.root);
                deeper().collectIncluded(other, out);
            }
        }

        @Override
        public YNode service(String file, String from, String service) {
            ComposeFile other = read(file, from);
            if (other == null) return null;
            // One model per file, its own extends resolved once: a model built per lookup resolved the other
            // file's extends again for each service (N services extending N: quadratic; a chain of files:
            // services^depth, 127 s for 8 files of 10).
            ComposeModel m = models.get(other);
            if (m == null) {
                m = new ComposeModel(other.root, env, deeper());
                models.put(other, m);
            }
            Service s = m.services.get(service);
            return s == null ? null : s.node;
        }
    }

    public static ComposeProject load(String path, String text, ProjectFiles fs) {
        return load(ComposeFile.parse(path, text), fs);
    }

    /** The project around an already parsed file (the editor's snapshot shares its parse with the analysis). */
    public static ComposeProject load(ComposeFile self, ProjectFiles fs) {
        String path = self.path;
        Path abs = path == null ? null : Path.of(path).toAbsolutePath().normalize();
        Path dir = abs == null ? null : abs.getParent();
        String name = abs == null ? "" : abs.getFileName().toString();
        List<ComposeFile> files = new ArrayList<>();
        Set<Path> deps = new LinkedHashSet<>();
        if (dir != null && !BASE_NAMES.contains(name) && isOverlayName(name) && !isStandaloneVariant(name, self.root)) {
            Path base = first(dir, BASE_NAMES, fs, deps);
            if (base != null) fs.read(base).ifPresent(t -> files.add(ComposeFile.parse(ProjectFiles.display(path, base), t)));
        }
        files.add(self);
        if (dir != null && BASE_NAMES.contains(name)) {
            String family = name.startsWith("docker-") ? "docker-compose.override." : "compose.override.";
            List<String> candidates = new ArrayList<>();
            for (String o : OVERRIDE_NAMES) if (o.startsWith(family)) candidates.add(o);
            for (String o : OVERRIDE_NAMES) if (!o.startsWith(family)) candidates.add(o);
            Path over = first(dir, candidates, fs, deps);
            if (over != null) fs.read(over).ifPresent(t -> files.add(ComposeFile.parse(ProjectFiles.display(path, over), t)));
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

    /** At most this many sibling overlay files are read (a folder of generated files stays cheap). */
    static final int MAX_SIBLINGS = 16;

    /**
     * What the other overlay files of this folder ({@code compose.db.yaml}, {@code docker-compose.prod.yml}: the
     * ones this project does not merge) declare in {@code section}: name → the declaring file's name. A team that
     * splits a project over files passed with their own {@code -f} references across them; this tells such a
     * name from a typo. Read on first use (a rule asks only about a name the project itself lacks), once per analysis.
     */
    public synchronized Map<String, String> declaredBySiblings(String section) {
        if (siblingDeclarations == null) siblingDeclarations = readSiblings();
        return siblingDeclarations.getOrDefault(section, Map.of());
    }

    private Map<String, Map<String, String>> readSiblings() {
        if (dir == null || file.path == null) return Map.of();
        Set<String> merged = new java.util.HashSet<>();
        for (ComposeFile f : files) if (f.path != null) merged.add(Path.of(f.path).getFileName().toString());
        Map<String, Map<String, String>> out = new java.util.HashMap<>();
        int read = 0;
        // A variant may be merged with the base of its folder (-f compose.yaml -f compose.tests.yaml); a committed
        // example (compose.override.yaml.example) is what the set-up copies into place.
        boolean base = BASE_NAMES.contains(fileName());
        List<String> names = new ArrayList<>(fs.fileNames(dir, n -> !merged.contains(n)
                && (isOverlayName(n) && !BASE_NAMES.contains(n) || !base && BASE_NAMES.contains(n) || isComposeExample(n))));
        // A dev container names the compose files it merges (dockerComposeFile): they are this file's partners.
        for (String partner : devcontainerPartners()) {
            toolPartners.add(partner);
            if (!merged.contains(partner) && !names.contains(partner)) names.add(partner);
        }
        for (String name : names) {
            if (read++ >= MAX_SIBLINGS) break;
            Path p = dir.resolve(name).normalize();
            dependencies.add(p);
            ComposeFile other = fs.read(p).map(t -> parseShared(p, t)).orElse(null);
            if (other != null) declare(out, other.root, name);
        }
        return out;
    }

    private final Set<String> toolPartners = new java.util.HashSet<>();

    /** How a sibling that declares a name this file uses relates to it (see {@link #declaredBySiblings}). */
    public enum Partner {
        /** A committed example the set-up copies into place: the name is there once the user did. */
        EXAMPLE,
        /** Merged with this file by whatever runs it: a dev container's list, or the base of this variant's folder. */
        MERGED,
        /** Another file of the folder, passed with its own -f. */
        SIBLING
    }

    public synchronized Partner partner(String by) {
        if (siblingDeclarations == null) siblingDeclarations = readSiblings();
        if (isComposeExample(by)) return Partner.EXAMPLE;
        if (toolPartners.contains(by) || !BASE_NAMES.contains(fileName()) && BASE_NAMES.contains(by)) return Partner.MERGED;
        return Partner.SIBLING;
    }

    /** The file an example is copied to: {@code compose.override.yaml.example} → {@code compose.override.yaml}. */
    public static String exampleTarget(String example) {
        return example.substring(0, example.lastIndexOf('.'));
    }

    private static final java.util.regex.Pattern EXAMPLE_SUFFIX = java.util.regex.Pattern.compile(
            "(?:docker-)?compose[^/]*\\.ya?ml\\.(?:example|sample|dist|template|tmpl|tpl|default)");

    /** A committed compose example the set-up copies into place ({@code compose.override.yaml.example}). */
    public static boolean isComposeExample(String name) {
        return EXAMPLE_SUFFIX.matcher(name).matches();
    }

    private static final java.util.regex.Pattern COMPOSE_FILE_LIST = java.util.regex.Pattern.compile(
            "\"dockerComposeFile\"\\s*:\\s*(\\[[^\\]]*]|\"[^\"]*\")");

    /**
     * The other compose files a {@code devcontainer.json} beside this file merges with it ({@code "dockerComposeFile":
     * ["docker-compose.yml", "../docker-compose.yml"]}), as paths relative to this file's folder.
     */
    private List<String> devcontainerPartners() {
        List<String> out = new ArrayList<>();
        for (String dc : List.of("devcontainer.json", ".devcontainer.json")) {
            Path p = dir.resolve(dc);
            dependencies.add(p);
            String text = fs.read(p).orElse(null);
            if (text == null) continue;
            java.util.regex.Matcher m = COMPOSE_FILE_LIST.matcher(text);
            if (!m.find()) continue;
            List<String> listed = new ArrayList<>();
            java.util.regex.Matcher q = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(m.group(1));
            while (q.find()) listed.add(q.group(1));
            if (!listed.contains(fileName())) continue;
            for (String l : listed) if (!l.equals(fileName()) && !l.contains("$")) out.add(l);
        }
        return out;
    }

    /**
     * A compose file in a folder above ({@link #INCLUDER_LEVELS} at most) whose {@code include:} names this file, and
     * the folder that include's {@code project_directory} sets (null: this file's own folder).
     */
    public record Includer(Path file, YNode root, Path projectDir) {}

    static final int INCLUDER_LEVELS = 3;
    /** At most this many files the includer includes are read for the names they declare. */
    static final int MAX_INCLUDED = 256;

    /** The file that includes this one, looked for on first use (a missing name, a relative path), once per analysis. */
    public synchronized Optional<Includer> includer() {
        if (includer == null) includer = findIncluder();
        return includer;
    }

    private Optional<Includer> findIncluder() {
        if (dir == null || file.path == null) return Optional.empty();
        Path self = Path.of(file.path).toAbsolutePath().normalize();
        Path d = dir.getParent();
        for (int level = 0; d != null && level < INCLUDER_LEVELS; level++, d = d.getParent()) {
            Path base = first(d, BASE_NAMES, fs, dependencies);
            if (base == null) continue;
            ComposeFile f = fs.read(base).map(t -> parseShared(base, t)).orElse(null);
            if (f == null) continue;
            for (IncludeRef r : includeRefs(f.root)) {
                YNode ref = r.path();
                if (!ref.isScalar() || ref.text() == null || ref.text().contains("$") || !self.equals(at(d, ref.text()))) continue;
                YNode pd = r.item().isMap() ? r.item().get("project_directory") : null;
                Path projectDir = pd != null && pd.isScalar() && pd.text() != null && !pd.text().contains("$") ? at(d, pd.text()) : null;
                return Optional.of(new Includer(base, f.root, projectDir));
            }
        }
        return Optional.empty();
    }

    private static Path at(Path dir, String written) {
        try {
            return dir.resolve(written).toAbsolutePath().normalize();
        } catch (RuntimeException e) { // not a path this system accepts
            return null;
        }
    }

    /**
     * What the project that includes this file declares in {@code section} (its own and its other included files'):
     * name → the declaring file's name. Compose checks references on the merged project, so laradock's
     * {@code mysql/compose.yml} may use the {@code backend} network its including {@code docker-compose.yml} declares.
     */
    public synchronized Map<String, String> declaredByIncluder(String section) {
        if (includerDeclarations == null) includerDeclarations = readIncluder();
        return includerDeclarations.getOrDefault(section, Map.of());
    }

    private Map<String, Map<String, String>> readIncluder() {
        Includer inc = includer().orElse(null);
        if (inc == null) return Map.of();
        Map<String, Map<String, String>> out = new java.util.HashMap<>();
        declare(out, inc.root(), inc.file().getFileName().toString());
        Path self = Path.of(file.path).toAbsolutePath().normalize();
        int read = 0;
        for (YNode ref : includePaths(inc.root())) {
            if (!ref.isScalar() || ref.text() == null || ref.text().contains("$")) continue;
            Path p = at(inc.file().getParent(), ref.text());
            if (p == null || p.equals(self)) continue;
            if (read++ >= MAX_INCLUDED) break;
            dependencies.add(p);
            ComposeFile other = fs.read(p).map(t -> parseShared(p, t)).orElse(null);
            if (other != null) declare(out, other.root, inc.file().getParent().relativize(p).toString());
        }
        return out;
    }

    /**
     * What the compose files in the folders above this one declare in {@code section} (up to the repository root,
     * {@link #INCLUDER_LEVELS} levels): name → the declaring file as shown from this one. A file run with
     * {@code -f ../../quickstart.yml -f this.yml} uses names its partner declares. Read on first use, once per analysis.
     */
    public synchronized Map<String, String> declaredAbove(String section) {
        if (aboveDeclarations == null) aboveDeclarations = readAbove();
        return aboveDeclarations.getOrDefault(section, Map.of());
    }

    private Map<String, Map<String, String>> aboveDeclarations;

    private Map<String, Map<String, String>> readAbove() {
        if (dir == null || file.path == null) return Map.of();
        Map<String, Map<String, String>> out = new java.util.HashMap<>();
        int read = 0;
        for (Path d : foldersAbove()) {
            // Any YAML file: a project's base may have any name (-f quickstart.yml); one without services declares nothing.
            for (String name : fs.fileNames(d, n -> dev.dockmentor.project.FileClassifier.isCompose(n) || n.endsWith(".yml") || n.endsWith(".yaml"))) {
                if (read++ >= MAX_SIBLINGS) return out;
                Path p = d.resolve(name);
                dependencies.add(p);
                ComposeFile other = fs.read(p).filter(t -> t.length() <= SHARED_MAX_FILE).map(t -> parseShared(p, t)).orElse(null);
                if (other != null) declare(out, other.root, shownFromHere(p));
            }
        }
        return out;
    }

    /** A path as written from this file's folder ({@code ../../quickstart.yml}, {@code ../}). */
    public String shownFromHere(Path p) {
        if (dir == null) return p.toString();
        try {
            String r = dir.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
            return r.isEmpty() ? "." : r;
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }

    /** The folders above this file's, nearest first, up to the one holding {@code .git} ({@link #INCLUDER_LEVELS} at most). */
    public List<Path> foldersAbove() {
        List<Path> out = new ArrayList<>();
        if (dir == null || fs.exists(dir.resolve(".git"))) return out;
        for (Path d = dir.getParent(); d != null && out.size() < INCLUDER_LEVELS; d = d.getParent()) {
            out.add(d);
            if (fs.exists(d.resolve(".git"))) break;
        }
        return out;
    }

    /**
     * The folder above this file's from which a relative path written here, missing from this folder, exists: the
     * file is run from there ({@code --project-directory}, or after a {@code -f} file there). Null when none.
     */
    public Path resolvesFromAbove(Path missing) {
        if (dir == null || missing == null) return null;
        Path rel;
        try {
            rel = dir.relativize(missing.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (Path d : foldersAbove()) {
            Path there = d.resolve(rel).normalize();
            if (fs.exists(there)) return d;
        }
        return null;
    }

    /**
     * Parses of files read only for the names they declare (the includer and the files it includes, sibling
     * overlays), shared between analyses: laradock's ~150 files each read the same ~150 files (1.5 s → 4 s for
     * the folder without it), and the editor asks again on every edit while a name is missing. Keyed by path and
     * text, so an edited file is parsed afresh; only read, never edited.
     */
    private static final Map<String, ComposeFile> SHARED = new java.util.LinkedHashMap<>(64, 0.75f, true);
    /** Bounds of that cache, in characters of text: a workspace of large files must not fill the heap with parses. */
    static final int SHARED_MAX_FILE = 256 * 1024, SHARED_MAX_TOTAL = 2 * 1024 * 1024;
    private static long sharedChars;

    public static ComposeFile parseShared(Path p, String text) {
        if (text.length() > SHARED_MAX_FILE) return ComposeFile.parse(p.toString(), text);
        String key = p + "\0" + text;
        synchronized (SHARED) {
            ComposeFile f = SHARED.get(key);
            if (f != null) return f;
        }
        ComposeFile f = ComposeFile.parse(p.toString(), text);
        synchronized (SHARED) {
            if (SHARED.put(key, f) == null) sharedChars += key.length();
            var eldest = SHARED.entrySet().iterator();
            while (sharedChars > SHARED_MAX_TOTAL && eldest.hasNext()) {
                sharedChars -= eldest.next().getKey().length();
                eldest.remove();
            }
        }
        return f;
    }

    private static void declare(Map<String, Map<String, String>> out, YNode root, String by) {
        if (root == null || !root.isMap()) return;
        for (String section : NAMED_SECTIONS) {
            YNode sec = root.get(section);
            if (sec == null || !sec.isMap()) continue;
            for (YNode.Entry e : sec.entries) {
                if (e.name() != null) out.computeIfAbsent(section, k -> new java.util.HashMap<>()).putIfAbsent(e.name(), by);
            }
        }
    }

    /** The folder relative paths resolve against: the includer's project_directory, else this file's folder. */
    public Path pathsDir() {
        Path pd = dir == null ? null : includer().map(Includer::projectDir).orElse(null);
        return pd != null ? pd : dir;
    }

    /** A standalone file (no base, no override): tests and unsaved buffers. */
    public boolean isFragment() {
        if (files.size() != 1) return false;
        // Whatever its name, a file none of whose services says what to run only adds to services defined elsewhere
        // (passed with -f after the file that defines them): names it uses are declared there.
        if (onlyPartialServices(file.root)) return true;
        // DDEV merges the compose files of .ddev/ with the base it generates (the db service, its volumes).
        if (ddevFragment()) return true;
        return !BASE_NAMES.contains(fileName()) && isOverlayName(fileName()) && !isStandaloneVariant(fileName(), file.root);
    }

    /** A compose file of a DDEV project ({@code .ddev/docker-compose.*.yaml}, or marked {@code #ddev-generated}). */
    private boolean ddevFragment() {
        if (file.path != null) {
            Path parent = Path.of(file.path).toAbsolutePath().getParent();
            if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(".ddev")) return true;
        }
        return file.text != null && file.text.contains("#ddev-generated");
    }

    /** An overlay file ({@code compose.override.yml}, {@code docker-compose.prod.yml}): may be a partial service. */
    public boolean isOverlay() {
        return !BASE_NAMES.contains(fileName()) && isOverlayName(fileName()) && !isStandaloneVariant(fileName(), file.root);
    }

    public String fileName() {
        return file.path == null ? "" : Path.of(file.path).getFileName().toString();
    }

    static boolean isOverlayName(String name) {
        return name.matches("(docker-compose|compose)[._-].+\\.ya?ml");
    }

    /**
     * A variant ({@code docker-compose.prod.yml}, {@code compose-dev.yaml}; not an {@code *.override.*}) whose every
     * service says what it runs ({@code image}, {@code build} or {@code extends}) is a project of its own, run with
     * {@code -f variant} alone: merging the base into it would double its ports and mix two set-ups. A variant that
     * only adds keys to services it does not define is an overlay.
     */
    static boolean isStandaloneVariant(String name, YNode root) {
        if (OVERRIDE_NAMES.contains(name) || name.matches("(docker-)?compose\\.override\\..*") || root == null || !root.isMap()) return false;
        // Named an override or overlay (docker-compose.elastic-override.yml): by its own name merged after another file.
        if (name.toLowerCase(java.util.Locale.ROOT).matches(".*[._-](?:override|overrides|overlay)(?:[._-].*)?\\.ya?ml")) return false;
        YNode services = root.get("services");
        if (services == null || !services.isMap() || services.entries.isEmpty()) return false;
        for (YNode.Entry e : services.entries) {
            YNode svc = e.value();
            if (svc == null || !svc.isMap()) return false;
            if (!svc.has("image") && !buildsSomething(svc) && !svc.has("extends")) return false;
        }
        return true;
    }

    /**
     * The service's build says what to build: a context (build: . or a context key). {@code build: {cache_from: …}}
     * only adds to a build the base file defines.
     */
    static boolean buildsSomething(YNode svc) {
        YNode b = svc.get("build");
        if (b == null) return false;
        return b.isScalar() ? b.text() != null && !b.text().isBlank() : b.isMap() && (b.has("context") || b.has("dockerfile_inline"));
    }

    /** Every service lacks image, build and extends (and there is at least one). */
    static boolean onlyPartialServices(YNode root) {
        if (root == null || !root.isMap()) return false;
        YNode services = root.get("services");
        if (services == null || !services.isMap() || services.entries.isEmpty()) return false;
        for (YNode.Entry e : services.entries) {
            YNode svc = e.value();
            if (svc != null && svc.isMap() && (svc.has("image") || buildsSomething(svc) || svc.has("extends"))) return false;
        }
        return true;
    }

    /** This file is a variant that forms a project of its own ({@link #isStandaloneVariant}). */
    public boolean isStandalone() {
        return !BASE_NAMES.contains(fileName()) && isOverlayName(fileName()) && isStandaloneVariant(fileName(), file.root);
    }

    private static Path first(Path dir, List<String> names, ProjectFiles fs, Set<Path> deps) {
        for (String n : names) {
            Path p = dir.resolve(n);
            deps.add(p);
            if (fs.exists(p)) return p;
        }
        return null;
    }
}
