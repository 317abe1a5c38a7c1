package dev.dockmentor.rules;

import dev.dockmentor.context.FileRole;
import dev.dockmentor.context.FileRoles;
import dev.dockmentor.context.DockerfileUsers;
import dev.dockmentor.context.ImageRoles;
import dev.dockmentor.context.ProjectDocs;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Heredoc;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.SourceText;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.project.DockerIgnore;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.shell.Command;
import dev.dockmentor.shell.PackageOp;
import dev.dockmentor.shell.Removals;
import dev.dockmentor.shell.ShellParser;
import dev.dockmentor.shell.ShellScript;
import dev.dockmentor.shell.ShellWord;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A Dockerfile under analysis, with the shell model of its RUNs and its build context. */
public final class DockerfileContext extends AnalysisContext {
    private static final Pattern SHELL_INTERPRETER = Pattern.compile("(?:/usr)?(?:/bin/)?(?:ba|da|a)?sh");

    private final Dockerfile df;
    private final Path contextDir;
    private final Map<Instruction, ShellScript> scripts = new IdentityHashMap<>();
    private final Map<Instruction, List<PackageOp>> packageOps = new IdentityHashMap<>();
    private final Map<Instruction, Removals> removals = new IdentityHashMap<>();
    private Optional<DockerIgnore> dockerignore;
    private int swallowed = -2;

    public DockerfileContext(Dockerfile df, String path, Path contextDir, ProjectFiles files, RuleSettings settings) {
        super(path, files, settings);
        this.df = df;
        this.contextDir = contextDir != null ? contextDir : dir();
    }

    public Dockerfile dockerfile() {
        return df;
    }

    private Boolean baseImage;

    /** A base or toolchain image: the final stage says nothing to run (see {@link ImageRoles#isBaseImage}). */
    public boolean isBaseImage() {
        if (baseImage == null) baseImage = ImageRoles.isBaseImage(df);
        return baseImage;
    }

    @Override
    protected Msg relaxedBecause(RuleMeta meta) {
        Msg byFile = super.relaxedBecause(meta);
        if (byFile != null || !meta.forRunningApp() || !isBaseImage()) return byFile;
        return Msg.of("this is a base image, built to be extended: its final stage sets no CMD or ENTRYPOINT",
                "es una imagen base, hecha para extenderla: su etapa final no fija CMD ni ENTRYPOINT");
    }

    @Override
    protected FileRoles.Role computeRole() {
        List<String> comments = new ArrayList<>(df.comments.size());
        for (dev.dockmentor.dockerfile.Comment c : df.comments) comments.add(c.text());
        FileRoles.Role r = FileRoles.of(path, df.text, comments, files, settings.projectRoot(), false);
        if (r.role() != FileRole.PRODUCTION) return r;
        Optional<String> runner = ImageRoles.testRunner(df);
        if (runner.isPresent()) return new FileRoles.Role(FileRole.TEST, "its final stage runs " + runner.get());
        Optional<String> tool = ImageRoles.toolCommand(df);
        if (tool.isPresent()) return new FileRoles.Role(FileRole.TOOL, "its command is " + tool.get());
        Optional<Stage> devOnly = ImageRoles.developmentOnly(df);
        if (devOnly.isPresent()) {
            return new FileRoles.Role(ImageRoles.stageKind(devOnly.get()), "its final stage is '" + devOnly.get().rawName + "', and no other stage is a production one");
        }
        var fin = shippedStage().orElse(null);
        if (fin != null && fin.root().image != null && kb().isDevEnvironment(fin.root().image)) {
            return new FileRoles.Role(FileRole.DEVELOPMENT, "its base image is a development environment (" + fin.root().image.repository() + ")");
        }
        Optional<String> dev = ImageRoles.devSignal(df);
        if (dev.isPresent()) return new FileRoles.Role(FileRole.DEVELOPMENT, dev.get());
        // Built by a compose service that mounts the source over the image's code: a development image.
        String workdir = finalWorkdir();
        for (DockerfileUsers.User u : users()) {
            for (String target : u.sourceMounts()) {
                if (workdir != null && (target.equals(workdir) || target.equals(workdir + "/"))) {
                    return new FileRoles.Role(FileRole.DEVELOPMENT, "built by compose service '" + u.service()
                            + "', which mounts the source over " + workdir);
                }
            }
        }
        // Every service that builds it is in a development or test set-up, or runs it in development mode.
        Optional<DockerfileUsers.User> shared = DockerfileUsers.sharedRelaxedUse(users());
        if (shared.isPresent()) {
            DockerfileUsers.User u = shared.get();
            return new FileRoles.Role(u.use().role(), "built by compose service '" + u.service() + "' (" + u.use().signal() + ")");
        }
        return path == null ? r : ProjectDocs.roleOf(Path.of(path), files, settings.projectRoot()).orElse(r);
    }

