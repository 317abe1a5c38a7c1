package dev.dockmentor.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Fix;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.io.PrintStream;
import java.util.List;

/** The JSON document of interfaces.md: version 1, files, diagnostics with LSP ranges and fixes. */
final class JsonFormat {
    private JsonFormat() {}

    static void write(List<Output> files, String locale, PrintStream out) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        JsonArray fa = new JsonArray();
        for (Output f : files) {
            JsonObject fo = new JsonObject();
            fo.addProperty("path", f.path());
            fo.addProperty("kind", f.kind().label());
            JsonArray da = new JsonArray();
            for (Finding d : f.findings()) da.add(diagnostic(d, locale));
            fo.add("diagnostics", da);
            fa.add(fo);
        }
        root.add("files", fa);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    static JsonObject diagnostic(Finding d, String locale) {
        JsonObject o = new JsonObject();
        o.addProperty("rule", d.ruleId());
        o.addProperty("severity", d.severity().label());
        o.addProperty("message", d.message().get(locale));
        o.add("range", range(d.range()));
        JsonArray fixes = new JsonArray();
        for (Fix fx : d.fixes()) {
            JsonObject fo = new JsonObject();
            fo.addProperty("title", fx.title().get(locale));
            fo.addProperty("safe", fx.safe());
            JsonArray edits = new JsonArray();
            for (TextEdit e : fx.edits()) {
                JsonObject eo = new JsonObject();
                eo.addProperty("path", e.path());
                eo.add("range", range(e.range()));
                eo.addProperty("newText", e.newText());
                if (e.create()) eo.addProperty("create", true);
                edits.add(eo);
            }
            fo.add("edits", edits);
            fixes.add(fo);
        }
        o.add("fixes", fixes);
        return o;
    }

    static JsonObject range(Range r) {
        JsonObject o = new JsonObject();
        o.add("start", pos(r.start()));
        o.add("end", pos(r.end()));
        return o;
    }

    private static JsonObject pos(Position p) {
        JsonObject o = new JsonObject();
        o.addProperty("line", p.line());
        o.addProperty("character", p.character());
        return o;
    }
}
