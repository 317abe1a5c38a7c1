package dev.dockmentor.shell;

import dev.dockmentor.dockerfile.SourceText;
import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * A light POSIX shell reader: splits a script into simple commands on {@code && || ; | &},
 * newlines and parentheses, honouring quotes, escapes, {@code $(...)} and comments. Redirections
 * are dropped so {@code apt-get install x > /dev/null} keeps only its real arguments. It is a
 * model for linting, not an interpreter, and never throws.
 */
public final class ShellParser {
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
    private final SourceText st;
    private final String t;
    private int i;
    private final int end;
    private final List<Command> commands = new ArrayList<>();
    private List<ShellWord> words = new ArrayList<>();
    private String pendingOp;
    private int cmdStart = -1;
    /** Open {@code case} statements; while {@code inPatterns}, {@code a | b)} lists patterns, not a pipeline. */
    private int caseDepth;
    private boolean caseHeader;
    private boolean inPatterns;
    /**
     * Reserved words that open a compound command or a part of one. At a command's start they are not the
     * program: in {@code then echo x | sha256sum -c -} the piped command is {@code echo}. The closing
     * {@code fi} and {@code done} stay words: {@code while …; done | sort} pipes the whole loop, and the
     * pipe must still be seen.
     */
    private static final java.util.Set<String> RESERVED_LEAD = java.util.Set.of(
            "if", "then", "else", "elif", "while", "until", "do", "esac", "!");

    private ShellParser(SourceText st, int from, int to) {
        this.st = st;
        this.t = st.text();
        this.i = from;
        this.end = to;
    }

    public static ShellScript parse(SourceText st) {
        return parse(st, 0, st.length());
    }

    public static ShellScript parse(SourceText st, int from, int to) {
        ShellParser p = new ShellParser(st, from, to);
        p.run();
        return new ShellScript(List.copyOf(p.commands));
    }

