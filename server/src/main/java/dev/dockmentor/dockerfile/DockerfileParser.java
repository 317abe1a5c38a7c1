package dev.dockmentor.dockerfile;

import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile parser modelled on BuildKit's: parser directives, the escape char, continuation
 * lines (with comment and empty lines inside them), heredocs, flags, exec vs shell form. It never
 * throws: whatever the input, it returns a model plus {@link Problem}s.
 */
public final class DockerfileParser {
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.*?)\\s*$");
    private static final Pattern HEREDOC = Pattern.compile("^(\\d*)<<(-?)(.+)$");
    private static final Pattern HEREDOC_NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final String text;
    private final LineIndex lines;
    private char escape = '\\';
    private final List<Directive> directives = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Range> emptyContinuationLines = new ArrayList<>();

    private DockerfileParser(String text) {
        this.text = text;
        this.lines = new LineIndex(text);
    }

    public static Dockerfile parse(String text) {
        DockerfileParser p = new DockerfileParser(text == null ? "" : text);
        try {
            return p.run();
        } catch (RuntimeException | StackOverflowError e) {
            // Defensive: a parser bug must not cost the user their other diagnostics.
            p.problems.add(new Problem("syntax-error", Range.of(0, 0, 0, 0),
                    "dockmentor could not fully parse this file (" + e.getClass().getSimpleName() + ")",
                    "dockmentor no pudo analizar del todo este archivo (" + e.getClass().getSimpleName() + ")"));
            return p.build();
        }
    }

    private Dockerfile run() {
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            problems.add(new Problem("syntax-error", lines.range(nul, nul + 1),
                    "This file contains NUL bytes: it looks binary, not a Dockerfile",
                    "Este archivo contiene bytes NUL: parece binario, no un Dockerfile"));
            return build();
        }
        int line = 0;
        boolean directivesAllowed = true;
        int count = lines.lineCount();
        while (line < count) {
            int ls = lines.lineStart(line);
            if (line == 0 && text.startsWith("\uFEFF")) ls++;
            int le = lines.lineEnd(line);
            int first = ls;
            while (first < le && Character.isWhitespace(text.charAt(first))) first++;
            if (directivesAllowed) {
                if (first < le && text.charAt(first) == '#' && readDirective(line, first, le)) {
                    line++;
                    continue;
                }
                directivesAllowed = false;
            }
            if (first >= le) {
                line++;
                continue;
            }
            if (text.charAt(first) == '#') {
                comments.add(new Comment(text.substring(first + 1, le).strip(), line, lines.range(first, le)));
                line++;
                continue;
            }
            line = readInstruction(line, first);
        }
        return build();
    }

    private boolean readDirective(int line, int start, int end) {
        Matcher m = DIRECTIVE.matcher(text.substring(start, end));
        if (!m.matches()) return false;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (!name.equals("syntax") && !name.equals("escape") && !name.equals("check")) return false;
        for (Directive d : directives) if (d.name().equals(name)) return false; // repeated: a plain comment
        int vs = start + m.start(2), ve = start + m.end(2);
        Directive d = new Directive(name, m.group(2), lines.range(start, end), lines.range(vs, ve));
        directives.add(d);
        if (name.equals("escape")) {
            String v = m.group(2);
            if (v.equals("`")) escape = '`';
            else if (v.equals("\\")) escape = '\\';
            else problems.add(new Problem("syntax-error", d.valueRange(),
                    "Invalid escape directive '" + v + "': it must be \\ or `",
                    "Directiva escape no válida '" + v + "': debe ser \\ o `"));
        }
        return true;
    }

    /** Joins one logical instruction, reads its heredoc bodies; returns the next line to read. */
    private int readInstruction(int startLine, int firstOffset) {
        SourceText.Builder b = new SourceText.Builder(lines);
        int line = startLine;
        int from = firstOffset;
        int count = lines.lineCount();
        int lastContentEnd;
        List<Range> pendingEmpty = new ArrayList<>();
        while (true) {
            int le = lines.lineEnd(line);
            int contEnd = continuationAt(from, le);
            if (contEnd < 0) {
                b.append(from, le);
                lastContentEnd = le;
                break;
            }
            b.append(from, contEnd);
            lastContentEnd = le;
            int next = line + 1;
            pendingEmpty.clear();
            while (next < count) {
                int ns = lines.lineStart(next), ne = lines.lineEnd(next);
                int f = ns;
                while (f < ne && Character.isWhitespace(text.charAt(f))) f++;
                if (f >= ne) {
                    pendingEmpty.add(lines.range(ns, ne));
                    next++;
                    continue;
                }
                if (text.charAt(f) == '#') {
                    comments.add(new Comment(text.substring(f + 1, ne).strip(), next, lines.range(f, ne)));
                    next++;
                    continue;
                }
                break;
            }
            if (next >= count) {
                line = next - 1;
                break;
            }
            emptyContinuationLines.addAll(pendingEmpty);
            line = next;
            from = lines.lineStart(line);
        }
        int endLine = line;
        SourceText lt = b.build(lastContentEnd);

        List<Heredoc> heredocs = new ArrayList<>();
        List<Opener> openers = heredocOpeners(lt);
        int next = endLine + 1;
        int endOffset = lastContentEnd;
        for (Opener o : openers) {
            int bodyStart = next < count ? lines.lineStart(next) : text.length();
            int l = next;
            boolean terminated = false;
            while (l < count) {
                String content = lines.lineText(l);
                if (o.stripTabs) content = content.replaceFirst("^\t+", "");
                if (content.equals(o.name)) {
                    terminated = true;
                    break;
                }
                l++;
            }
            int bodyEnd = l < count ? lines.lineStart(l) : text.length();
            heredocs.add(new Heredoc(o.name, o.stripTabs, o.quoted, o.range, text.substring(bodyStart, bodyEnd),
                    bodyStart, lines.range(bodyStart, bodyEnd), terminated));
            if (!terminated) {
                problems.add(new Problem("syntax-error", o.range,
                        "Heredoc <<" + o.name + " is never closed: no line reads '" + o.name + "'",
                        "El heredoc <<" + o.name + " nunca se cierra: ninguna línea dice '" + o.name + "'"));
                endLine = count - 1;
                endOffset = text.length();
                next = count;
                break;
            }
            endLine = l;
            endOffset = lines.lineEnd(l);
            next = l + 1;
        }
        Instruction ins = make(lt, firstOffset, endOffset, startLine, endLine, heredocs, 0);
        instructions.add(ins);
        return Math.max(next, endLine + 1);
    }

    /**
     * If the line [from,end) ends with the escape char (trailing blanks allowed), its offset; else -1. As in
     * BuildKit, an escape char right after another one ({@code ENV A=x\\}) is not a continuation: the next
     * line is an instruction of its own.
     */
    private int continuationAt(int from, int end) {
        int i = end - 1;
        while (i >= from && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
        if (i < from || text.charAt(i) != escape) return -1;
        if (i > from && text.charAt(i - 1) == escape) return -1;
        return i;
    }

    private record Opener(String name, boolean stripTabs, boolean quoted, Range range) {}

    private List<Opener> heredocOpeners(SourceText lt) {
        List<Opener> out = new ArrayList<>();
        String t = lt.text();
        int i = Lexer.skipWs(t, 0, t.length());
        int kwEnd = i;
        while (kwEnd < t.length() && !Character.isWhitespace(t.charAt(kwEnd))) kwEnd++;
        String kw = t.substring(i, kwEnd).toUpperCase(Locale.ROOT);
        if (kw.equals("ONBUILD")) {
            i = Lexer.skipWs(t, kwEnd, t.length());
            kwEnd = i;
            while (kwEnd < t.length() && !Character.isWhitespace(t.charAt(kwEnd))) kwEnd++;
            kw = t.substring(i, kwEnd).toUpperCase(Locale.ROOT);
        }
        if (!Keywords.HEREDOC_CAPABLE.contains(kw) || t.indexOf("<<", kwEnd) < 0) return out;
        for (Word w : Lexer.words(lt, kwEnd, t.length(), escape)) {
            if (w.raw().startsWith("[")) break; // exec form: no heredocs
            Matcher m = HEREDOC.matcher(w.raw());
            if (!m.matches()) continue;
            String d = m.group(3);
            boolean quoted = false;
            if (d.length() >= 2 && (d.charAt(0) == '"' || d.charAt(0) == '\'') && d.endsWith(d.substring(0, 1))) {
                d = d.substring(1, d.length() - 1);
                quoted = true;
            }
            if (!HEREDOC_NAME.matcher(d).matches()) continue;
            out.add(new Opener(d, !m.group(2).isEmpty(), quoted, w.range()));
        }
        return out;
    }

    private Instruction make(SourceText lt, int startOffset, int endOffset, int startLine, int endLine,
                             List<Heredoc> heredocs, int depth) {
        String t = lt.text();
        int len = t.length();
        int ks = Lexer.skipWs(t, 0, len);
        int ke = ks;
        while (ke < len && !Character.isWhitespace(t.charAt(ke))) ke++;
        String raw = t.substring(ks, ke);
        String kw = raw.toUpperCase(Locale.ROOT);
        Range kwRange = lt.range(ks, ke);

        List<Flag> flags = new ArrayList<>();
        int argsStart = ke;
        // Lex for flags only when the arguments start with one (lexing the whole line three times was the
        // parser's main cost on long files).
        if (!kw.equals("ONBUILD") && t.startsWith("--", Lexer.skipWs(t, ke, len))) {
            for (Word w : Lexer.words(lt, ke, len, escape)) {
                if (!w.raw().startsWith("--")) break;
                String v = w.value();
                int eq = v.indexOf('=');
                String name = eq >= 0 ? v.substring(2, eq) : v.substring(2);
                String value = eq >= 0 ? v.substring(eq + 1) : null;
                int rawEq = w.raw().indexOf('=');
                Range nameRange = lt.range(w.start() + 2, rawEq >= 0 ? w.start() + rawEq : w.end());
                Range valueRange = rawEq >= 0 ? lt.range(w.start() + rawEq + 1, w.end()) : null;
                flags.add(new Flag(name, value, w.range(), nameRange, valueRange));
                argsStart = w.end();
            }
        }
        SourceText args = lt.sub(argsStart, len);
        List<Word> words = Lexer.words(args, 0, args.length(), escape);

        boolean exec = false, jsonLike = false;
        List<Word> execArgs = List.of();
        int execFrom = -1;
        if (Keywords.EXEC_CAPABLE.contains(kw)) execFrom = 0;
        else if (kw.equals("HEALTHCHECK") && !words.isEmpty() && words.get(0).value().equalsIgnoreCase("CMD")) {
            execFrom = words.get(0).end();
        }
        if (execFrom >= 0) {
            String rest = args.text().substring(execFrom).strip();
            if (rest.startsWith("[")) {
                List<Word> arr = Lexer.jsonArray(args, execFrom, args.length());
                if (arr != null) {
                    exec = true;
                    execArgs = arr;
                } else if (rest.endsWith("]")) {
                    jsonLike = true;
                }
            }
        }

        List<KeyValue> kvs = switch (kw) {
            case "ENV", "LABEL" -> keyValues(args, words, false);
            case "ARG" -> keyValues(args, words, true);
            default -> List.of();
        };

        List<VarRef> refs = new ArrayList<>();
        if (Keywords.EXPANDS.contains(kw)) VarScanner.scan(lt, ke, len, escape, refs);

        Instruction child = null;
        if (kw.equals("ONBUILD") && depth < 2 && !args.text().isBlank()) {
            child = make(args, startOffset, endOffset, startLine, endLine, heredocs, depth + 1);
        }
        return new Instruction(kw, raw, kwRange, lines.range(startOffset, endOffset), startOffset, endOffset,
                startLine, endLine, List.copyOf(flags), args, List.copyOf(words), exec, jsonLike, execArgs,
                depth == 0 || child == null ? List.copyOf(heredocs) : List.of(), List.copyOf(kvs),
                List.copyOf(refs), child);
    }

    private List<KeyValue> keyValues(SourceText args, List<Word> words, boolean arg) {
        List<KeyValue> out = new ArrayList<>();
        if (words.isEmpty()) return out;
        Word first = words.get(0);
        if (!arg && first.raw().indexOf('=') <= 0) {
            // Legacy `ENV key value`: the value is the whole rest of the line.
            int vs = Lexer.skipWs(args.text(), first.end(), args.length());
            int ve = args.length();
            while (ve > vs && Character.isWhitespace(args.text().charAt(ve - 1))) ve--;
            String value = words.size() > 1 ? unquoteRest(words.subList(1, words.size())) : null;
            out.add(new KeyValue(first.value(), value, first.range(), vs < ve ? args.range(vs, ve) : null,
                    args.range(first.start(), Math.max(first.end(), ve)), true));
            return out;
        }
        for (Word w : words) {
            int rawEq = w.raw().indexOf('=');
            if (rawEq <= 0) {
                out.add(new KeyValue(w.value(), null, w.range(), null, w.range(), false));
                continue;
            }
            int eq = w.value().indexOf('=');
            String key = eq >= 0 ? w.value().substring(0, eq) : w.raw().substring(0, rawEq);
            String value = eq >= 0 ? w.value().substring(eq + 1) : "";
            out.add(new KeyValue(key, value, args.range(w.start(), w.start() + rawEq),
                    args.range(w.start() + rawEq + 1, w.end()), w.range(), false));
        }
        return out;
    }

    private static String unquoteRest(List<Word> ws) {
        StringBuilder sb = new StringBuilder();
        for (Word w : ws) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.value());
        }
        return sb.toString();
    }

    private Dockerfile build() {
        List<Instruction> globals = new ArrayList<>();
        Map<String, String> globalDefaults = new LinkedHashMap<>();
        List<Stage> stages = new ArrayList<>();
        Stage current = null;
        for (Instruction ins : instructions) {
            if (ins.is("FROM")) {
                current = newStage(stages, ins, globalDefaults);
                stages.add(current);
            } else if (current == null && ins.is("ARG")) {
                globals.add(ins);
                for (KeyValue kv : ins.keyValues) {
                    if (kv.value() != null) globalDefaults.put(kv.key(), Variables.expand(kv.value(), globalDefaults));
                    else globalDefaults.putIfAbsent(kv.key(), null);
                }
            }
            if (current != null) {
                ins.stageIndex = current.index;
                current.instructions.add(ins);
                if (ins.child != null) ins.child.stageIndex = current.index;
            }
        }
        if (!stages.isEmpty()) stages.get(stages.size() - 1).last = true;
        return new Dockerfile(text, lines, escape, List.copyOf(directives), List.copyOf(comments),
                List.copyOf(instructions), List.copyOf(globals), List.copyOf(stages), List.copyOf(problems),
                List.copyOf(emptyContinuationLines), globalDefaults);
    }

    private static Stage newStage(List<Stage> earlier, Instruction from, Map<String, String> globals) {
        List<Word> w = from.words;
        Word image = w.isEmpty() ? null : w.get(0);
        String rawName = null;
        Range nameRange = null;
        if (w.size() >= 3 && w.get(1).value().equalsIgnoreCase("AS")) {
            rawName = w.get(2).value();
            nameRange = w.get(2).range();
        }
        ImageRef ref = null;
        if (image != null) {
            Map<String, String> known = new java.util.HashMap<>();
            globals.forEach((k, v) -> { if (v != null) known.put(k, v); });
            ref = ImageRef.parse(Variables.expand(image.value(), known));
        }
        Stage s = new Stage(earlier.size(), from, rawName, nameRange, image, ref);
        if (ref != null && ref.registry() == null && ref.tag() == null && ref.digest() == null) {
            String n = ref.repository().toLowerCase(Locale.ROOT);
            for (int i = earlier.size() - 1; i >= 0; i--) {
                if (n.equals(earlier.get(i).name)) {
                    s.parent = earlier.get(i);
                    break;
                }
            }
        }
        return s;
    }
}
