package dev.dockmentor.rules;

import dev.dockmentor.context.FileRole;
import dev.dockmentor.context.FileRoles;
import dev.dockmentor.kb.KnowledgeBase;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.text.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What every rule gets: the file's path, the project around it, settings, and a place to report. */
public abstract class AnalysisContext {
    protected final String path;
    protected final ProjectFiles files;
    protected final RuleSettings settings;
    private final List<Report> reports = new ArrayList<>();
    private final Suggest.Budget suggestions = Suggest.budget();
    private RuleMeta current;
    private FileRoles.Role role;

    protected AnalysisContext(String path, ProjectFiles files, RuleSettings settings) {
        this.path = path;
        this.files = files;
        this.settings = settings;
    }

    public String path() {
        return path;
    }

    /** Folder holding the file, or null for an unsaved buffer. */
    public Path dir() {
        if (path == null) return null;
        Path p = Path.of(path).toAbsolutePath().getParent();
        return p;
    }

    public ProjectFiles files() {
        return files;
    }

    public RuleSettings settings() {
        return settings;
    }

    public KnowledgeBase kb() {
        return KnowledgeBase.get();
    }

    /** What the file is for (computed once, from its name, folders, comments and syntax). */
    public final FileRoles.Role role() {
        if (role == null) role = computeRole();
        return role;
    }

    protected abstract FileRoles.Role computeRole();

    /** Called by the engine before each rule runs. */
    public void begin(RuleMeta meta) {
        this.current = meta;
    }

    /** What the file's "did you mean" suggestions may still compare, every rule together ({@link Suggest.Budget}). */
    public Suggest.Budget suggestions() {
        return suggestions;
    }

    /** The rule running now. */
    protected RuleMeta current() {
        return current;
    }

    private final java.util.Set<String> said = new java.util.HashSet<>();

    /**
     * True the first time a rule asks with this key during this analysis: a finding whose cause is one setting (an
     * example file to copy, one .env value) is said once, not at every line it reaches.
     */
    public boolean once(String key) {
        return said.add(current().id() + "\0" + key);
    }

    public Report report(Range range, Msg message) {
        Report r = new Report(current, path, range, message);
        reports.add(r);
        return r;
    }

    /** A finding in another file of the project (compose overlays report where the evidence is written). */
    protected Report reportIn(String filePath, Range range, Msg message) {
        Report r = new Report(current, filePath, range, message);
        reports.add(r);
        return r;
    }

    /**
     * Production-only advice is info in a development or test file, and its message says why (the severity
     * policy: a finding that cannot be sure in this context says so or drops to info).
     */
    private Finding relax(Finding f, Report r) {
        if (!r.meta.forProduction() || r.anyRole || !f.severity().atLeast(Severity.WARNING)) return f;
        Msg why = relaxedBecause(r.meta);
        if (why == null) return f;
        Msg m = Msg.of(f.message().en() + " (advice only: " + why.en() + ")", f.message().es() + " (solo un consejo: " + why.es() + ")");
        return new Finding(f.ruleId(), Severity.INFO, m, f.path(), f.range(), f.fixes(), f.related(), f.unnecessary(), f.deprecated());
    }

    /** Why production advice is only advice in this file, or null: by default, a development or test file. */
    protected Msg relaxedBecause(RuleMeta meta) {
        FileRoles.Role ro = role();
        if (!ro.role().relaxed()) return null;
        String[] noun = ro.role().noun();
        return Msg.of("this is " + noun[0] + ", " + ro.signal(), "es " + noun[1] + ", " + FileRole.signalEs(ro.signal()));
    }

    public Report report(Range range, String en, String es) {
        return report(range, Msg.of(en, es));
    }

    /** Findings reported so far; the engine drains them after each rule. */
    public List<Finding> drain() {
        List<Finding> out = new ArrayList<>(reports.size());
        for (Report r : reports) out.add(relax(r.toFinding(), r));
        reports.clear();
        return out;
    }
}
