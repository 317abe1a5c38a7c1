package dev.dockmentor.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
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
import java.util.List;

/** SARIF 2.1.0: one run, every rule with its documentation as help, results with 1-based regions. */
final class SarifFormat {
    private SarifFormat() {}

    static void write(List<Output> files, List<Rule> rules, String locale, String version, PrintStream out) {
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.addProperty("version", "2.1.0");
        JsonObject run = new JsonObject();
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "dockmentor");
        driver.addProperty("version", version);
        driver.addProperty("semanticVersion", version);
        driver.addProperty("informationUri", "https://github.com/dockmentor/dockmentor");
        JsonArray ra = new JsonArray();
        for (Rule r : rules) ra.add(rule(r, locale));
        driver.add("rules", ra);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        run.add("tool", tool);
        run.addProperty("columnKind", "utf16CodeUnits");
        JsonArray results = new JsonArray();
        for (Output f : files) {
            for (Finding d : f.findings()) results.add(result(f.path(), d, locale, rules));
        }
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        root.add("runs", runs);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    private static JsonObject rule(Rule r, String locale) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        RulePage page = RuleDocs.page(r.id(), locale).orElse(null);
        o.add("shortDescription", text(page != null ? page.title() : r.meta().title()));
        o.add("fullDescription", text(page != null && page.what() != null ? page.what() : r.meta().title()));
        o.addProperty("helpUri", RuleDocs.url(r.id()));
        JsonObject help = new JsonObject();
        help.addProperty("text", page != null && page.what() != null ? page.what() : r.meta().title());
        help.addProperty("markdown", page != null ? page.markdown() : r.meta().title());
        o.add("help", help);
        JsonObject dc = new JsonObject();
        dc.addProperty("level", level(r.meta().severity()));
        o.add("defaultConfiguration", dc);
        JsonObject props = new JsonObject();
        props.addProperty("profile", r.meta().profile().label());
        JsonArray aliases = new JsonArray();
        r.meta().aliases().forEach(aliases::add);
        props.add("aliases", aliases);
        o.add("properties", props);
        return o;
    }

    private static JsonObject result(String path, Finding d, String locale, List<Rule> rules) {
        JsonObject o = new JsonObject();
        o.addProperty("ruleId", d.ruleId());
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(d.ruleId())) {
                o.addProperty("ruleIndex", i);
                break;
            }
        }
        o.addProperty("level", level(d.severity()));
        o.add("message", text(d.message().get(locale)));
        JsonArray locs = new JsonArray();
        JsonObject loc = new JsonObject();
        JsonObject phys = new JsonObject();
        phys.add("artifactLocation", artifact(path));
        phys.add("region", region(d.range()));
        loc.add("physicalLocation", phys);
        locs.add(loc);
        o.add("locations", locs);
        if (!d.fixes().isEmpty()) {
            JsonArray fixes = new JsonArray();
            for (Fix fx : d.fixes()) {
                JsonObject fo = new JsonObject();
                fo.add("description", text(fx.title().get(locale)));
                JsonArray changes = new JsonArray();
                for (TextEdit e : fx.edits()) {
                    JsonObject ch = new JsonObject();
                    ch.add("artifactLocation", artifact(e.path() != null ? e.path() : path));
                    JsonArray reps = new JsonArray();
                    JsonObject rep = new JsonObject();
                    rep.add("deletedRegion", region(e.range()));
                    rep.add("insertedContent", textKey("text", e.newText()));
                    reps.add(rep);
                    ch.add("replacements", reps);
                    changes.add(ch);
                }
                fo.add("artifactChanges", changes);
                fixes.add(fo);
            }
            o.add("fixes", fixes);
        }
        return o;
    }

    private static JsonObject artifact(String path) {
        JsonObject a = new JsonObject();
        String uri = path == null ? "" : path.replace('\\', '/');
        if (path != null && Path.of(path).isAbsolute()) uri = Path.of(path).toUri().toString();
        a.addProperty("uri", uri);
        return a;
    }

    private static JsonObject region(Range r) {
        JsonObject g = new JsonObject();
        g.addProperty("startLine", r.start().line() + 1);
        g.addProperty("startColumn", r.start().character() + 1);
        g.addProperty("endLine", r.end().line() + 1);
        g.addProperty("endColumn", r.end().character() + 1);
        return g;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "note";
        };
    }

    private static JsonObject text(String s) {
        return textKey("text", s);
    }

    private static JsonObject textKey(String k, String s) {
        JsonObject o = new JsonObject();
        o.addProperty(k, s);
        return o;
    }
}
