package dev.dockmentor.lsp;

import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.Position;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open buffers by URI. Changes are applied on the JSON-RPC reader thread
 * (out-of-range positions clamp, as TextEdits.apply does) (they are cheap
 * string splices); readers on other threads always see a whole {@link Document}.
 */
final class DocumentStore {
    /** One content change: a range replacement, or the whole text when {@code start} is null. */
    record Change(Position start, Position end, String text) {}

    private final Map<String, Document> docs = new ConcurrentHashMap<>();

    Document open(String uri, String languageId, int version, String text) {
        Document d = new Document(uri, languageId, version, text);
        docs.put(uri, d);
        return d;
    }

    /** Applies the changes in order; positions out of the document are clamped. Empty if not open. */
    Optional<Document> change(String uri, Integer version, List<Change> changes) {
        Document d = docs.get(uri);
        if (d == null) return Optional.empty();
        String text = d.text;
        for (Change c : changes) text = apply(text, c);
        Document next = d.withText(version != null ? version : d.version + 1, text);
        docs.put(uri, next);
        return Optional.of(next);
    }

    static String apply(String text, Change c) {
        if (c.text() == null) return text;
        if (c.start() == null) return c.text();
        LineIndex idx = new LineIndex(text);
        int s = idx.offset(c.start());
        int e = c.end() == null ? s : Math.max(s, idx.offset(c.end())); // a reversed range deletes nothing
        return text.substring(0, s) + c.text() + text.substring(e);
    }

    Optional<Document> close(String uri) {
        return Optional.ofNullable(docs.remove(uri));
    }

    Optional<Document> get(String uri) {
        return uri == null ? Optional.empty() : Optional.ofNullable(docs.get(uri));
    }

    Collection<Document> all() {
        return docs.values();
    }

    /** The open buffer for a file path, if the editor has it open. */
    Optional<Document> byPath(java.nio.file.Path path) {
        java.nio.file.Path p = path.toAbsolutePath().normalize();
        for (Document d : docs.values()) if (p.equals(d.path)) return Optional.of(d);
        return Optional.empty();
    }
}