    private void run() {
        boolean dropNext = false;
        while (i < end) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < end && (t.charAt(i + 1) == '\n' || t.charAt(i + 1) == '\r')) {
                i += 2;
                continue;
            }
            if (c == '#') {
                while (i < end && t.charAt(i) != '\n') i++;
                continue;
            }
            if (inPatterns) {
                readPattern(c);
                continue;
            }
            if (c == ';' && caseDepth > 0 && i + 1 < end && (t.charAt(i + 1) == ';' || t.charAt(i + 1) == '&')) {
                // ;; (or bash ;& / ;;&) ends a case item: the next words are patterns again.
                finish(";");
                i += 2;
                if (i < end && t.charAt(i) == '&') i++;
                inPatterns = true;
                continue;
            }
            if (c == '\n' || c == ';') {
                finish(";");
                i++;
                continue;
            }
            if (c == '&' || c == '|') {
                if (i + 1 < end && t.charAt(i + 1) == c) {
                    finish(c == '&' ? "&&" : "||");
                    i += 2;
                } else {
                    finish(String.valueOf(c));
                    i++;
                }
                continue;
            }
            if (c == '(' || c == ')' || c == '{' && isAlone(i) || c == '}' && isAlone(i)) {
                finish(";");
                i++;
                continue;
            }
            if (c == '>' || c == '<') {
                while (i < end && (t.charAt(i) == '>' || t.charAt(i) == '<' || t.charAt(i) == '&')) i++;
                dropNext = true;
                continue;
            }
            ShellWord w = readWord();
            if (w == null) {
                i++;
                continue;
            }
            if (dropNext) {
                dropNext = false;
                continue;
            }
            if (i < end && (t.charAt(i) == '>' || t.charAt(i) == '<') && DIGITS.matcher(w.value()).matches()) continue; // 2>x
            if (caseHeader) {
                // case WORD in: neither word is a command.
                if (w.raw().equals("in")) {
                    caseHeader = false;
                    inPatterns = true;
                    caseDepth++;
                }
                continue;
            }
            if (words.isEmpty() && w.raw().equals("case")) {
                caseHeader = true;
                continue;
            }
            if (words.isEmpty() && RESERVED_LEAD.contains(w.raw())) {
                if (w.raw().equals("esac") && caseDepth > 0) caseDepth--;
                continue;
            }
            if (cmdStart < 0) cmdStart = startOf(w);
            words.add(w);
        }
        finish(null);
    }

    /** In a case item's pattern list ({@code (a | "b")}): drops the patterns up to {@code )}, or closes on esac. */
    private void readPattern(char c) {
        if (c == '\n' || c == ';' || c == '|' || c == '(') {
            i++;
            return;
        }
        if (c == ')') {
            inPatterns = false;
            i++;
            return;
        }
        ShellWord w = readWord();
        if (w == null) {
            i++;
        } else if (w.raw().equals("esac")) {
            inPatterns = false;
            caseDepth--;
        }
    }

    private boolean isAlone(int at) {
        boolean before = at == 0 || Character.isWhitespace(t.charAt(at - 1)) || t.charAt(at - 1) == ';';
        boolean after = at + 1 >= end || Character.isWhitespace(t.charAt(at + 1)) || t.charAt(at + 1) == ';';
        return before && after;
    }

    private int wordStart;

    private int startOf(ShellWord w) {
        return wordStart;
    }

    private ShellWord readWord() {
        int start = i;
        wordStart = start;
        StringBuilder v = new StringBuilder();
        while (i < end) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|'
                    || c == '(' || c == ')' || c == '>' || c == '<') break;
            if (c == '\\') {
                if (i + 1 < end) {
                    char n = t.charAt(i + 1);
                    if (n != '\n') v.append(n);
                    i += 2;
                } else {
                    i++;
                }
                continue;
            }
            if (c == '\'') {
                int close = t.indexOf('\'', i + 1);
                if (close < 0 || close >= end) close = end;
                v.append(t, i + 1, close);
                i = Math.min(end, close + 1);
                continue;
            }
            if (c == '"') {
                i++;
                while (i < end && t.charAt(i) != '"') {
                    if (t.charAt(i) == '\\' && i + 1 < end) {
                        v.append(t.charAt(i + 1));
                        i += 2;
                        continue;
                    }
                    v.append(t.charAt(i++));
                }
                i = Math.min(end, i + 1);
                continue;
            }
            if (c == '$' && i + 1 < end && t.charAt(i + 1) == '(') {
                int depth = 0;
                int s = i;
                while (i < end) {
                    char d = t.charAt(i);
                    if (d == '(') depth++;
                    else if (d == ')' && --depth == 0) {
                        i++;
                        break;
                    }
                    i++;
                }
                v.append(t, s, i);
                continue;
            }
            if (c == '`') {
                int close = t.indexOf('`', i + 1);
                if (close < 0 || close >= end) close = end - 1;
                v.append(t, i, close + 1);
                i = close + 1;
                continue;
            }
            v.append(c);
            i++;
        }
        if (i == start) return null;
        return new ShellWord(t.substring(start, i), v.toString(), st.range(start, i));
    }

    private void finish(String op) {
        if (!words.isEmpty()) {
            ShellWord last = words.get(words.size() - 1);
            Range r = new Range(words.get(0).range().start(), last.range().end());
            String before = pendingOp;
            commands.add(new Command(List.copyOf(words), before, op, r));
            words = new ArrayList<>();
            pendingOp = op;
        } else if (op != null && !op.equals(";")) {
            pendingOp = op;
        } else if (op == null) {
            pendingOp = null;
        }
        cmdStart = -1;
        // A command's opAfter is only known when the next operator arrives: patch the previous one.
        if (op != null && commands.size() > 0) {
            Command prev = commands.get(commands.size() - 1);
            if (prev.opAfter() == null) commands.set(commands.size() - 1,
                    new Command(prev.words(), prev.opBefore(), op, prev.range()));
        }
    }
}
