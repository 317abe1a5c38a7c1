package dev.dockmentor.compose;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Renders small values (String, List, Map) as YAML in a file's style: indentation unit, quote char, block or flow. */
public final class YamlWriter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./@][A-Za-z0-9_./@:=+\\-]*(?: [A-Za-z0-9_./@:=+\\-]+)*");
    private static final Pattern RESERVED = Pattern.compile("(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9.]+(e[0-9]+)?");

    private final String unit;
    private final char quote;

    public YamlWriter(String unit, char quote) {
        this.unit = unit;
        this.quote = quote;
    }

    public String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.matcher(s).matches() && !s.contains(": ") && !s.endsWith(":")) return s;
        return quoted(s);
    }

    public String quoted(String s) {
        if (quote == '\'' && !s.contains("'")) return "'" + s + "'";
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Flow form: {@code [a, b]} / {@code {k: v}} / a scalar. */
    public String flow(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            for (var e : m.entrySet()) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(e.getKey()).append(": ").append(flow(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : l) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(flow(o));
            }
            return sb.append(']').toString();
        }
        if (v instanceof Raw r) return r.text;
        if (v instanceof Number || v instanceof Boolean) return String.valueOf(v); // retries: 5, not the string "5"
        return scalar(String.valueOf(v));
    }

    /** Block lines for {@code key: value} at {@code indent}, each ending in {@code nl}. Lists of scalars stay flow-styled. */
    public String entry(String indent, String key, Object v, String nl) {
        StringBuilder sb = new StringBuilder();
        if (v instanceof Map<?, ?> m) {
            sb.append(indent).append(key).append(':').append(nl);
            for (var e : m.entrySet()) sb.append(entry(indent + unit, String.valueOf(e.getKey()), e.getValue(), nl));
        } else if (v instanceof List<?> l && l.stream().anyMatch(o -> o instanceof Map)) {
            sb.append(indent).append(key).append(':').append(nl);
            for (Object o : l) sb.append(item(indent + unit, o, nl));
        } else {
            sb.append(indent).append(key).append(": ").append(flow(v)).append(nl);
        }
        return sb.toString();
    }

    public String item(String indent, Object v, String nl) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            for (var e : m.entrySet()) {
                String lines = entry(indent + unit, String.valueOf(e.getKey()), e.getValue(), nl);
                if (first) lines = indent + "- " + lines.substring((indent + unit).length());
                sb.append(lines);
                first = false;
            }
            return sb.toString();
        }
        return indent + "- " + flow(v) + nl;
    }

    public String unit() {
        return unit;
    }

    /** Text written as is (already YAML). */
    public record Raw(String text) {}
}
