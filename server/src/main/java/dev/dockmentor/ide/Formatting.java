package dev.dockmentor.ide;

import dev.dockmentor.dockerfile.Comment;
import dev.dockmentor.dockerfile.Directive;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.DockerfileParser;
import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.Heredoc;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Keywords;
import dev.dockmentor.dockerfile.Problem;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import dev.dockmentor.text.TextEdits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Formatting a Dockerfile without changing what it builds: instruction keywords (and {@code AS}, and
 * {@code HEALTHCHECK}'s {@code CMD}/{@code NONE}) upper-case, continuation lines one indent step in with one space
 * before the line-continuation character, no trailing blanks, one blank line before each stage, no run of blank
 * lines, no blank lines at the start and one newline at the end.
 *
 * <p>Why so careful: a Dockerfile's whitespace is not always layout. Joining a continued line keeps the blanks on
 * both sides of the break, so re-indenting inside a quoted string, after an escaped blank, in the value of the
 * legacy {@code ENV key value} form or in a {@code WORKDIR}/{@code USER} path changes the build. The formatter only
 * re-flows a break whose surrounding blanks separate two words under every quoting the builder or the shell may
 * apply; other instructions only get their keyword cased and their trailing blanks dropped. Heredoc bodies,
 * comments, parser directives and exec-form JSON are never rewritten. An instruction with a syntax error (or bytes
 * that are not text) keeps its lines as written. Last, the result is parsed again and compared with the original,
 * instruction by instruction: one that would read differently is left as it was.
 *
 * <p>The edits are one per run of changed lines, so an editor keeps cursors and undo steps where they were. Their
 * path is null: they are for the document asked about.
 */
public final class Formatting {
    /** The continuation indent: the editor's tab settings, four spaces by default. */
    public record Options(String indent) {
        public static final Options DEFAULT = new Options("    ");

        public Options {
            if (indent == null || indent.isEmpty() || indent.length() > 16 || !indent.chars().allMatch(c -> c == ' ' || c == '\t')) {
                indent = "    ";
            }
        }

        /** From LSP's FormattingOptions: a tab when the editor indents with tabs, else {@code tabSize} spaces (1 to 8). */
        public static Options of(int tabSize, boolean insertSpaces) {
            if (!insertSpaces) return new Options("\t");
            return new Options(" ".repeat(tabSize >= 1 && tabSize <= 8 ? tabSize : 4));
        }
    }

    /** A comment at the top that would become a parser directive if the blank lines above it went away. */
    private static final Pattern DIRECTIVE_LIKE = Pattern.compile("^\\s*#\\s*(?i:syntax|escape|check)\\s*=.*$");
    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z]+");
    /** Instructions whose arguments BuildKit reads as one verbatim string: blanks inside them are content. */
    private static final Set<String> VERBATIM = Set.of("MAINTAINER", "STOPSIGNAL", "USER", "WORKDIR");
    /** Instructions BuildKit refuses after ONBUILD. */
    private static final Set<String> NOT_AFTER_ONBUILD = Set.of("ONBUILD", "FROM", "MAINTAINER");
    /** Rounds of "format, parse again, leave out what reads differently" before giving up on the whole file. */
    private static final int ROUNDS = 4;

    private Formatting() {}

    /** Edits that format the whole document; none when it is formatted already or cannot be formatted safely. */
    public static List<TextEdit> document(Dockerfile df, Options options) {
        return run(df, null, options);
    }

    /**
     * Edits that format the instructions intersecting {@code range} (whole instructions, their continuation lines
     * included); every other line, blank lines too, stays as it is.
     */
    public static List<TextEdit> range(Dockerfile df, Range range, Options options) {
        if (range == null) return List.of();
        return run(df, range, options);
    }

    /** The formatted text (the same text when nothing changes): for tests and batch use. */
    public static String format(String text, Options options) {
        if (text == null) return null;
        List<TextEdit> edits = document(DockerfileParser.parse(text), options);
        return edits.isEmpty() ? text : TextEdits.apply(text, edits);
    }

    private static List<TextEdit> run(Dockerfile df, Range range, Options options) {
        if (df == null || df.text == null) return List.of();
        try {
            Options o = options == null ? Options.DEFAULT : options;
            if (looksBinary(df.text)) return List.of();
            Set<Integer> leftAlone = new HashSet<>();
            for (int round = 0; round < ROUNDS; round++) {
                List<TextEdit> edits = new Pass(df, range, o, leftAlone).edits();
                if (edits == null) return List.of();
                if (edits.isEmpty()) return edits;
                Dockerfile after = DockerfileParser.parse(TextEdits.apply(df.text, edits));
                int differs = firstDifference(df, after);
                if (differs == SAME) return edits;
                if (differs < 0 || !leftAlone.add(differs)) return List.of();
            }
            return List.of();
        } catch (RuntimeException | StackOverflowError e) {
            // Formatting is a convenience: whatever went wrong, the document stays as the user wrote it.
            return List.of();
        }
    }

    /**
     * NUL bytes, replacement characters from undecodable bytes, or more than a few control characters: a binary file
     * or the wrong encoding, which no edit can improve.
     */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\uFFFD') return true;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) || c == 0x7F) controls++;
        }
        return controls > 8 && controls * 100 > text.length();
    }

    // ---- one formatting pass -------------------------------------------------------------

    /** How a line of the file is formatted. */
    private enum Kind { INSTRUCTION, DIRECTIVE, COMMENT, BLANK, OTHER }

    /** One instruction's lines up to its heredoc bodies: what the parser joined, and where each break is. */
    private record Head(int first, int last, List<Integer> content, int[] from, int[] escapeAt, Set<Integer> comments, Set<Integer> empties) {}

    private static final class Pass {
        final Dockerfile df;
        final String text;
        final LineIndex lines;
        final int count;
        final boolean bom;
        final char esc;
        final Range range;
        final String indent;
        final Set<Integer> leftAlone;
        /** The file has a SHELL instruction: RUN may go to a shell whose escape char is the other one (PowerShell's or bash's). */
        final boolean otherShell;
        /** Instruction index owning each line (heredoc bodies and interior comments included), or -1. */
        final int[] owner;
        final Kind[] kinds;
        /** How many of the lines before each line the parser reported a problem on (a prefix sum). */
        final int[] problemLines;
        /** The text with keyword casing applied (ASCII letters only, so offsets do not move). */
        final char[] cased;
        final List<TextEdit> edits = new ArrayList<>();

        Pass(Dockerfile df, Range range, Options o, Set<Integer> leftAlone) {
            this.df = df;
            this.text = df.text;
            this.lines = df.lines;
            this.count = lines.lineCount();
            this.bom = text.startsWith("\uFEFF");
            this.esc = df.escape;
            this.range = range;
            this.indent = o.indent();
            this.leftAlone = leftAlone;
            this.owner = new int[count];
            this.kinds = new Kind[count];
            this.cased = text.toCharArray();
            this.otherShell = df.instructionsAndOnbuildChildren().stream().anyMatch(i -> i.is("SHELL"));
            int[] starts = new int[count + 1];
            for (Problem p : df.problems) {
                int a = Math.max(0, Math.min(count - 1, p.range().start().line()));
                int b = Math.max(a, Math.min(count - 1, p.range().end().line()));
                starts[a]++;
                starts[b + 1]--;
            }
            this.problemLines = new int[count + 1];
            int open = 0;
            for (int l = 0; l < count; l++) {
                open += starts[l];
                problemLines[l + 1] = problemLines[l] + (open > 0 ? 1 : 0);
            }
        }

        /** The edits, or null when the file cannot be formatted as a whole. */
        List<TextEdit> edits() {
            java.util.Arrays.fill(owner, -1);
            List<Instruction> all = df.instructions;
            for (int i = 0; i < all.size(); i++) {
                Instruction ins = all.get(i);
                if (ins.startLine < 0 || ins.endLine >= count || ins.startLine > ins.endLine) return null;
                for (int l = ins.startLine; l <= ins.endLine; l++) owner[l] = i;
            }
            Set<Integer> directiveLines = new HashSet<>();
            for (Directive d : df.directives) directiveLines.add(d.range().start().line());
            Set<Integer> commentLines = new HashSet<>();
            for (Comment c : df.comments) commentLines.add(c.line());
            for (int l = 0; l < count; l++) {
                if (owner[l] >= 0) kinds[l] = Kind.INSTRUCTION;
                else if (directiveLines.contains(l)) kinds[l] = Kind.DIRECTIVE;
                else if (commentLines.contains(l)) kinds[l] = Kind.COMMENT;
                else if (blank(l)) kinds[l] = Kind.BLANK;
                else kinds[l] = Kind.OTHER;
            }
            for (int i = 0; i < all.size(); i++) {
                Instruction ins = all.get(i);
                if ((range == null || intersects(ins, range)) && !leftAlone.contains(i)) instruction(ins);
            }
            if (range == null) blankLines(all);
            return normalise(edits);
        }

        private static boolean intersects(Instruction ins, Range r) {
            int from = r.start().line(), to = r.end().line();
            // A selection of whole lines ends at column 0 of the line after it.
            if (r.end().character() == 0 && to > from) to--;
            if (to < from) to = from;
            return ins.startLine <= to && ins.endLine >= from;
        }

        // ---- instructions ----------------------------------------------------------------

        /** Adds the edits of one instruction; false when it is left as written. */
        private boolean instruction(Instruction ins) {
            Head h = head(ins);
            if (h == null || !formattable(ins, h)) return false;
            List<int[]> caseRanges = casing(ins, h);
            if (caseRanges == null) return false;
            for (int[] r : caseRanges) for (int k = r[0]; k < r[1]; k++) cased[k] = Character.toUpperCase(cased[k]);

            // The logical text as the parser joins it, with the offset of each break.
            StringBuilder joined = new StringBuilder();
            int[] breaks = new int[h.content().size() - 1];
            for (int k = 0; k < h.content().size(); k++) {
                int line = h.content().get(k);
                int end = h.escapeAt()[k] >= 0 ? h.escapeAt()[k] : lines.lineEnd(line);
                joined.append(text, h.from()[k], end);
                if (k < breaks.length) breaks[k] = joined.length();
            }
            boolean[] plain = plain(joined);
            Instruction effective = ins.child != null ? ins.child : ins;
            boolean reflow = reflowable(effective) && trailingRunSafe(joined, joined.length(), plain);
            for (int b : breaks) reflow &= breakSafe(joined, b, plain);

            int[] contentIndex = new int[h.last() - h.first() + 1];
            java.util.Arrays.fill(contentIndex, -1);
            for (int k = 0; k < h.content().size(); k++) contentIndex[h.content().get(k) - h.first()] = k;
            List<String> out = new ArrayList<>();
            for (int line = h.first(); line <= h.last(); line++) {
                int k = contentIndex[line - h.first()];
                if (h.empties().contains(line)) {
                    out.add("");
                } else if (h.comments().contains(line)) {
                    String c = content(line);
                    out.add(reflow ? indent + c.substring(firstNonWhitespace(c)) : c);
                } else if (k < 0) {
                    return false;
                } else {
                    out.add(reflow ? reflowed(h, k) : light(h, k, joined, plain));
                }
            }
            replaceLines(h.first(), h.last(), out);
            return true;
        }

        /** A content line re-flowed: indented one step (the first not at all), one blank before the escape char. */
        private String reflowed(Head h, int k) {
            int line = h.content().get(k);
            int end = h.escapeAt()[k] >= 0 ? h.escapeAt()[k] : lines.lineEnd(line);
            String body = stripBlanks(new String(cased, h.from()[k], end - h.from()[k]));
            StringBuilder sb = new StringBuilder();
            if (k > 0) sb.append(indent);
            sb.append(body);
            if (h.escapeAt()[k] >= 0) {
                if (!body.isEmpty()) sb.append(' ');
                sb.append(esc);
            }
            return sb.toString();
        }

        /**
         * A content line kept as written but for casing, the first line's indentation, the blanks after a
         * line-continuation character (the parser drops them) and, on the last line, trailing blanks that separate
         * nothing.
         */
        private String light(Head h, int k, StringBuilder joined, boolean[] plain) {
            int line = h.content().get(k);
            int start = k == 0 ? h.from()[k] : contentStart(line);
            if (h.escapeAt()[k] >= 0) return new String(cased, start, h.escapeAt()[k] + 1 - start);
            int end = lines.lineEnd(line);
            if (trailingRunSafe(joined, joined.length(), plain)) {
                while (end > start && blank(text.charAt(end - 1))) end--;
            }
            return new String(cased, start, end - start);
        }

        /** Walks the instruction's lines as the parser does; null when that walk and the parser disagree. */
        private Head head(Instruction ins) {
            int line = ins.startLine;
            int from = contentStart(line);
            int le = lines.lineEnd(line);
            while (from < le && Character.isWhitespace(text.charAt(from))) from++;
            if (from != ins.startOffset) return null;
            List<Integer> content = new ArrayList<>();
            List<Integer> froms = new ArrayList<>(), escapes = new ArrayList<>();
            Set<Integer> comments = new HashSet<>(), empties = new HashSet<>();
            while (true) {
                le = lines.lineEnd(line);
                int e = continuationAt(from, le);
                content.add(line);
                froms.add(from);
                escapes.add(e);
                if (e < 0) break;
                int next = line + 1;
                while (next < count) {
                    String c = lines.lineText(next);
                    int f = firstNonWhitespace(c);
                    if (f >= c.length()) empties.add(next);
                    else if (c.charAt(f) == '#') comments.add(next);
                    else break;
                    next++;
                }
                if (next >= count) return null; // a continuation at the end of the file: nothing safe to do
                line = next;
                from = lines.lineStart(line);
            }
            int expected = ins.heredocs.isEmpty() ? ins.endLine : lines.position(ins.heredocs.get(0).bodyStart()).line() - 1;
            if (line != expected) return null;
            int[] f = froms.stream().mapToInt(Integer::intValue).toArray();
            int[] e = escapes.stream().mapToInt(Integer::intValue).toArray();
            return new Head(ins.startLine, line, content, f, e, comments, empties);
        }

        /** The parser's rule: the escape char ends the line (blanks may follow) and is not itself escaped. */
        private int continuationAt(int from, int end) {
            int i = end - 1;
            while (i >= from && blank(text.charAt(i))) i--;
            if (i < from || text.charAt(i) != esc) return -1;
            if (i > from && text.charAt(i - 1) == esc) return -1;
            return i;
        }

        /** No syntax error, nothing that is not plain text: otherwise the instruction keeps its lines. */
        private boolean formattable(Instruction ins, Head h) {
            if (!known(ins) || ins.jsonLike || ins.argsText().isEmpty()) return false;
            if (ins.keywordRange.start().line() != ins.startLine || ins.keywordRange.end().line() != ins.startLine) return false;
            if (ins.is("ONBUILD")) {
                Instruction c = ins.child;
                if (c == null || !known(c) || c.jsonLike || NOT_AFTER_ONBUILD.contains(c.keyword) || c.argsText().isEmpty()) return false;
                if (c.keywordRange.start().line() != c.keywordRange.end().line()) return false;
                if (!flagsKnown(c)) return false;
            } else if (!flagsKnown(ins)) {
                return false;
            }
            if (problemLines[ins.endLine + 1] - problemLines[ins.startLine] > 0) return false;
            for (Heredoc hd : ins.heredocs) if (!hd.terminated()) return false;
            for (int l = h.first(); l <= h.last(); l++) {
                int s = contentStart(l), e = lines.lineEnd(l);
                for (int i = s; i < e; i++) if (odd(text.charAt(i))) return false;
            }
            return true;
        }

        private static boolean known(Instruction ins) {
            return Keywords.INSTRUCTIONS.contains(ins.keyword) && ASCII_WORD.matcher(ins.rawKeyword).matches();
        }

        private static boolean flagsKnown(Instruction ins) {
            Set<String> ok = Keywords.FLAGS.getOrDefault(ins.keyword, Set.of());
            for (Flag f : ins.flags) if (!ok.contains(f.name())) return false;
            return true;
        }

        /**
         * Characters whose meaning differs between Java, Go and the shells (control characters, blanks other than
         * space and tab, a stray byte-order mark): an instruction holding one is left as it is.
         */
        private static boolean odd(char c) {
            if (c == ' ' || c == '\t') return false;
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xA0) || c == '\uFEFF' || c == '\uFFFD') return true;
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        /** Source ranges to upper-case: keywords, FROM's AS, HEALTHCHECK's CMD/NONE; null when one is not plain. */
        private List<int[]> casing(Instruction ins, Head h) {
            List<int[]> out = new ArrayList<>();
            if (!addWord(out, ins.keywordRange, h)) return null;
            Instruction eff = ins;
            if (ins.child != null) {
                if (!addWord(out, ins.child.keywordRange, h)) return null;
                eff = ins.child;
            }
            if (eff.is("FROM") && eff.words.size() == 3 && eff.words.get(1).raw().equalsIgnoreCase("as")) {
                addWord(out, eff.words.get(1).range(), h);
            }
            if (eff.is("HEALTHCHECK") && !eff.words.isEmpty()) {
                Word w = eff.words.get(0);
                if (w.raw().equalsIgnoreCase("cmd") || w.raw().equalsIgnoreCase("none")) addWord(out, w.range(), h);
            }
            return out;
        }

        /** A one-line range of ASCII letters on one of the instruction's content lines. */
        private boolean addWord(List<int[]> out, Range r, Head h) {
            if (r.start().line() != r.end().line() || !h.content().contains(r.start().line())) return false;
            int s = lines.offset(r.start()), e = lines.offset(r.end());
            if (e <= s || !ASCII_WORD.matcher(text.substring(s, e)).matches()) return false;
            out.add(new int[] {s, e});
            return true;
        }

        /**
         * Whether the blanks at a break are layout: BuildKit reads the arguments of these instructions as words split
         * at blanks (or hands them to a shell that does), except the legacy {@code ENV key value} / {@code LABEL key
         * value}, whose value is the rest of the line verbatim, and the instructions that take one verbatim string.
         */
        private static boolean reflowable(Instruction ins) {
            if (VERBATIM.contains(ins.keyword)) return false;
            if (ins.is("ENV") || ins.is("LABEL")) return !ins.words.isEmpty() && ins.words.get(0).raw().indexOf('=') > 0;
            return true;
        }

        /**
         * The blanks around a break separate two words under every reading: there are some, the character before them
         * does not escape the first, and they are outside quotes and {@code ${...}}.
         */
        private boolean breakSafe(StringBuilder joined, int at, boolean[] plain) {
            int s = at, e = at;
            while (s > 0 && blank(joined.charAt(s - 1))) s--;
            while (e < joined.length() && blank(joined.charAt(e))) e++;
            if (e == s || s == 0) return false;
            return !escaping(joined.charAt(s - 1)) && plain[s];
        }

        /** The blanks ending the instruction can go: nothing escapes or quotes them. */
        private boolean trailingRunSafe(StringBuilder joined, int end, boolean[] plain) {
            int s = end;
            while (s > 0 && blank(joined.charAt(s - 1))) s--;
            if (s == end) return plain[end];
            return s > 0 && !escaping(joined.charAt(s - 1)) && plain[s];
        }

        /** Characters that escape the next one: the builder's escape char, and the shell's when that differs. */
        private boolean escaping(char c) {
            if (c == esc || (otherShell && (c == '\\' || c == '`'))) return true;
            return esc == '`' && c == '^';
        }

        /**
         * For each position of the logical text, whether it is outside any quote, escape and {@code ${...}} under
         * every quoting that may apply: the builder's (its escape char) and a shell's. For a {@code \} file the shell
         * is a POSIX one (backslash escapes, {@code $'...'}); for a {@code `} file cmd or PowerShell; with a SHELL
         * instruction, either.
         */
        private boolean[] plain(CharSequence s) {
            boolean[] out = new boolean[s.length() + 1];
            java.util.Arrays.fill(out, true);
            scan(s, esc, esc == '\\', out);
            scan(s, (char) 0, false, out);
            if (otherShell) scan(s, esc == '\\' ? '`' : '\\', esc != '\\', out);
            return out;
        }

        private static void scan(CharSequence s, char escape, boolean ansiQuotes, boolean[] out) {
            final int none = 0, single = 1, dbl = 2, ansi = 3;
            int state = none, depth = 0;
            boolean skip = false;
            for (int i = 0; i < s.length(); i++) {
                if (state != none || depth > 0 || skip) out[i] = false;
                char c = s.charAt(i);
                if (skip) {
                    skip = false;
                    continue;
                }
                switch (state) {
                    case none -> {
                        if (escape != 0 && c == escape) skip = true;
                        else if (c == '\'') state = ansiQuotes && i > 0 && s.charAt(i - 1) == '$' ? ansi : single;
                        else if (c == '"') state = dbl;
                        else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                            depth++;
                            skip = true;
                        } else if (c == '}' && depth > 0) depth--;
                    }
                    case single -> {
                        if (c == '\'') state = none;
                    }
                    case ansi -> {
                        if (c == '\\') skip = true;
                        else if (c == '\'') state = none;
                    }
                    default -> {
                        if (escape != 0 && c == escape) skip = true;
                        else if (c == '"') state = none;
                    }
                }
            }
            if (state != none || depth > 0 || skip) out[s.length()] = false;
        }

        // ---- blank lines -----------------------------------------------------------------

        /**
         * No blank lines at the start (unless the comment below them would turn into a parser directive), at most one
         * anywhere else, exactly one before a stage (before the comments directly above its FROM), none at the end,
         * and a final line break.
         */
        private void blankLines(List<Instruction> all) {
            boolean finalBreak = count > 1 && lines.lineStart(count - 1) == text.length();
            int real = finalBreak ? count - 1 : count;
            int first = 0;
            while (first < real && kinds[first] == Kind.BLANK) first++;
            if (first >= real) return; // nothing but blanks: nothing to format
            int last = real - 1;
            while (kinds[last] == Kind.BLANK) last--;

            // The start.
            if (first > 0) {
                if (kinds[first] == Kind.COMMENT && DIRECTIVE_LIKE.matcher(lines.lineText(first)).matches()) collapse(0, first - 1);
                else edits.add(TextEdit.replace(null, new Range(new Position(0, bom ? 1 : 0), new Position(first, 0)), ""));
            }
            // Runs in between.
            for (int l = first; l <= last; l++) {
                if (kinds[l] != Kind.BLANK) continue;
                int e = l;
                while (e + 1 <= last && kinds[e + 1] == Kind.BLANK) e++;
                collapse(l, e);
                l = e;
            }
            // A blank line before each stage.
            for (int i = 1; i < all.size(); i++) {
                Instruction ins = all.get(i);
                if (!ins.is("FROM")) continue;
                int s = ins.startLine;
                while (s > 0 && kinds[s - 1] == Kind.COMMENT) s--;
                if (s == 0 || kinds[s - 1] == Kind.BLANK) continue;
                edits.add(TextEdit.insert(null, new Position(s, 0), lineBreakOf(s - 1)));
            }
            // The end: one line break after the last line, unless the last instruction swallows what follows it.
            if (owner[last] >= 0 && swallowsTheRest(all.get(owner[last]))) return;
            if (last < real - 1) {
                edits.add(TextEdit.replace(null, new Range(new Position(last + 1, 0), lines.position(text.length())), ""));
            } else if (!finalBreak) {
                edits.add(TextEdit.insert(null, lines.position(text.length()), lineBreakOf(count - 2)));
            }
        }

        /** The line break ending a line, so inserted lines keep the file's style; the file's usual one for the last line. */
        private String lineBreakOf(int line) {
            if (line < 0 || line >= count - 1) return lines.newline();
            String nl = text.substring(lines.lineEnd(line), lines.lineStart(line + 1));
            return nl.isEmpty() ? lines.newline() : nl;
        }

        /** A continuation or a heredoc that the file ends before closing: the blank lines after it are part of it. */
        private boolean swallowsTheRest(Instruction ins) {
            for (Heredoc h : ins.heredocs) if (!h.terminated()) return true;
            return head(ins) == null;
        }

        /** A run of blank lines becomes one empty line. */
        private void collapse(int from, int to) {
            int startCol = from == 0 && bom ? 1 : 0;
            int endCol = lines.lineEnd(to) - lines.lineStart(to);
            if (from == to && endCol == startCol) return;
            edits.add(TextEdit.replace(null, new Range(new Position(from, startCol), new Position(to, endCol)), ""));
        }

        // ---- edits -----------------------------------------------------------------------

        /** Replaces lines from..to (their content, not the last line break) where they differ, one edit per changed run. */
        private void replaceLines(int from, int to, List<String> out) {
            int l = from;
            while (l <= to) {
                if (out.get(l - from).equals(content(l))) {
                    l++;
                    continue;
                }
                int e = l;
                while (e + 1 <= to && !out.get(e + 1 - from).equals(content(e + 1))) e++;
                StringBuilder sb = new StringBuilder();
                for (int k = l; k <= e; k++) {
                    sb.append(out.get(k - from));
                    if (k < e) sb.append(text, lines.lineEnd(k), lines.lineStart(k + 1));
                }
                Position start = new Position(l, contentStart(l) - lines.lineStart(l));
                Position end = new Position(e, lines.lineEnd(e) - lines.lineStart(e));
                edits.add(TextEdit.replace(null, new Range(start, end), sb.toString()));
                l = e + 1;
            }
        }

        /** Sorted, with edits that touch joined into one; null if two overlap (a bug: better no edits than wrong ones). */
        private static List<TextEdit> normalise(List<TextEdit> in) {
            List<TextEdit> sorted = new ArrayList<>(in);
            sorted.sort(Comparator.comparing((TextEdit e) -> e.range().start()).thenComparing(e -> e.range().end()));
            List<TextEdit> out = new ArrayList<>();
            for (TextEdit e : sorted) {
                if (!out.isEmpty()) {
                    TextEdit prev = out.get(out.size() - 1);
                    int c = prev.range().end().compareTo(e.range().start());
                    if (c > 0) return null;
                    if (c == 0) {
                        out.set(out.size() - 1, TextEdit.replace(null, new Range(prev.range().start(), e.range().end()),
                                prev.newText() + e.newText()));
                        continue;
                    }
                }
                out.add(e);
            }
            return out;
        }

        // ---- lines -----------------------------------------------------------------------

        /** Where a line's text starts: after the byte-order mark on the first line. */
        private int contentStart(int line) {
            int s = lines.lineStart(line);
            return line == 0 && bom ? Math.min(s + 1, lines.lineEnd(0)) : s;
        }

        /** A line as written (without its line break and the byte-order mark). */
        private String content(int line) {
            return text.substring(contentStart(line), lines.lineEnd(line));
        }

        /** Only spaces and tabs (the blank lines this formatter may rewrite). */
        private boolean blank(int line) {
            int e = lines.lineEnd(line);
            for (int i = contentStart(line); i < e; i++) if (!blank(text.charAt(i))) return false;
            return true;
        }

        private static boolean blank(char c) {
            return c == ' ' || c == '\t';
        }

        private static int firstNonWhitespace(String s) {
            int i = 0;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            return i;
        }

        private static String stripBlanks(String s) {
            int a = 0, b = s.length();
            while (a < b && blank(s.charAt(a))) a++;
            while (b > a && blank(s.charAt(b - 1))) b--;
            return s.substring(a, b);
        }
    }

    // ---- the check that nothing changed meaning ------------------------------------------

    private static final int SAME = Integer.MIN_VALUE;

    /**
     * {@link #SAME} when the two parses mean the same; the index of the first instruction that reads differently;
     * or -1 when the difference is not one instruction's (a comment, a directive, the number of instructions).
     */
    static int firstDifference(Dockerfile a, Dockerfile b) {
        if (a.escape != b.escape || a.instructions.size() != b.instructions.size()) return -1;
        if (!directives(a).equals(directives(b)) || !comments(a).equals(comments(b))) return -1;
        if (a.emptyContinuationLines.size() != b.emptyContinuationLines.size() || a.stages.size() != b.stages.size()) return -1;
        if (!problems(a).equals(problems(b))) return -1;
        for (int i = 0; i < a.instructions.size(); i++) {
            if (!signature(a.instructions.get(i)).equals(signature(b.instructions.get(i)))) return i;
        }
        return SAME;
    }

    private static List<String> directives(Dockerfile df) {
        return df.directives.stream().map(d -> d.name() + "=" + d.value()).toList();
    }

    private static List<String> comments(Dockerfile df) {
        return df.comments.stream().map(Comment::text).toList();
    }

    private static List<String> problems(Dockerfile df) {
        return df.problems.stream().map(p -> p.ruleId() + ":" + p.message()).toList();
    }

    /** What an instruction means: keyword, flags, words as written (quotes and the blanks inside them kept), heredocs. */
    private static String signature(Instruction ins) {
        StringBuilder sb = new StringBuilder(ins.keyword).append('\u0001').append(ins.rawKeyword.toUpperCase(Locale.ROOT));
        for (Heredoc h : ins.heredocs) {
            sb.append('\u0003').append(h.delimiter()).append(h.stripTabs()).append(h.quoted()).append(h.terminated()).append('\u0000').append(h.body());
        }
        // ONBUILD's words are its instruction's, whose keyword the formatter cases: that instruction says it all.
        if (ins.child != null) return sb.append('\u0004').append(signature(ins.child)).toString();
        for (Flag f : ins.flags) sb.append('\u0001').append(f.name()).append('=').append(f.value());
        sb.append('\u0002');
        for (int i = 0; i < ins.words.size(); i++) {
            String raw = ins.words.get(i).raw();
            boolean cased = ins.is("FROM") && i == 1 && raw.equalsIgnoreCase("as")
                    || ins.is("HEALTHCHECK") && i == 0 && (raw.equalsIgnoreCase("cmd") || raw.equalsIgnoreCase("none"));
            sb.append(cased ? raw.toUpperCase(Locale.ROOT) : raw).append('\u0000');
        }
        // Where blanks are content (legacy ENV, WORKDIR...), the text itself, bar the blanks at its ends.
        if (!Pass.reflowable(ins)) sb.append('\u0002').append(ins.argsText());
        sb.append('\u0002').append(ins.execForm).append(ins.jsonLike);
        for (Word w : ins.execArgs) sb.append(w.value()).append('\u0000');
        return sb.toString();
    }
}
