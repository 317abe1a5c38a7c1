package dev.dockmentor.cli;

import dev.dockmentor.config.Config;
import dev.dockmentor.config.ConfigException;
import dev.dockmentor.config.ConfigLoader;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.project.FileClassifier;
import dev.dockmentor.project.FileProbe;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.project.SnapshotProbe;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Profile;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.TemplateFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code dockmentor check}: walks paths, lints every recognised file, prints, sets the exit status. */
final class CheckCommand {
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final PrintStream out;
    private final PrintStream err;
    private String format = "text";
    private Profile profile;
    private Path configFile;
    private Severity failOn = Severity.ERROR;
    private boolean failNever;
    private String locale;
    private FileKind forcedKind;
    private boolean verbose;
    private boolean statistics;
    private boolean fix;
    private boolean unsafeFixes;
    private boolean diff;
    private final List<String> paths = new ArrayList<>();
    private final Map<Path, Config> configs = new HashMap<>();
    private final Map<Path, Config> configFiles = new HashMap<>();
    // One run sees the tree as it was when first asked: each folder listed once (config lookups walk up
    // through the same folders for every file; most names asked about are absent).
    private final FileProbe probe = new SnapshotProbe(FileProbe.DISK);
    private final ProjectFiles files = ProjectFiles.on(probe);
    private final Analyzer analyzer = new Analyzer();

    private String stdinFilename;
    private java.io.InputStream stdin = System.in;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Reads standard input from {@code in} (tests). */
    CheckCommand stdin(java.io.InputStream in) {
        this.stdin = in;
        return this;
    }