    private List<dev.dockmentor.context.BakeFiles.Target> bakeTargets;

    /** Set by the engine when it already looked the Bake targets up (to infer the build context). */
    public void bakeTargets(List<dev.dockmentor.context.BakeFiles.Target> known) {
        this.bakeTargets = List.copyOf(known);
    }

    /** The Bake targets that build this Dockerfile (from the bake files in its folder and above). */
    public List<dev.dockmentor.context.BakeFiles.Target> bakeTargets() {
        if (bakeTargets == null) {
            bakeTargets = path == null ? List.of() : dev.dockmentor.context.BakeFiles.targetsBuilding(Path.of(path), files, settings.projectRoot());
        }
        return bakeTargets;
    }

    private java.util.Set<String> namedContexts;

    /**
     * Names a Bake file passes as named contexts to the targets building this Dockerfile ({@code contexts = { base =
     * "target:base" }}): {@code FROM base} reads that context, it pulls no image.
     */
    public java.util.Set<String> namedContexts() {
        if (namedContexts == null) namedContexts = dev.dockmentor.context.BakeFiles.namedContexts(bakeTargets());
        return namedContexts;
    }

    private java.util.Set<String> locallyBuilt;

    /** Image names compose services near this Dockerfile build and tag themselves ({@link dev.dockmentor.context.LocalImages}). */
    public java.util.Set<String> locallyBuilt() {
        if (locallyBuilt == null) {
            locallyBuilt = path == null ? java.util.Set.of()
                    : dev.dockmentor.context.LocalImages.builtNear(Path.of(path).getParent(), files, settings.projectRoot());
        }
        return locallyBuilt;
    }

    private List<DockerfileUsers.User> users;

    /** Set by the engine when it already looked the services up (to infer the build context). */
    public void users(List<DockerfileUsers.User> known) {
        this.users = List.copyOf(known);
    }

    /** The compose services that build this Dockerfile (from the compose files in its folder and above). */
    public List<DockerfileUsers.User> users() {
        if (users == null) users = path == null ? List.of() : DockerfileUsers.of(Path.of(path), files, settings.projectRoot());
        return users;
    }

    private Optional<Stage> shipped;

    /** The stage whose image ships ({@link ImageRoles#shippedStage}): the final one unless that is a development target. */
    public Optional<Stage> shippedStage() {
        if (shipped == null) shipped = ImageRoles.shippedStage(df);
        return shipped;
    }

    /** The last literal WORKDIR of the shipped stage's chain, or null. */
    private String finalWorkdir() {
        var fin = shippedStage().orElse(null);
        String w = null;
        for (var s : ImageRoles.chain(fin)) for (Instruction i : s.all("WORKDIR")) {
            String v = i.argsText().strip();
            if (v.startsWith("/") && !v.contains("$")) w = v.endsWith("/") && v.length() > 1 ? v.substring(0, v.length() - 1) : v;
        }
        return w;
    }

    public Path contextDir() {
        return contextDir;
    }

    private boolean contextUnresolved;

    /** Set by the engine: the Dockerfile copies paths found in no folder it could be built from. */
    public void contextUnresolved(boolean unresolved) {
        this.contextUnresolved = unresolved;
    }

    /** The build context is a guess (see {@link dev.dockmentor.context.BuildContexts}): context findings say so. */
    public boolean contextUnresolved() {
        return contextUnresolved;
    }

