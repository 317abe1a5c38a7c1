package dev.dockmentor.cli;

import dev.dockmentor.docs.RuleDocs;
import dev.dockmentor.docs.RulePage;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Fix;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run, every rule with its documentation as help, results with 1-based regions. Streamed
 * like the JSON report: a Gson tree of 5,000 files' results held ~550 MB and took twice as long as the lint.
 */
final class SarifFormat {
    private SarifFormat() {}

    static void write(List<Output> files, List<Rule> rules, String locale, String version, PrintStream out) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) ruleIndex.putIfAbsent(rules.get(i).id(), i);
        Map<String, String> uris = new HashMap<>();
        PrettyJson w = new PrettyJson();
        w.beginObject();
        w.name("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
        w.name("version").value("2.1.0");
        w.name("runs").beginArray().beginObject();
        w.name("tool").beginObject().name("driver").beginObject();
        w.name("name").value("dockmentor");
        member(w, "version", version);
        member(w, "semanticVersion", version);
        w.name("informationUri").value("https://github.com/dockmentor/dockmentor");
        w.name("rules").beginArray();
        for (Rule r : rules) rule(w, r, locale);
        w.endArray();
        w.endObject().endObject();
        w.name("columnKind").value("utf16CodeUnits");
        w.name("results").beginArray();
        for (Output f : files) {
            for (Finding d : f.findings()) result(w, f.path(), d, locale, ruleIndex, uris);
            w.writeChunk(out);
        }
        w.endArray();
        w.endObject().endArray();
        w.endObject();
        w.finish(System.lineSeparator(), out);
    }

    private static void rule(PrettyJson w, Rule r, String locale) {
        RulePage page = RuleDocs.page(r.id(), locale).orElse(null);
        w.beginObject();
        member(w, "id", r.id());
        text(w, "shortDescription", page != null ? page.title() : r.meta().title());
        text(w, "fullDescription", page != null && page.what() != null ? page.what() : r.meta().title());
        member(w, "helpUri", RuleDocs.url(r.id()));
        w.name("help").beginObject();
        member(w, "text", page != null && page.what() != null ? page.what() : r.meta().title());
        member(w, "markdown", page != null ? page.markdown() : r.meta().title());
        w.endObject();
        w.name("defaultConfiguration").beginObject().name("level").value(level(r.meta().severity())).endObject();
        w.name("properties").beginObject();
        member(w, "profile", r.meta().profile().label());
        w.name("aliases").beginArray();
        for (String a : r.meta().aliases()) w.value(a);
        w.endArray().endObject();
        w.endObject();
    }

    private static void result(PrettyJson w, String path, Finding d, String locale, Map<String, Integer> ruleIndex,
            Map<String, String> uris) {
        w.beginObject();
        member(w, "ruleId", d.ruleId());
        Integer index = ruleIndex.get(d.ruleId());
        if (index != null) w.name("ruleIndex").value(index);
        w.name("level").value(level(d.severity()));
        text(w, "message", d.message().get(locale));
        w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        artifact(w, path, uris);
        region(w, "region", d.range());
        w.endObject().endObject().endArray();
        if (!d.fixes().isEmpty()) {
            w.name("fixes").beginArray();
            for (Fix fx : d.fixes()) {
                w.beginObject();
                text(w, "description", fx.title().get(locale));
                w.name("artifactChanges").beginArray();
                for (TextEdit e : fx.edits()) {
                    w.beginObject();
                    artifact(w, e.path() != null ? e.path() : path, uris);
                    w.name("replacements").beginArray().beginObject();
                    region(w, "deletedRegion", e.range());
                    text(w, "insertedContent", e.newText());
                    w.endObject().endArray();
                    w.endObject();
                }
                w.endArray();
                w.endObject();
            }
            w.endArray();
        }
        w.endObject();
    }

    private static void artifact(PrettyJson w, String path, Map<String, String> uris) {
        String uri = path == null ? "" : uris.computeIfAbsent(path, SarifFormat::uri);
        w.name("artifactLocation").beginObject().name("uri").value(uri).endObject();
    }

    private static String uri(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p.toUri().toString() : path.replace('\\', '/');
    }

    private static void region(PrettyJson w, String name, Range r) {
        w.name(name).beginObject();
        w.name("startLine").value(r.start().line() + 1);
        w.name("startColumn").value(r.start().character() + 1);
        w.name("endLine").value(r.end().line() + 1);
        w.name("endColumn").value(r.end().character() + 1);
        w.endObject();
    }

    /** {"text": s}; as Gson's tree did, a missing text leaves the object empty. */
    private static void text(PrettyJson w, String name, String s) {
        w.name(name).beginObject();
        member(w, "text", s);
        w.endObject();
    }

    /** A member with a string value, left out when the value is missing (Gson drops null members). */
    private static void member(PrettyJson w, String name, String value) {
        if (value != null) w.name(name).value(value);
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "note";
        };
    }
}
