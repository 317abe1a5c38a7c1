package dev.dockmentor.lsp;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;

/**
 * Writes diagnostics (publishDiagnostics and pull reports) as JSON by hand, the same JSON Gson's reflection
 * writes: every edit publishes one, and the reflective path cost ~0.1 ms of a ~1 ms edit; its first use, with
 * the annotation proxies Gson's field scan creates, cost ~20 ms of a cold start. A diagnostic with parts the
 * server never sends (data, a markup message) and all reading go to Gson's reflective adapter.
 * {@code DiagnosticsJsonTest} checks the output against that adapter's.
 */
final class DiagnosticsJson implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (type.getRawType() == Diagnostic.class) return (TypeAdapter<T>) new DiagnosticAdapter(gson, this);
        if (type.getRawType() == PublishDiagnosticsParams.class) return (TypeAdapter<T>) new PublishAdapter(gson, this);
        return null;
    }

    /** Hand-written writing, Gson's reflective adapter for reading and for what the writer does not cover. */
    private abstract static class Adapter<T> extends TypeAdapter<T> {
        private final Gson gson;
        private final TypeAdapterFactory skip;
        private final Class<T> type;
        private TypeAdapter<T> reflective;

        Adapter(Gson gson, TypeAdapterFactory skip, Class<T> type) {
            this.gson = gson;
            this.skip = skip;
            this.type = type;
        }

        /** Built on first need only: building it is the cost this class avoids. */
        final TypeAdapter<T> reflective() {
            if (reflective == null) reflective = gson.getDelegateAdapter(skip, TypeToken.get(type));
            return reflective;
        }

        @Override
        public final T read(JsonReader in) throws IOException {
            return reflective().read(in);
        }
    }

    private static final class PublishAdapter extends Adapter<PublishDiagnosticsParams> {
        private final DiagnosticAdapter diagnostic;

        PublishAdapter(Gson gson, TypeAdapterFactory skip) {
            super(gson, skip, PublishDiagnosticsParams.class);
            this.diagnostic = new DiagnosticAdapter(gson, skip);
        }

        @Override
        public void write(JsonWriter out, PublishDiagnosticsParams p) throws IOException {
            if (p == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            if (p.getUri() != null) out.name("uri").value(p.getUri());
            if (p.getDiagnostics() != null) {
                out.name("diagnostics").beginArray();
                for (Diagnostic d : p.getDiagnostics()) diagnostic.write(out, d);
                out.endArray();
            }
            if (p.getVersion() != null) out.name("version").value(p.getVersion());
            out.endObject();
        }
    }

    private static final class DiagnosticAdapter extends Adapter<Diagnostic> {
        DiagnosticAdapter(Gson gson, TypeAdapterFactory skip) {
            super(gson, skip, Diagnostic.class);
        }

        @Override
        public void write(JsonWriter out, Diagnostic d) throws IOException {
            if (d == null) {
                out.nullValue();
                return;
            }
            if (d.getData() != null || d.getMessage() != null && !d.getMessage().isLeft()) {
                reflective().write(out, d);
                return;
            }
            out.beginObject();
            if (d.getRange() != null) range(out.name("range"), d.getRange());
            if (d.getSeverity() != null) out.name("severity").value(d.getSeverity().getValue());
            if (d.getCode() != null) {
                out.name("code");
                if (d.getCode().isLeft()) out.value(d.getCode().getLeft());
                else out.value(d.getCode().getRight());
            }
            if (d.getCodeDescription() != null && d.getCodeDescription().getHref() != null) {
                out.name("codeDescription").beginObject().name("href").value(d.getCodeDescription().getHref()).endObject();
            }
            if (d.getSource() != null) out.name("source").value(d.getSource());
            if (d.getMessage() != null) out.name("message").value(d.getMessage().getLeft());
            if (d.getTags() != null) {
                out.name("tags").beginArray();
                for (DiagnosticTag t : d.getTags()) {
                    if (t == null) out.nullValue();
                    else out.value(t.getValue());
                }
                out.endArray();
            }
            List<DiagnosticRelatedInformation> related = d.getRelatedInformation();
            if (related != null) {
                out.name("relatedInformation").beginArray();
                for (DiagnosticRelatedInformation r : related) related(out, r);
                out.endArray();
            }
            out.endObject();
        }

        private static void related(JsonWriter out, DiagnosticRelatedInformation r) throws IOException {
            if (r == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            if (r.getLocation() != null) {
                out.name("location").beginObject();
                if (r.getLocation().getUri() != null) out.name("uri").value(r.getLocation().getUri());
                if (r.getLocation().getRange() != null) range(out.name("range"), r.getLocation().getRange());
                out.endObject();
            }
            if (r.getMessage() != null) out.name("message").value(r.getMessage());
            out.endObject();
        }
    }

    private static void range(JsonWriter out, Range r) throws IOException {
        out.beginObject();
        if (r.getStart() != null) position(out.name("start"), r.getStart());
        if (r.getEnd() != null) position(out.name("end"), r.getEnd());
        out.endObject();
    }

    private static void position(JsonWriter out, Position p) throws IOException {
        out.beginObject().name("line").value(p.getLine()).name("character").value(p.getCharacter()).endObject();
    }
}