    public Optional<Path> dockerignorePath() {
        if (contextDir == null) return Optional.empty();
        // Docker prefers <Dockerfile>.dockerignore beside the Dockerfile, then the context's.
        if (path != null) {
            Path own = Path.of(path).toAbsolutePath().resolveSibling(Path.of(path).getFileName() + ".dockerignore");
            if (files.exists(own)) return Optional.of(own);
        }
        return Optional.of(contextDir.resolve(".dockerignore"));
    }

    public Optional<DockerIgnore> dockerignore() {
        if (dockerignore == null) {
            dockerignore = dockerignorePath().flatMap(files::read).map(DockerIgnore::parse);
        }
        return dockerignore;
    }

    /** The shell commands a RUN executes: shell form, a shell heredoc body, or the exec array. */
    public ShellScript shell(Instruction ins) {
        Instruction target = ins.child != null ? ins.child : ins;
        return scripts.computeIfAbsent(target, this::parseShell);
    }

    private ShellScript parseShell(Instruction ins) {
        if (!ins.is("RUN")) return ShellScript.EMPTY;
        if (ins.execForm) {
            List<ShellWord> ws = new ArrayList<>();
            for (Word w : ins.execArgs) ws.add(new ShellWord(w.raw(), w.value(), w.range()));
            if (ws.isEmpty()) return ShellScript.EMPTY;
            return new ShellScript(List.of(new Command(List.copyOf(ws), null, null,
                    new Range(ws.get(0).range().start(), ws.get(ws.size() - 1).range().end()))));
        }
        List<Command> all = new ArrayList<>(ShellParser.parse(ins.args).commands());
        for (Heredoc h : ins.heredocs) {
            if (!heredocIsScript(ins, all, h)) continue;
            SourceText body = SourceText.slice(df.lines, h.bodyStart(), h.bodyStart() + h.body().length());
            all.addAll(ShellParser.parse(body).commands());
        }
        return new ShellScript(List.copyOf(all));
    }

    /** {@code RUN <<EOF} or {@code RUN bash <<EOF}: the body is the script. {@code RUN python3 <<EOF} is not. */
    private boolean heredocIsScript(Instruction ins, List<Command> commands, Heredoc h) {
        if (h.body().startsWith("#!")) {
            String first = h.body().lines().findFirst().orElse("");
            return first.matches("#!\\s*\\S*(sh|bash|dash|ash)(\\s.*)?") || first.matches("#!\\s*/usr/bin/env\\s+(ba|da|a)?sh.*");
        }
        for (Command c : commands) {
            if (c.words().stream().anyMatch(w -> w.raw().contains("<<"))) {
                String p = c.program();
                return p.isEmpty() || p.startsWith("<<") || SHELL_INTERPRETER.matcher(p).matches();
            }
        }
        return commands.isEmpty();
    }

    /** The package-manager calls of a RUN, computed once per analysis: many rules read them. */
    public List<PackageOp> packageOps(Instruction ins) {
        return packageOps.computeIfAbsent(ins, i -> {
            List<PackageOp> out = new ArrayList<>();
            for (Command c : shell(i).commands()) PackageOp.of(c).ifPresent(out::add);
            return List.copyOf(out);
        });
    }

    /**
     * Whether a package that {@code install} (one of the RUN's {@link #packageOps}) puts in is removed again
     * by the same RUN, so the layer does not keep it. Every rule that asks "what does this RUN leave installed"
     * goes through here, so they agree on the clean-up idioms.
     */
    public boolean removedAgain(Instruction ins, PackageOp install, String pkg) {
        return removals.computeIfAbsent(ins, i -> Removals.of(shell(i).commands())).removedAfter(install, pkg);
    }

    /** All RUN instructions of a stage (ONBUILD ones excluded: they run in another build). */
    public List<Instruction> runs(Stage s) {
        return s.all("RUN");
    }

    // ---- edit helpers --------------------------------------------------------------------

    public TextEdit replace(Range r, String text) {
        return TextEdit.replace(path, r, text);
    }

