package dev.dockmentor.dockerfile;

import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comma-separated options of {@code RUN --mount=type=cache,target=/x}, each with its own
 * source range when the flag is written plainly (no quotes, no continuation); otherwise the
 * ranges fall back to the whole flag value. Keys are lower-cased as BuildKit does.
 */
public final class MountOptions {
    public record Option(String key, String rawKey, String value, Range keyRange, Range valueRange) {}

    private MountOptions() {}

    public static List<Option> parse(Dockerfile df, Flag f) {
        List<Option> out = new ArrayList<>();
        String v = f.value();
        if (v == null || f.valueRange() == null) return out;
        Range vr = f.valueRange();
        int s = df.lines.offset(vr.start()), e = df.lines.offset(vr.end());
        boolean exact = e - s == v.length() && df.text.substring(s, e).equals(v);
        int pos = 0;
        for (String part : v.split(",", -1)) {
            int eq = part.indexOf('=');
            String key = eq >= 0 ? part.substring(0, eq) : part;
            String value = eq >= 0 ? part.substring(eq + 1) : null;
            Range kr = exact ? df.lines.range(s + pos, s + pos + key.length()) : vr;
            Range valr = exact && eq >= 0 ? df.lines.range(s + pos + eq + 1, s + pos + part.length()) : vr;
            out.add(new Option(key.strip().toLowerCase(Locale.ROOT), key, value, kr, valr));
            pos += part.length() + 1;
        }
        return out;
    }
}
