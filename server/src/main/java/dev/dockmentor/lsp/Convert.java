package dev.dockmentor.lsp;

import dev.dockmentor.docs.RuleDocs;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Related;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;

/** Core types to LSP4J types and back. Nothing else in the server builds a Diagnostic. */
final class Convert {
    static final String SOURCE = "dockmentor";

    private Convert() {}

    static org.eclipse.lsp4j.Position lsp(Position p) {
        return new org.eclipse.lsp4j.Position(p.line(), p.character());
    }

    static org.eclipse.lsp4j.Range lsp(Range r) {
        return new org.eclipse.lsp4j.Range(lsp(r.start()), lsp(r.end()));
    }

    static Position core(org.eclipse.lsp4j.Position p) {
        return p == null ? new Position(0, 0) : new Position(p.getLine(), p.getCharacter());
    }

    static Range core(org.eclipse.lsp4j.Range r) {
        return r == null ? Range.of(0, 0, 0, 0) : new Range(core(r.getStart()), core(r.getEnd()));
    }

    static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }

    static Diagnostic diagnostic(Finding f, Document doc, String locale) {
        return diagnostic(f, doc, locale, null);
    }

    /** With the rule page's link in the user's language, under {@code docsBase} (the published pages by default). */
    static Diagnostic diagnostic(Finding f, Document doc, String locale, String docsBase) {
        Diagnostic d = new Diagnostic(lsp(f.range()), f.message().get(locale), severity(f.severity()), SOURCE);
        d.setCode(f.ruleId());
        d.setCodeDescription(new DiagnosticCodeDescription(RuleDocs.url(f.ruleId(), locale, docsBase)));
        List<DiagnosticTag> tags = new ArrayList<>();
        if (f.unnecessary()) tags.add(DiagnosticTag.Unnecessary);
        if (f.deprecated()) tags.add(DiagnosticTag.Deprecated);
        if (!tags.isEmpty()) d.setTags(tags);
        if (f.related() != null && !f.related().isEmpty()) {
            List<DiagnosticRelatedInformation> rel = new ArrayList<>();
            for (Related r : f.related()) {
                rel.add(new DiagnosticRelatedInformation(new Location(uri(r.path(), doc), lsp(r.range())), r.message().get(locale)));
            }
            d.setRelatedInformation(rel);
        }
        return d;
    }

    /**
     * Diagnostics one document publishes at most, the most severe first. A 3.8 MB Dockerfile of 49,000 RUNs has
     * ~147,000 findings: publishing them all took seconds per edit and a ~30 MB message, for a list no one reads.
     * The rest stay available to code actions and to {@code dockmentor check}; one more diagnostic says so.
     */
    static final int MAX_PUBLISHED = 1_000;

    static List<Diagnostic> diagnostics(Analysis a) {
        return diagnostics(a, null);
    }

    static List<Diagnostic> diagnostics(Analysis a, String docsBase) {
        List<Finding> all = a.findings();
        List<Finding> shown = all.size() > MAX_PUBLISHED ? mostSevere(all, MAX_PUBLISHED) : all;
        List<Diagnostic> out = new ArrayList<>(shown.size() + 1);
        for (Finding f : shown) out.add(diagnostic(f, a.doc(), a.locale(), docsBase));
        if (shown.size() < all.size()) {
            String en = "dockmentor shows the " + MAX_PUBLISHED + " most severe of the " + all.size()
                    + " findings in this file; `dockmentor check` lists them all";
            String es = "dockmentor muestra los " + MAX_PUBLISHED + " hallazgos más graves de los " + all.size()
                    + " de este archivo; `dockmentor check` los lista todos";
            Range start = new Range(new Position(0, 0), new Position(0, 0));
            out.add(new Diagnostic(lsp(start), "es".equals(a.locale()) ? es : en, DiagnosticSeverity.Information, SOURCE));
        }
        return out;
    }

    /** The {@code n} most severe findings, in their original order. */
    static List<Finding> mostSevere(List<Finding> all, int n) {
        boolean[] keep = new boolean[all.size()];
        int kept = 0;
        for (Severity s : Severity.values()) {
            for (int i = 0; i < all.size() && kept < n; i++) {
                if (all.get(i).severity() == s) {
                    keep[i] = true;
                    kept++;
                }
            }
        }
        List<Finding> out = new ArrayList<>(kept);
        for (int i = 0; i < all.size(); i++) if (keep[i]) out.add(all.get(i));
        return out;
    }

    /** The URI of a path a finding or an edit names: the document itself when it is its path (or none). */
    static String uri(String path, Document doc) {
        if (path == null || path.equals(doc.pathString())) return doc.uri;
        try {
            return Path.of(path).toAbsolutePath().normalize().toUri().toString();
        } catch (RuntimeException e) {
            return doc.uri;
        }
    }
}
