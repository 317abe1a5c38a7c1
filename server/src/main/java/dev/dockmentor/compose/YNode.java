package dev.dockmentor.compose;

import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A YAML node with its file and LSP range. An alias is the very node its anchor names (shared, never
 * copied), so walks see each node once and findings point where the evidence is written.
 */
public final class YNode {
    public enum Kind { MAP, SEQ, SCALAR }

    /** One key/value of a mapping; {@code merged} when it came from a {@code <<} merge key. */
    public record Entry(YNode key, YNode value, boolean merged) {
        public String name() {
            return key.value();
        }
    }

    public final Kind kind;
    public final String path;
    public final Range range;
    /** Core-schema tag (str, int, bool, null, float, map, seq) or a local tag such as {@code !reset}. */
    public final String tag;
    private final String value;
    /** 0 for plain, else the quote or block indicator: {@code ' " | >}. */
    public final char style;
    public final boolean flow;
    public final List<Entry> entries = new ArrayList<>();
    public final List<YNode> items = new ArrayList<>();
    public String anchor;

    public YNode(Kind kind, String path, Range range, String tag, String value, char style, boolean flow) {
        this.kind = kind;
        this.path = path;
        this.range = range;
        this.tag = tag;
        this.value = value;
        this.style = style;
        this.flow = flow;
    }

    /** A synthetic mapping (the merge of several files) placed at {@code like}'s position. */
    public static YNode mapLike(YNode like) {
        return new YNode(Kind.MAP, like.path, like.range, "map", null, (char) 0, like.flow);
    }

    public boolean isMap() {
        return kind == Kind.MAP;
    }

    public boolean isSeq() {
        return kind == Kind.SEQ;
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    public boolean isNull() {
        return kind == Kind.SCALAR && "null".equals(tag);
    }

    public boolean isReset() {
        return "!reset".equals(tag);
    }

    public boolean isOverride() {
        return "!override".equals(tag);
    }

    /** The scalar text (null for collections; "" for an empty value). */
    public String value() {
        return value;
    }

    /** The scalar text, or null for null/collections. */
    public String text() {
        return kind == Kind.SCALAR && !isNull() ? value : null;
    }

    public boolean isTrue() {
        return kind == Kind.SCALAR && value != null && value.toLowerCase(Locale.ROOT).equals("true");
    }

    public boolean isFalse() {
        return kind == Kind.SCALAR && value != null && value.toLowerCase(Locale.ROOT).equals("false");
    }

    public Entry entry(String key) {
        if (kind != Kind.MAP) return null;
        for (Entry e : entries) if (key.equals(e.key.value)) return e;
        return null;
    }

    public YNode get(String key) {
        Entry e = entry(key);
        return e == null ? null : e.value;
    }

    /** Nested lookup: {@code get("deploy", "resources", "limits")}. */
    public YNode get(String... keys) {
        YNode n = this;
        for (String k : keys) {
            if (n == null) return null;
            n = n.get(k);
        }
        return n;
    }

    public boolean has(String key) {
        return entry(key) != null;
    }

    /** Scalar text of a child, or null. */
    public String str(String key) {
        YNode n = get(key);
        return n == null ? null : n.text();
    }

    /** Children of a collection: sequence items, or mapping values. */
    public List<YNode> children() {
        if (kind == Kind.SEQ) return items;
        List<YNode> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.key);
            out.add(e.value);
        }
        return out;
    }

    public int startLine() {
        return range.start().line();
    }

    public int endLine() {
        return range.end().line();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SCALAR -> value;
            case SEQ -> "seq" + items;
            case MAP -> "map" + entries.stream().map(Entry::name).toList();
        } + "@" + range;
    }
}
