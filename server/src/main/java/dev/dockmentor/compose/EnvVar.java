package dev.dockmentor.compose;

import dev.dockmentor.text.Range;

/**
 * One {@code environment:} variable in list ({@code - KEY=value}) or map ({@code KEY: value}) form.
 * {@code value} is null when the variable is only named (taken from the shell).
 */
public record EnvVar(YNode node, String name, Range nameRange, String value, Range valueRange, boolean listForm) {
    public static EnvVar ofItem(YNode item) {
        String raw = item.text();
        if (raw == null) return new EnvVar(item, "", item.range, null, item.range, true);
        int eq = raw.indexOf('=');
        if (eq < 0) return new EnvVar(item, raw, item.range, null, item.range, true);
        Range nr = Ranges.inScalar(item, 0, eq);
        Range vr = Ranges.inScalar(item, eq + 1, raw.length());
        return new EnvVar(item, raw.substring(0, eq), nr, raw.substring(eq + 1), vr, true);
    }

    public static EnvVar ofEntry(YNode.Entry e) {
        YNode v = e.value();
        String val = v.isNull() ? null : v.text();
        return new EnvVar(v, e.name(), e.key().range, val, v.range, false);
    }
}
