package dev.dockmentor.dockerfile;

import dev.dockmentor.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * One Dockerfile instruction with ranges for all its parts.
 *
 * <p>{@code args} is the logical text after the keyword and flags (continuations joined),
 * {@code words} its quote-aware split. When the arguments are a valid JSON string array,
 * {@code execForm} is true and {@code execArgs} holds the decoded strings. {@code child} is the
 * wrapped instruction of {@code ONBUILD}.
 */
public final class Instruction {
    public final String keyword;        // upper-case
    public final String rawKeyword;     // as written
    public final Range keywordRange;
    public final Range range;           // whole instruction, heredoc bodies included
    public final int startOffset;
    public final int endOffset;
    public final int startLine;
    public final int endLine;
    public final List<Flag> flags;
    public final SourceText args;       // after keyword and flags
    public final List<Word> words;
    public final boolean execForm;
    public final boolean jsonLike;      // starts with '[' and ends with ']' but is not valid JSON
    public final List<Word> execArgs;
    public final List<Heredoc> heredocs;
    public final List<KeyValue> keyValues;
    public final List<VarRef> varRefs;
    public final Instruction child;
    int stageIndex = -1;

    Instruction(String keyword, String rawKeyword, Range keywordRange, Range range, int startOffset, int endOffset,
                int startLine, int endLine, List<Flag> flags, SourceText args, List<Word> words, boolean execForm,
                boolean jsonLike, List<Word> execArgs, List<Heredoc> heredocs, List<KeyValue> keyValues,
                List<VarRef> varRefs, Instruction child) {
        this.keyword = keyword;
        this.rawKeyword = rawKeyword;
        this.keywordRange = keywordRange;
        this.range = range;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.startLine = startLine;
        this.endLine = endLine;
        this.flags = flags;
        this.args = args;
        this.words = words;
        this.execForm = execForm;
        this.jsonLike = jsonLike;
        this.execArgs = execArgs;
        this.heredocs = heredocs;
        this.keyValues = keyValues;
        this.varRefs = varRefs;
        this.child = child;
    }

    public boolean is(String kw) {
        return keyword.equals(kw);
    }

    public Optional<Flag> flag(String name) {
        for (Flag f : flags) if (f.name().equalsIgnoreCase(name)) return Optional.of(f);
        return Optional.empty();
    }

    public List<Flag> flags(String name) {
        return flags.stream().filter(f -> f.name().equalsIgnoreCase(name)).toList();
    }

    public String argsText() {
        return args.text().strip();
    }

    /** Range of the arguments (or the keyword when there are none). */
    public Range argsRange() {
        String t = args.text();
        int s = 0, e = t.length();
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        return s < e ? args.range(s, e) : keywordRange;
    }

    /** Index of the stage this instruction belongs to, -1 for global ARGs before the first FROM. */
    public int stageIndex() {
        return stageIndex;
    }

    @Override
    public String toString() {
        return keyword + " " + argsText();
    }
}
