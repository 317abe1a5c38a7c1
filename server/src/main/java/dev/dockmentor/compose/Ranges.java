package dev.dockmentor.compose;

import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;

/** Ranges inside a scalar's text, when the scalar is written on one line without escapes. */
public final class Ranges {
    private Ranges() {}

    /** The range of value characters [from, to) inside the scalar, or the whole scalar when that cannot be exact. */
    public static Range inScalar(YNode n, int from, int to) {
        if (!n.isScalar() || n.value() == null) return n.range;
        Range r = n.range;
        if (r.start().line() != r.end().line() || n.style == '|' || n.style == '>') return r;
        int quote = n.style == 0 ? 0 : 1;
        int width = r.end().character() - r.start().character() - 2 * quote;
        if (width != n.value().length()) return r; // escapes or folded spaces: not a 1:1 mapping
        int line = r.start().line();
        int base = r.start().character() + quote;
        return new Range(new Position(line, base + from), new Position(line, base + to));
    }
}
