package dev.dockmentor.rules;

import dev.dockmentor.context.DevSignals;
import dev.dockmentor.context.FileRole;
import dev.dockmentor.context.FileRoles;
import dev.dockmentor.context.ProjectDocs;
import dev.dockmentor.context.ServiceRoles;

import dev.dockmentor.compose.Build;
import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.compose.ComposeModel;
import dev.dockmentor.compose.ComposeProject;
import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.compose.YamlWriter;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.DockerfileParser;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compose project under analysis: the merged model, the file being linted, the Dockerfiles its
 * services build, and YAML edit helpers that keep the file's indentation, flow style and quotes.
 * Findings are reported in the file (and at the line) where their evidence is written.
 */
public final class ComposeContext extends AnalysisContext {
    /** A Dockerfile a service builds from. */
    public record Built(Path path, Dockerfile dockerfile, Path contextDir) {}

    private final ComposeProject project;
    private final Map<String, Optional<Built>> built = new HashMap<>();
    private final Set<Path> dependencies = new LinkedHashSet<>();

    public ComposeContext(ComposeProject project, String path, ProjectFiles files, RuleSettings settings) {
        super(path, files, settings);
        this.project = project;
        dependencies.addAll(project.dependencies);
    }

    public ComposeProject project() {
        return project;
    }

    private ServiceRoles serviceRoles;

    /** What each service of the merged project is for (one-shot jobs, what others wait for). */
    public ServiceRoles serviceRoles() {
        if (serviceRoles == null) serviceRoles = new ServiceRoles(project.model);
        return serviceRoles;
    }