    int run(String[] args) throws Usage {
        parse(args);
        Config explicit = null;
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) throw new Usage("--config: no such file: " + configFile);
            try {
                explicit = ConfigLoader.load(configFile);
            } catch (ConfigException e) {
                throw new Usage("broken configuration: " + e.getMessage());
            }
        }
        if (paths.contains("-")) return runStdin(explicit);
        if (paths.isEmpty()) paths.add(".");
        List<Job> jobs = new ArrayList<>();
        String effectiveLocale = locale;
        for (String p : paths) {
            Path path = Path.of(p);
            if (!Files.exists(path)) throw new Usage("no such file or folder: " + p);
            if (!Files.isReadable(path)) throw new Usage("cannot read: " + p);
            List<Path> targets = new ArrayList<>();
            if (Files.isDirectory(path)) {
                targets.addAll(walk(path, explicit));
            } else {
                Optional<FileKind> kind = forcedKind != null ? Optional.of(forcedKind) : FileClassifier.classify(path.getFileName().toString());
                if (kind.isEmpty()) throw new Usage("cannot tell what kind of file " + p + " is; name it like a Dockerfile or compose file, or pass --kind dockerfile|compose");
                targets.add(path);
            }
            for (Path t : targets) {
                Config cfg = explicit != null ? explicit : configFor(t);
                cfg = cfg.withProfile(profile);
                // A walked folder is the project as the user sees it: its subfolder names say what files are for.
                if (Files.isDirectory(path) && cfg.projectRoot() == null) cfg = cfg.withProjectRoot(walkRoot(path));
                if (effectiveLocale == null) effectiveLocale = cfg.locale();
                FileKind kind = forcedKind != null && !Files.isDirectory(path) ? forcedKind
                        : FileClassifier.classify(t.getFileName().toString()).orElse(FileKind.DOCKERFILE);
                jobs.add(new Job(t, kind, cfg, Files.isDirectory(path)));
            }
        }
        if (diff || fix) {
            FixRun run = new FixRun(this::analyze, unsafeFixes, out, err);
            List<FixRun.Target> targets = jobs.stream().map(j -> new FixRun.Target(j.file(), j.kind(), j.cfg())).toList();
            if (diff) return run.printDiffs(targets);
            run.apply(targets);
        }
        List<Output> results = skipTemplates(jobs, lintAll(jobs));
        if (effectiveLocale == null) effectiveLocale = envLocale();
        return report(results, effectiveLocale);
    }

    /**
     * {@code check - --stdin-filename NAME}: lints standard input as the file NAME would be (its kind from the name or
     * {@code --kind}, its project from NAME's folder), for editors, pre-commit hooks and pipes. Nothing is written.
     */
    private int runStdin(Config explicit) throws Usage {
        if (paths.size() > 1) throw new Usage("check: '-' (standard input) cannot be combined with other paths");
        if (fix || diff) throw new Usage("check: --fix and --diff write or compare files; with '-' lint only");
        String name = stdinFilename != null ? stdinFilename : forcedKind == FileKind.COMPOSE ? "compose.yaml" : "Dockerfile";
        Path file = Path.of(name);
        FileKind kind = forcedKind != null ? forcedKind : FileClassifier.classify(file.getFileName().toString()).orElseThrow(() ->
                new Usage("cannot tell what kind of file " + name + " is; pass --kind dockerfile|compose"));
        String text;
        try {
            text = decode(stdin.readAllBytes());
            stdinText = text;
        } catch (IOException e) {
            throw new Usage("cannot read standard input: " + e.getMessage());
        }
        Config cfg = (explicit != null ? explicit : configFor(file.toAbsolutePath())).withProfile(profile);
        List<Output> results = List.of(new Output(name, kind, analyze(file, kind, cfg, text)));
        String effectiveLocale = locale != null ? locale : cfg.locale() != null ? cfg.locale() : envLocale();
        return report(results, effectiveLocale);
    }

    /** Writes the results in the chosen format (or the statistics); the exit status --fail-on gives them. */
    private int report(List<Output> results, String effectiveLocale) {
        if (statistics) {
            Statistics.write(results, verbose, out);
        } else switch (format) {
            case "json" -> JsonFormat.write(results, effectiveLocale, out);
            case "sarif" -> SarifFormat.write(results, analyzer.registry().rules(), effectiveLocale, Version.get(), out);
            case "github" -> CiFormats.github(results, effectiveLocale, out);
            case "gitlab" -> CiFormats.gitlab(results, effectiveLocale, this::textForFingerprint, out);
            case "checkstyle" -> CiFormats.checkstyle(results, effectiveLocale, out);
            default -> TextFormat.write(results, effectiveLocale, System.console() != null && System.getenv("NO_COLOR") == null, out);
        }
        if (failNever) return 0;
        for (Output o : results) for (Finding f : o.findings()) if (f.severity().atLeast(failOn)) return 1;
        return 0;
    }

    /** A linted file's text, for GitLab fingerprints (null when it cannot be read again, as for standard input). */
    private String textForFingerprint(String path) {
        if (stdinText != null && paths.contains("-")) return stdinText;
        try {
            return read(Path.of(path));
        } catch (Usage | RuntimeException e) {
            return null;
        }
    }

    private String stdinText;

    private void parse(String[] args) throws Usage {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            String name = a;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "--format" -> {
                    format = value != null ? value : next(args, ++i, name);
                    if (!List.of("text", "json", "sarif", "github", "gitlab", "checkstyle").contains(format)) {
                        throw new Usage("--format must be text, json, sarif, github, gitlab or checkstyle, not '" + format + "'");
                    }
                }
                case "--profile" -> {
                    String v = value != null ? value : next(args, ++i, name);
                    profile = Profile.parse(v);
                    if (profile == null) throw new Usage("--profile must be recommended or strict, not '" + v + "'");
                }
                case "--config" -> configFile = Path.of(value != null ? value : next(args, ++i, name));
                case "--fail-on" -> {
                    String v = value != null ? value : next(args, ++i, name);
                    if (v.equals("never")) failNever = true;
                    else {
                        failOn = Severity.parse(v);
                        if (failOn == null || failOn == Severity.HINT && !v.equals("hint"))
                            throw new Usage("--fail-on must be error, warning, info or never, not '" + v + "'");
                    }
                }
                case "--locale" -> {
                    locale = value != null ? value : next(args, ++i, name);
                    if (!locale.equals("en") && !locale.equals("es")) throw new Usage("--locale must be en or es, not '" + locale + "'");
                }
                case "--kind" -> {
                    String v = value != null ? value : next(args, ++i, name);
                    forcedKind = FileClassifier.parseKind(v).orElseThrow(() -> new Usage("--kind must be dockerfile or compose, not '" + v + "'"));
                }
                case "--debug" -> { }
                case "--verbose", "-v" -> verbose = true;
                case "--statistics" -> statistics = true;
                case "--fix" -> fix = true;
                case "--unsafe-fixes" -> unsafeFixes = true;
                case "--diff" -> diff = true;
                case "--stdin-filename" -> stdinFilename = value != null ? value : next(args, ++i, name);
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) throw new Usage("check: unknown option '" + a + "' (see dockmentor --help)");
                    paths.add(a);
                }
            }
        }
    }

    private static String next(String[] args, int i, String name) throws Usage {
        if (i >= args.length) throw new Usage(name + " needs a value");
        return args[i];
    }

    private Config configFor(Path file) throws Usage {
        Path dir = file.toAbsolutePath().getParent();
        Config c = configs.get(dir);
        if (c != null) return c;
        Optional<Path> found = ConfigLoader.find(dir, probe);
        if (found.isEmpty()) {
            c = Config.DEFAULT;
        } else {
            c = configFiles.get(found.get());
            if (c == null) {
                try {
                    c = ConfigLoader.load(found.get());
                } catch (ConfigException e) {
                    throw new Usage("broken configuration: " + e.getMessage());
                }
                configFiles.put(found.get(), c);
            }
        }
        configs.put(dir, c);
        return c;
    }

    /** The Dockerfiles a folder walk finds under {@code root} (as {@code check} would lint them), for {@code format}. */
    List<Path> dockerfilesUnder(Path root) throws Usage {
        List<Path> out = new ArrayList<>();
        for (Path p : walk(root, null)) {
            if (FileClassifier.classify(p.getFileName().toString()).orElse(null) == FileKind.DOCKERFILE) out.add(p);
        }
        return out;
    }

    private List<Path> walk(Path root, Config explicit) throws Usage {
        List<Path> found = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        List<PathMatcher> ignores = new ArrayList<>();
        Config rootCfg = explicit != null ? explicit : configFor(root.resolve("x"));
        for (String g : rootCfg.ignorePaths()) ignores.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        Path base = rootCfg.source() != null ? rootCfg.source().toAbsolutePath().getParent() : root.toAbsolutePath();
        try {
            // A folder named through a symbolic link is walked as the folder it points to (links inside are not followed).
            Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(start) && (n.equals(".git") || n.equals("node_modules") || vendored(dir, n) || ignored(dir))) {
                        if (verbose && vendored(dir, n)) err.println("dockmentor: skipped vendored code " + dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Optional<FileKind> k = FileClassifier.classify(file.getFileName().toString());
                    // A symbolic link to a file counts once: under its own name, unless the walk also finds its target.
                    boolean link = attrs.isSymbolicLink() && Files.isRegularFile(file);
                    if (link && k.isPresent()) {
                        links.add(file);
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile() && k.isPresent() && (k.get() == FileKind.DOCKERFILE || Analyzer.COMPOSE_SUPPORTED)
                            && !ignored(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    err.println("dockmentor: skipping unreadable " + file + ": " + exc.getMessage());
                    return FileVisitResult.CONTINUE;
                }

                private boolean ignored(Path p) {
                    if (ignores.isEmpty()) return false;
                    Path rel;
                    try {
                        rel = base.relativize(p.toAbsolutePath());
                    } catch (IllegalArgumentException e) {
                        return false;
                    }
                    for (PathMatcher m : ignores) if (m.matches(rel)) return true;
                    return false;
                }
            });
        } catch (IOException e) {
            throw new Usage("cannot read folder " + root + ": " + e.getMessage());
        }
        java.util.Set<Path> real = new java.util.HashSet<>();
        for (Path f : found) real.add(f.toAbsolutePath().normalize());
        for (Path l : links) {
            try {
                if (real.add(l.toRealPath())) found.add(l);
            } catch (IOException e) {
                err.println("dockmentor: skipping unreadable " + l + ": " + e.getMessage());
            }
        }
        found.sort(null);
        return found;
    }

    private record Job(Path file, FileKind kind, Config cfg, boolean walked) {}

    /** The folder a walk starts from, as the files it finds are named (a symbolic link resolved, as the walk does). */
    private static Path walkRoot(Path dir) {
        try {
            return Files.isSymbolicLink(dir) ? dir.toRealPath() : dir.toAbsolutePath().normalize();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    /** Other projects' code checked in by a package manager (Go's vendor/modules.txt, Composer's vendor/autoload.php). */
    private static boolean vendored(Path dir, String name) {
        return name.equals("vendor") && (Files.isRegularFile(dir.resolve("modules.txt")) || Files.isRegularFile(dir.resolve("autoload.php")));
    }

    /**
     * A folder walk skips templates (interfaces.md): a file found by the walk whose only finding is
     * {@code template-file} is left out of the output, and {@code --verbose} names it. A template named on the
     * command line keeps its one info.
     */
    private List<Output> skipTemplates(List<Job> jobs, List<Output> results) {
        List<Output> kept = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            Output o = results.get(i);
            boolean template = !o.findings().isEmpty() && o.findings().stream().allMatch(f -> f.ruleId().equals(TemplateFile.ID));
            if (jobs.get(i).walked() && template) {
                if (verbose) err.println("dockmentor: skipped template " + o.path() + ": " + o.findings().get(0).message().en());
                continue;
            }
            kept.add(o);
        }
        return kept;
    }

    /**
     * Lints on every core (files are independent and the analyzer is shared safely, as in the language
     * server), keeping the walk's order in the output; the first unreadable file fails the run as before.
     */
    private List<Output> lintAll(List<Job> jobs) throws Usage {
        int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<Output> out = new ArrayList<>();
            for (Job j : jobs) out.add(lint(j.file(), j.kind(), j.cfg()));
            return out;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dockmentor-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Output>> futures = new ArrayList<>();
            for (Job j : jobs) futures.add(pool.submit(() -> lint(j.file(), j.kind(), j.cfg())));
            List<Output> out = new ArrayList<>(jobs.size());
            for (java.util.concurrent.Future<Output> f : futures) {
                try {
                    out.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof Usage u) throw u;
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Usage("interrupted");
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Output lint(Path file, FileKind kind, Config cfg) throws Usage {
        return new Output(file.toString(), kind, analyze(file, kind, cfg, read(file)));
    }

    /** One file's findings for this text (the file as read, or as fixes left it), built from the file's own folder. */
    private List<Finding> analyze(Path file, FileKind kind, Config cfg, String text) {
        String path = file.toString();
        return kind == FileKind.DOCKERFILE
                ? analyzer.analyzeDockerfile(path, text, file.toAbsolutePath().getParent(), files, cfg, Cancel.NEVER)
                : analyzer.analyzeCompose(path, text, files, cfg, Cancel.NEVER);
    }

    /** Reads UTF-8 (a BOM dropped); invalid bytes become U+FFFD rather than an error. */
    static String read(Path file) throws Usage {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                // Read only the cap: the analyzer reports the file as too large without loading it all.
                byte[] head = new byte[(int) Math.min(size, Analyzer.MAX_CHARS + 1L)];
                try (var in = Files.newInputStream(file)) {
                    int n = in.readNBytes(head, 0, head.length);
                    return decode(java.util.Arrays.copyOf(head, n)) + " ".repeat(Math.max(0, Analyzer.MAX_CHARS + 1 - n));
                }
            }
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new Usage("cannot read " + file + ": " + e.getMessage());
        }
    }

    static String decode(byte[] bytes) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            s = new String(bytes, StandardCharsets.UTF_8);
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static String envLocale() {
        for (String var : new String[] {"DOCKMENTOR_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = System.getenv(var);
            if (v != null && !v.isEmpty()) return v.toLowerCase(Locale.ROOT).startsWith("es") ? "es" : "en";
        }
        return "en";
    }
}
