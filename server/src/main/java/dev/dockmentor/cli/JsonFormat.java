package dev.dockmentor.cli;

import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Fix;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.io.PrintStream;
import java.util.List;

/**
 * The JSON document of interfaces.md: version 1, files, diagnostics with LSP ranges and fixes. Streamed
 * (no tree in memory, the text written out in chunks): on thousands of files, building a Gson tree took a
 * third of `check`'s time.
 */
final class JsonFormat {
    private JsonFormat() {}

    static void write(List<Output> files, String locale, PrintStream out) {
        PrettyJson w = new PrettyJson();
        w.beginObject().name("version").value(1).name("files").beginArray();
        for (Output f : files) {
            w.beginObject().name("path").value(f.path()).name("kind").value(f.kind().label()).name("diagnostics").beginArray();
            for (Finding d : f.findings()) diagnostic(w, d, locale);
            w.endArray().endObject();
            w.writeChunk(out);
        }
        w.endArray().endObject();
        w.finish("\n", out);
    }

    private static void diagnostic(PrettyJson w, Finding d, String locale) {
        w.beginObject();
        w.name("rule").value(d.ruleId());
        w.name("severity").value(d.severity().label());
        w.name("message").value(d.message().get(locale));
        range(w.name("range"), d.range());
        w.name("fixes").beginArray();
        for (Fix fx : d.fixes()) {
            w.beginObject().name("title").value(fx.title().get(locale)).name("safe").value(fx.safe()).name("edits").beginArray();
            for (TextEdit e : fx.edits()) {
                w.beginObject().name("path").value(e.path());
                range(w.name("range"), e.range());
                w.name("newText").value(e.newText());
                if (e.create()) w.name("create").value(true);
                w.endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.endObject();
    }

    private static void range(PrettyJson w, Range r) {
        w.beginObject();
        pos(w.name("start"), r.start());
        pos(w.name("end"), r.end());
        w.endObject();
    }

    private static void pos(PrettyJson w, Position p) {
        w.beginObject().name("line").value(p.line()).name("character").value(p.character()).endObject();
    }
}
