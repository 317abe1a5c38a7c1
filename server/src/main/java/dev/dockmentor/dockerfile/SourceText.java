package dev.dockmentor.dockerfile;

import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.Range;

/**
 * A run of text assembled from the source (continuations and comment lines removed),
 * remembering for each char the source offset it came from, so every token found in the
 * logical text gets an exact source range.
 */
public final class SourceText {
    private final String text;
    private final int[] offsets; // offsets[i] = source offset of text.charAt(i); offsets[len] = end
    private final LineIndex lines;

    public SourceText(String text, int[] offsets, LineIndex lines) {
        this.text = text;
        this.offsets = offsets;
        this.lines = lines;
    }

    /** A contiguous source slice: offsets are simply shifted. */
    public static SourceText slice(LineIndex lines, int start, int end) {
        String t = lines.text().substring(start, end);
        int[] offs = new int[t.length() + 1];
        for (int i = 0; i <= t.length(); i++) offs[i] = start + i;
        return new SourceText(t, offs, lines);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public LineIndex lines() {
        return lines;
    }

    public int sourceOffset(int i) {
        return offsets[Math.max(0, Math.min(i, text.length()))];
    }

    /** Source range of logical [start, end): the end maps to just past the last char. */
    public Range range(int start, int end) {
        if (end <= start) return lines.range(sourceOffset(start), sourceOffset(start));
        return lines.range(sourceOffset(start), sourceOffset(end - 1) + 1);
    }

    public SourceText sub(int start, int end) {
        int[] offs = new int[end - start + 1];
        System.arraycopy(offsets, start, offs, 0, end - start + 1);
        return new SourceText(text.substring(start, end), offs, lines);
    }

    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] offs = new int[64];
        private final LineIndex lines;

        public Builder(LineIndex lines) {
            this.lines = lines;
        }

        public void append(int sourceStart, int sourceEnd) {
            String src = lines.text();
            for (int i = sourceStart; i < sourceEnd; i++) {
                if (sb.length() + 1 >= offs.length) offs = java.util.Arrays.copyOf(offs, offs.length * 2);
                offs[sb.length()] = i;
                sb.append(src.charAt(i));
            }
        }

        public void appendSynthetic(char c, int sourceOffset) {
            if (sb.length() + 1 >= offs.length) offs = java.util.Arrays.copyOf(offs, offs.length * 2);
            offs[sb.length()] = sourceOffset;
            sb.append(c);
        }

        public int length() {
            return sb.length();
        }

        public SourceText build(int endOffset) {
            int[] o = java.util.Arrays.copyOf(offs, sb.length() + 1);
            o[sb.length()] = endOffset;
            return new SourceText(sb.toString(), o, lines);
        }
    }
}
