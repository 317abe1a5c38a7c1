package dev.dockmentor.text;

import java.util.Arrays;

/**
 * Maps between char offsets in a text and LSP positions. Java strings are UTF-16,
 * so a column is simply the offset minus the line start. A line ends at \n, \r\n or a lone \r.
 */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    /** Offset just past the line's content, before its line terminator. */
    public int lineEnd(int line) {
        if (line >= lineStarts.length - 1) return text.length();
        int end = lineStarts[line + 1] - 1;
        if (end > lineStarts[line] && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') end--;
        return end;
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public Position position(int offset) {
        offset = Math.max(0, Math.min(offset, text.length()));
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return new Position(lo, offset - lineStarts[lo]);
    }

    public Range range(int startOffset, int endOffset) {
        return new Range(position(startOffset), position(Math.max(startOffset, endOffset)));
    }

    /** Offset of a position, clamped into the document (out-of-range positions never throw). */
    public int offset(Position p) {
        if (p.line() < 0) return 0;
        if (p.line() >= lineStarts.length) return text.length();
        int start = lineStarts[p.line()];
        return Math.min(start + Math.max(0, p.character()), lineEnd(p.line()));
    }

    /** The line terminator this text mostly uses, for edits that insert lines. */
    public String newline() {
        int i = text.indexOf('\n');
        return i > 0 && text.charAt(i - 1) == '\r' ? "\r\n" : "\n";
    }
}
