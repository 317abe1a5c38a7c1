package dev.dockmentor.lsp;

import dev.dockmentor.docs.RuleDocs;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Related;
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

    static DiagnosticSeverity severity(dev.dockmentor.rules.Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }

    static Diagnostic diagnostic(Finding f, Document doc, String locale) {
        Diagnostic d = new Diagnostic(lsp(f.range()), f.message().get(locale), severity(f.severity()), SOURCE);
        d.setCode(f.ruleId());
        d.setCodeDescription(new DiagnosticCodeDescription(RuleDocs.url(f.ruleId())));
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

    static List<Diagnostic> diagnostics(Analysis a) {
        List<Diagnostic> out = new ArrayList<>(a.findings().size());
        for (Finding f : a.findings()) out.add(diagnostic(f, a.doc(), a.locale()));
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
