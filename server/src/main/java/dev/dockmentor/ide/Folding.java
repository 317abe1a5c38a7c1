package dev.dockmentor.ide;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.dockerfile.Comment;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What an editor may fold: in a Dockerfile each stage, each instruction written over several lines (a long RUN, a
 * heredoc) and each block of comment lines; in a compose file each mapping or list written over several lines (the
 * services, one service, its environment). Whole lines, zero-based, start before end.
 */
public final class Folding {
    /** A foldable line span; {@code comment} marks a block of comments (editors fold those on request). */
    public record Fold(int startLine, int endLine, boolean comment) {}

    /** At most this many folds: a generated file of thousands of blocks still answers at once. */
    static final int MAX = 5000;

    private Folding() {}

    public static List<Fold> of(Dockerfile df) {
        List<Fold> out = new ArrayList<>();
        if (df == null) return out;
        for (Stage s : df.stages) {
            int end = s.from.endLine;
            for (Instruction i : s.instructions) end = Math.max(end, i.endLine);
            // The stage folds up to its last instruction (trailing blank lines and comments stay visible).
            add(out, s.from.startLine, end, false);
        }
        for (Instruction i : df.instructions) if (i.endLine > i.startLine) add(out, i.startLine, i.endLine, false);
        int start = -1, last = -2;
        for (Comment c : df.comments) {
            if (c.line() == last + 1) {
                last = c.line();
                continue;
            }
            if (start >= 0) add(out, start, last, true);
            start = last = c.line();
        }
        if (start >= 0) add(out, start, last, true);
        return out;
    }

    public static List<Fold> of(ComposeFile f) {
        List<Fold> out = new ArrayList<>();
        if (f == null || f.root == null) return out;
        Set<YNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(f.root, f.path, seen, out);
        return out;
    }

    private static void walk(YNode n, String path, Set<YNode> seen, List<Fold> out) {
        if (n == null || !seen.add(n) || out.size() >= MAX || !java.util.Objects.equals(n.path, path)) return;
        if (n.isMap()) {
            for (YNode.Entry e : n.entries) {
                if (e.merged()) continue;
                YNode v = e.value();
                // From the key's line to the value's last line: "web:" folds its whole block.
                if (v != null && (v.isMap() || v.isSeq()) && !v.flow && v.range.end().line() > e.key().range.start().line()) {
                    add(out, e.key().range.start().line(), lastLine(v), false);
                }
                walk(v, path, seen, out);
            }
        } else if (n.isSeq()) {
            for (YNode i : n.items) {
                if ((i.isMap() || i.isSeq()) && !i.flow && i.range.end().line() > i.range.start().line()) add(out, i.range.start().line(), lastLine(i), false);
                walk(i, path, seen, out);
            }
        }
    }

    /** A block's last line: its range ends at column 0 of the next line when the block ends with a line break. */
    private static int lastLine(YNode v) {
        int end = v.range.end().line();
        return v.range.end().character() == 0 && end > v.range.start().line() ? end - 1 : end;
    }

    private static void add(List<Fold> out, int start, int end, boolean comment) {
        if (end > start && out.size() < MAX) out.add(new Fold(start, end, comment));
    }
}