    @Override
    protected FileRoles.Role computeRole() {
        ComposeFile f = project.file;
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < f.lines.lineCount() && comments.size() < 200; i++) {
            String l = f.lines.lineText(i).strip();
            if (l.startsWith("#")) comments.add(l.substring(1));
        }
        FileRoles.Role r = FileRoles.of(path, f.text, comments, files, settings.projectRoot(), true);
        if (r.role() != FileRole.PRODUCTION || f.root == null || !f.root.isMap()) return r;
        // What the file's own services do (not the overlays merged in: an override often adds the dev set-up).
        YNode services = f.root.get("services");
        if (services != null && services.isMap()) {
            for (YNode.Entry e : services.entries) {
                java.util.Optional<String> dev = DevSignals.ofService(e.value());
                if (dev.isPresent()) {
                    return new FileRoles.Role(DevSignals.testSignal(dev.get()) ? FileRole.TEST : FileRole.DEVELOPMENT, "service '" + e.name() + "' " + dev.get());
                }
            }
            String backing = backingServicesOnly(services);
            if (backing != null) return new FileRoles.Role(FileRole.DEVELOPMENT, backing);
        }
        return path == null ? r : ProjectDocs.roleOf(java.nio.file.Path.of(path), files, settings.projectRoot()).orElse(r);
    }

    /**
     * Every service of the file is a backing service (a database, cache, broker, mail catcher: no build, no app) and
     * one publishes a port: the dependencies of an app that runs on the host, a development stack. The signal, or null.
     */
    private String backingServicesOnly(YNode services) {
        if (services.entries.isEmpty() || services.entries.size() > 40) return null;
        boolean published = false;
        List<String> names = new ArrayList<>();
        for (YNode.Entry e : services.entries) {
            YNode svc = e.value();
            if (svc == null || !svc.isMap() || svc.has("build") || svc.get("image") == null || svc.get("image").text() == null) return null;
            String image = svc.get("image").text();
            if (image.contains("$")) return null;
            dev.dockmentor.dockerfile.ImageRef ref = dev.dockmentor.dockerfile.ImageRef.parse(image.strip());
            if (!kb().isBackingService(ref)) return null;
            if (names.size() < 3) names.add(ref.name());
            YNode ports = svc.get("ports");
            if (ports != null && ports.isSeq() && !ports.items.isEmpty()) published = true;
        }
        if (!published) return null;
        return "it only runs backing services (" + String.join(", ", names) + (services.entries.size() > 3 ? ", …" : "")
                + ") with published ports, for an app that runs outside it";
    }

    public ComposeModel model() {
        return project.model;
    }

    /** The file being linted, as written (not merged). */
    public ComposeFile file() {
        return project.file;
    }

    /** A production overlay or file ({@code docker-compose.prod.yml}, {@code compose.production.yaml}). */
    public boolean isProduction() {
        return project.fileName().toLowerCase(java.util.Locale.ROOT).contains("prod");
    }

    public Set<Path> dependencies() {
        // The project reads some files on first use (sibling overlays, the includer): after this context was made.
        synchronized (project) {
            dependencies.addAll(project.dependencies);
        }
        return dependencies;
    }

    // ---- reporting -------------------------------------------------------------------------

    /** Reports at a node, in the file that node was written in. */
    public Report report(YNode at, String en, String es) {
        return report(at, at.range, en, es);
    }

    /**
     * A node that aliases or merge keys share between services is reported once per rule, for the first
     * service that reaches it: the same squiggle a thousand times said nothing more, and cost memory
     * (1,000 services aliasing one environment of 47 secrets: 47,000 findings, 560 MB).
     */
    /**
     * This rule already reported at this node (a node shared through aliases is reported once): a rule may skip the
     * work of judging it again for the next service that shares it.
     */
    public boolean reportedAt(YNode at) {
        Set<YNode> nodes = reportedNodes.get(current());
        return nodes != null && nodes.contains(at);
    }

    private final Map<RuleMeta, Set<YNode>> reportedNodes = new java.util.IdentityHashMap<>();

    public Report report(YNode at, Range range, String en, String es) {
        reportedNodes.computeIfAbsent(current(), k -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())).add(at);
        if (!reported.add(new Reported(current(), at, range))) return new Report(current(), at.path, range, Msg.of(en, es));
        return reportIn(at.path, range, Msg.of(en, es));
    }

    /** A node by identity (YNode keeps Object's equals), the rule, and the range. */
    private record Reported(RuleMeta rule, YNode node, Range range) {}

    private final Set<Reported> reported = new java.util.HashSet<>();

    // ---- files -----------------------------------------------------------------------------

    /** A path written in the compose file, resolved against the project folder (an includer's project_directory). */
    public Path resolve(String written) {
        Path dir = project.dir != null ? project.pathsDir() : Path.of(".").toAbsolutePath();
        String w = written.startsWith("~/") ? System.getProperty("user.home") + written.substring(1) : written;
        return dir.resolve(w).normalize();
    }

    public boolean exists(Path p) {
        dependencies.add(p);
        return files.exists(p);
    }

    /** The Dockerfile a service builds, parsed by the core; empty for image-only or remote builds. */
    public Optional<Built> dockerfile(Service s) {
        return built.computeIfAbsent(s.name, n -> loadDockerfile(s));
    }

    private Optional<Built> loadDockerfile(Service s) {
        Build b = s.build();
        if (b == null || b.remote() || b.contextText() == null) return Optional.empty();
        Path ctxDir = resolve(b.contextText());
        if (b.dockerfileInline() != null && b.dockerfileInline().text() != null) {
            return Optional.of(new Built(null, DockerfileParser.parse(b.dockerfileInline().text()), ctxDir));
        }
        if (b.dockerfileText() == null) return Optional.empty();
        Path p = b.dockerfileIn(ctxDir, files::exists);
        dependencies.add(p);
        // One parse per Dockerfile: services building one file for its stages (build.target) parsed it each.
        return parsed.computeIfAbsent(p, q -> files.read(q).map(DockerfileParser::parse))
                .map(d -> new Built(p, d, ctxDir));
    }

    private final Map<Path, Optional<Dockerfile>> parsed = new HashMap<>();

    // ---- YAML edits ------------------------------------------------------------------------

    private String indentUnit;
    private char quote;

    public String newline() {
        return project.file.lines.newline();
    }

    public YamlWriter writer() {
        return new YamlWriter(indentUnit(), preferredQuote());
    }

    public TextEdit replace(YNode n, String text) {
        // An empty value ("key:" then a line break) sits right after the colon: without a space the
        // new value would glue onto the key ("key:[a]") and break the YAML.
        if (n.range.start().equals(n.range.end()) && !text.isEmpty() && !text.startsWith(" ")) {
            LineIndex li = linesOf(n);
            int at = li.offset(n.range.start());
            if (at > 0 && at <= li.text().length() && li.text().charAt(at - 1) == ':') text = " " + text;
        }
        return TextEdit.replace(n.path, n.range, text);
    }

    public TextEdit replace(YNode n, Range r, String text) {
        return TextEdit.replace(n.path, r, text);
    }

    private Set<YNode> shared;

    /**
     * The node is an anchor's value or lies inside one: aliases and merge keys may reuse it, so an edit
     * there changes every user of the anchor, not only the one a finding is about.
     */
    public boolean shared(YNode n) {
        if (shared == null) {
            shared = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<ComposeFile> all = new ArrayList<>(project.files);
            all.add(project.file);
            for (ComposeFile f : all) {
                for (YNode a : f.allNodes()) {
                    if (a.anchor == null || shared.contains(a)) continue;
                    List<YNode> stack = new ArrayList<>(List.of(a));
                    while (!stack.isEmpty()) {
                        YNode x = stack.remove(stack.size() - 1);
                        if (shared.add(x)) stack.addAll(x.children());
                    }
                }
            }
        }
        return shared.contains(n);
    }

    /** An anchor is defined inside the text of {@code n}: replacing that text would drop it from its aliases. */
    public boolean definesAnchor(YNode n) {
        List<YNode> stack = new ArrayList<>(List.of(n));
        Set<YNode> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!stack.isEmpty()) {
            YNode x = stack.remove(stack.size() - 1);
            if (!seen.add(x)) continue;
            if (x.anchor != null && java.util.Objects.equals(x.path, n.path) && n.range.start().compareTo(x.range.start()) <= 0
                    && x.range.end().compareTo(n.range.end()) <= 0) return true;
            stack.addAll(x.children());
        }
        return false;
    }

    /** Adds {@code key: value} to a mapping, block or flow as the mapping is written. */
    public TextEdit addEntry(YNode map, String key, Object value) {
        YamlWriter w = writer();
        LineIndex li = linesOf(map);
        if (map.flow) {
            Position end = map.range.end();
            Position before = new Position(end.line(), Math.max(0, end.character() - 1));
            String sep = map.entries.isEmpty() ? "" : ", ";
            return TextEdit.insert(map.path, before, sep + key + ": " + w.flow(value));
        }
        if (!plainKeys(map, li)) return null; // explicit '? key' or multi-line keys: no line-based insert is safe
        String indent = entryIndent(map, li);
        String nl = li.newline();
        int line = lastOwnLine(map);
        String text = w.entry(indent, key, value, nl);
        if (line + 1 < li.lineCount()) return TextEdit.insert(map.path, new Position(line + 1, 0), text);
        return TextEdit.insert(map.path, li.position(li.text().length()), nl + text.substring(0, text.length() - nl.length()));
    }

    /** Adds an item to a sequence, block or flow as written. */
    public TextEdit addItem(YNode seq, Object value) {
        YamlWriter w = writer();
        LineIndex li = linesOf(seq);
        if (seq.flow) {
            Position end = seq.range.end();
            Position before = new Position(end.line(), Math.max(0, end.character() - 1));
            return TextEdit.insert(seq.path, before, (seq.items.isEmpty() ? "" : ", ") + w.flow(value));
        }
        String nl = li.newline();
        String indent = indentAt(li, seq.startLine(), seq.range.start().character());
        int line = seq.endLine();
        String text = w.item(indent, value, nl);
        if (line + 1 < li.lineCount()) return TextEdit.insert(seq.path, new Position(line + 1, 0), text);
        return TextEdit.insert(seq.path, li.position(li.text().length()), nl + text.substring(0, text.length() - nl.length()));
    }

    /** Adds a key to a service (written in this file), or gives an empty service its first key. */
    public Optional<TextEdit> addToService(Service s, String key, Object value) {
        if (s.node != null && hasOwnEntries(s.node)) return Optional.ofNullable(addEntry(s.node, key, value));
        if (s.node != null && s.node.isMap() && s.node.flow && s.node.path.equals(s.key.path)) {
            return Optional.ofNullable(addEntry(s.node, key, value)); // "api: {}" gets "api: {key: value}"
        }
        // A block mapping with no entries of its own still has lines ("<<:" with nothing to merge): a line
        // inserted after the key could not match their indentation, so nothing is offered.
        if (s.node == null || s.node.entries.isEmpty() && !s.node.isMap()) {
            LineIndex li = linesOf(s.key);
            String indent = indentAt(li, s.key.startLine(), s.key.range.start().character()) + indentUnit();
            String nl = li.newline();
            Position keyEnd = new Position(s.key.startLine(), li.lineText(s.key.startLine()).length());
            String text = writer().entry(indent, key, value, nl);
            return Optional.of(TextEdit.insert(s.key.path, keyEnd, nl + text.substring(0, text.length() - nl.length())));
        }
        return Optional.empty();
    }

    /** Every key of the mapping written in this file is a one-line key alone at the start of its line (or after "- "). */
    private static boolean plainKeys(YNode map, LineIndex li) {
        for (YNode.Entry e : map.entries) {
            if (e.merged() || !java.util.Objects.equals(e.key().path, map.path)) continue;
            if (e.key().startLine() != e.key().endLine()) return false;
            String before = li.lineText(e.key().startLine()).substring(0, Math.min(e.key().range.start().character(),
                    li.lineText(e.key().startLine()).length()));
            if (!before.replace("- ", "  ").replace("\uFEFF", "").isBlank()) return false;
        }
        return true;
    }

    private boolean hasOwnEntries(YNode map) {
        for (YNode.Entry e : map.entries) if (!e.merged() && e.key().path.equals(map.path)) return true;
        return map.flow;
    }

    private int lastOwnLine(YNode map) {
        int line = map.startLine();
        for (YNode.Entry e : map.entries) {
            if (e.merged() || !java.util.Objects.equals(e.key().path, map.path)) continue;
            if (e.key().startLine() < map.startLine()) continue;
            // An override may replace the value (command:): its lines count in the override, not here.
            boolean own = java.util.Objects.equals(e.value().path, map.path);
            int end = own && e.value().endLine() >= e.key().startLine() ? e.value().endLine() : e.key().startLine();
            line = Math.max(line, end);
        }
        return Math.max(line, map.endLine());
    }

    private String entryIndent(YNode map, LineIndex li) {
        for (YNode.Entry e : map.entries) {
            if (e.merged() || !java.util.Objects.equals(e.key().path, map.path)) continue;
            return indentAt(li, e.key().startLine(), e.key().range.start().character());
        }
        return indentAt(li, map.startLine(), map.range.start().character());
    }

    /**
     * Blanks as wide as the text before a column ({@code "- "} prefixes become spaces). A byte-order mark is
     * not indentation: on the first line of a file with a BOM, keys sit at column 1 but new lines start at 0.
     */
    private static String indentAt(LineIndex li, int line, int col) {
        String l = li.lineText(line);
        String before = l.substring(0, Math.min(col, l.length()));
        if (before.startsWith("\uFEFF")) before = before.substring(1);
        return " ".repeat(before.length());
    }

    private LineIndex linesOf(YNode n) {
        for (ComposeFile f : project.files) if (java.util.Objects.equals(f.path, n.path)) return f.lines;
        return project.file.lines;
    }

    /** The file's indentation step (2 when it cannot tell); read once per file, not once per fix. */
    public String indentUnit() {
        if (indentUnit == null) indentUnit = readIndentUnit();
        return indentUnit;
    }

    private String readIndentUnit() {
        LineIndex li = project.file.lines;
        int best = 0;
        for (int i = 0; i < li.lineCount(); i++) {
            String l = li.lineText(i);
            int n = 0;
            while (n < l.length() && l.charAt(n) == ' ') n++;
            if (n > 0 && n < l.length() && l.charAt(n) != '#' && (best == 0 || n < best)) best = n;
        }
        return " ".repeat(best == 0 ? 2 : Math.min(best, 8));
    }

    private char preferredQuote() {
        if (quote == 0) quote = readPreferredQuote();
        return quote;
    }

    private char readPreferredQuote() {
        String t = project.file.text;
        long dq = t.chars().filter(c -> c == '"').count();
        long sq = t.chars().filter(c -> c == '\'').count();
        return sq > dq ? '\'' : '"';
    }

    /** The range of the line holding a node (for whole-line edits). */
    public Range lineRange(YNode n) {
        LineIndex li = linesOf(n);
        int l = n.startLine();
        return Range.of(l, 0, l, li.lineText(l).length());
    }

    /** Deletes the whole lines a top-level entry occupies. */
    public TextEdit deleteEntryLines(YNode.Entry e) {
        LineIndex li = linesOf(e.key());
        int start = e.key().startLine();
        int end = Math.max(start, e.value().endLine());
        if (end + 1 < li.lineCount()) return TextEdit.replace(e.key().path, Range.of(start, 0, end + 1, 0), "");
        return TextEdit.replace(e.key().path, new Range(new Position(start, 0), li.position(li.text().length())), "");
    }
}