    public TextEdit insert(Position p, String text) {
        return TextEdit.insert(path, p, text);
    }

    /** Inserts whole lines before the line of {@code line}. */
    public TextEdit insertLinesBefore(int line, String text) {
        return TextEdit.insert(path, new Position(line, 0), text);
    }

    /** Inserts whole lines after the end of an instruction (heredocs included). */
    public TextEdit insertLinesAfter(Instruction ins, String text) {
        String nl = df.lines.newline();
        int end = ins.endLine;
        if (end + 1 < df.lines.lineCount()) return TextEdit.insert(path, new Position(end + 1, 0), text);
        return TextEdit.insert(path, df.lines.position(df.text.length()), nl + stripTrailingNewline(text, nl));
    }

    /** Deletes an instruction's lines, the line terminator included. */
    public TextEdit deleteLines(Instruction ins) {
        int start = ins.startLine;
        int endLine = ins.endLine;
        if (endLine + 1 < df.lines.lineCount()) return TextEdit.replace(path, Range.of(start, 0, endLine + 1, 0), "");
        if (start > 0) {
            Position from = df.lines.position(df.lines.lineEnd(start - 1));
            return TextEdit.replace(path, new Range(from, df.lines.position(df.text.length())), "");
        }
        return TextEdit.replace(path, new Range(new Position(0, 0), df.lines.position(df.text.length())), "");
    }

    public String newline() {
        return df.lines.newline();
    }

    /**
     * Drops fixes that would edit the text an unterminated heredoc swallows (its body runs to the end of
     * the file): an instruction "inserted" there is only more heredoc body, so such a fix cannot work.
     */
    @Override
    public List<Finding> drain() {
        List<Finding> out = super.drain();
        int swallowed = swallowedFrom();
        if (swallowed < 0) return out;
        List<Finding> kept = new ArrayList<>(out.size());
        for (Finding f : out) {
            List<Fix> fixes = f.fixes().stream().filter(x -> x.edits().stream()
                    .noneMatch(e -> !e.create() && java.util.Objects.equals(e.path(), path)
                            && (df.lines.offset(e.range().start()) >= swallowed || df.lines.offset(e.range().end()) > swallowed))).toList();
            kept.add(fixes.size() == f.fixes().size() ? f : new Finding(f.ruleId(), f.severity(), f.message(), f.path(),
                    f.range(), fixes, f.related(), f.unnecessary(), f.deprecated()));
        }
        return kept;
    }

    /**
     * Offset from which inserted text would be swallowed, or -1 (computed once per file): the body of the first
     * unterminated heredoc, or the end of a file whose last line ends with a line continuation (text appended
     * there would join that instruction; found by fuzzing).
     */
    private int swallowedFrom() {
        if (swallowed == -2) {
            swallowed = danglingContinuation() ? df.text.length() : -1;
            outer:
            for (Instruction ins : df.instructions) {
                for (Instruction i = ins; i != null; i = i.child) {
                    for (Heredoc h : i.heredocs) {
                        if (!h.terminated()) {
                            swallowed = swallowed < 0 ? h.bodyStart() : Math.min(swallowed, h.bodyStart());
                            break outer;
                        }
                    }
                }
            }
        }
        return swallowed;
    }

    /**
     * The file's last line with content (not blank, not a comment) ends with the escape character: a line
     * continuation, as BuildKit reads it (it does not count them: a line ending in two escapes continues too).
     */
    private boolean danglingContinuation() {
        // Blank and comment lines inside a continuation are skipped, so the last line with content decides.
        for (int l = df.lines.lineCount() - 1; l >= 0; l--) {
            String line = df.lines.lineText(l).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            return line.charAt(line.length() - 1) == df.escape;
        }
        return false;
    }

    /** Leading whitespace of the instruction's first line, to indent inserted lines alike. */
    public String indentOf(Instruction ins) {
        String l = df.lines.lineText(ins.startLine);
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) i++;
        return l.substring(0, i);
    }

    private static String stripTrailingNewline(String s, String nl) {
        return s.endsWith(nl) ? s.substring(0, s.length() - nl.length()) : s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
