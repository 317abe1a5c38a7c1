package dev.dockmentor.rules;

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

    public Report report(Range range, String en, String es) {
        return report(range, Msg.of(en, es));
    }

    /** Findings reported so far; the engine drains them after each rule. */
    public List<Finding> drain() {
        List<Finding> out = new ArrayList<>(reports.size());
        for (Report r : reports) out.add(r.toFinding());
        reports.clear();
        return out;
    }
}
