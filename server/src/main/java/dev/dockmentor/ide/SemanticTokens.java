package dev.dockmentor.ide;

import dev.dockmentor.dockerfile.Comment;
import dev.dockmentor.dockerfile.Directive;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.Heredoc;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.VarRef;
import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Semantic tokens of a Dockerfile, as BuildKit reads it: instruction keywords, flags, variable references, heredoc
 * bodies, comments and parser directives. One line each, sorted, never overlapping (the protocol's rules); the LSP
 * layer only encodes them.
 */
public final class SemanticTokens {
    /** The legend, in the order the LSP capability announces it. */
    public static final List<String> TYPES = List.of("keyword", "parameter", "variable", "string", "comment", "macro");

    /** A token: line, start character, length, index into {@link #TYPES}. */
    public record Token(int line, int start, int length, int type) {}

    static final int MAX = 50_000;

    private SemanticTokens() {}

    public static List<Token> of(Dockerfile df) {
        List<Token> raw = new ArrayList<>();
        if (df == null) return raw;
        for (Directive d : df.directives) add(raw, d.range(), 5);
        for (Comment c : df.comments) add(raw, c.range(), 4);
        for (Instruction i : df.instructionsAndOnbuildChildren()) {
            if (raw.size() >= MAX) break;
            add(raw, i.keywordRange, 0);
            for (Flag f : i.flags) add(raw, f.nameRange(), 1);
            for (VarRef v : i.varRefs) add(raw, v.range(), 2);
            for (Heredoc h : i.heredocs) {
                Range b = h.bodyRange();
                if (b == null) continue;
                // A body spans lines: one token per line, up to each line's end (the bounds come from the body's text).
                String[] lines = h.body().split("\n", -1);
                for (int k = 0; k < lines.length && raw.size() < MAX; k++) {
                    int line = b.start().line() + k;
                    int start = k == 0 ? b.start().character() : 0;
                    String text = lines[k].endsWith("\r") ? lines[k].substring(0, lines[k].length() - 1) : lines[k];
                    if (!text.isEmpty()) raw.add(new Token(line, start, text.length(), 3));
                }
            }
        }
        raw.sort(Comparator.comparingInt(Token::line).thenComparingInt(Token::start));
        List<Token> out = new ArrayList<>(raw.size());
        Token last = null;
        for (Token t : raw) {
            if (last != null && t.line() == last.line() && t.start() < last.start() + last.length()) continue; // overlap: the first wins
            out.add(t);
            last = t;
        }
        return out;
    }

    private static void add(List<Token> out, Range r, int type) {
        if (r == null || r.start().line() != r.end().line() || r.end().character() <= r.start().character()) return;
        out.add(new Token(r.start().line(), r.start().character(), r.end().character() - r.start().character(), type));
    }
}
