package dev.dockmentor.compose;

import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML at the node level with safe settings (alias expansion bounded, no recursive keys, size
 * capped, no custom types) and converts it to {@link YNode}s with LSP ranges. Merge keys are applied
 * here (explicit keys win, earlier sources win); every problem becomes a {@link YamlProblem}.
 *
 * <p>Aliases stay shared nodes, but whatever walks the tree path by path (a service's keys, its
 * environment...) pays for every path, so the bound is on the expanded size: aliases and merge keys may
 * add at most {@link #MAX_EXPANSION} nodes to the ones written. Counting alias uses instead refused
 * ordinary files (150 services each {@code <<: *defaults}) and let a 9x9 billion laughs through.
 */
public final class YamlLoader {
    public static final int MAX_DEPTH = 200;
    // ~15x the largest ordinary use seen (200 services merging 40 keys: 16,000 nodes); at the bound a
    // project of 1,000 services each aliasing 117 secrets analyses in ~1 s (docs/hardening.md §2).
    public static final int MAX_EXPANSION = 250_000;
    public static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private final String path;
    private final String text;
    private final LineIndex lines;
    private final int[] cpToChar;
    private final List<YamlProblem> problems = new ArrayList<>();
    private final Map<Node, YNode> memo = new IdentityHashMap<>();
    /** Every converted node, children before parents (a node's own alias, a cycle, is the exception). */
    private final List<YNode> postOrder = new ArrayList<>();
    private long mergedEntries;

    /** Aliases or merge keys that expand past {@link #MAX_EXPANSION}, found at {@code where}. */
    private static final class Bomb extends RuntimeException {
        final YNode where;
        final boolean cycle;

        Bomb(YNode where, boolean cycle) {
            super(null, null, false, false);
            this.where = where;
            this.cycle = cycle;
        }
    }

    private YamlLoader(String path, String text, LineIndex lines) {
        this.path = path;
        this.text = text;
        this.lines = lines;
        this.cpToChar = codePointOffsets(text);
    }

    /**
     * The root (null when unreadable), the problems, and for a YAML syntax error the lines it names: where the
     * construct being read started (the line being typed, for "could not find expected ':'") and where the parser
     * gave up. Empty when the text read, or failed for another reason (a bomb, too deep).
     */
    public record Result(YNode root, List<YamlProblem> problems, List<Integer> syntaxLines) {
        public Result(YNode root, List<YamlProblem> problems) {
            this(root, problems, List.of());
        }
    }

    public static Result load(String path, String text, LineIndex lines) {
        YamlLoader l = new YamlLoader(path, text, lines);
        YNode root = l.run();
        return new Result(root, List.copyOf(l.problems), List.copyOf(l.syntaxLines));
    }

    private final List<Integer> syntaxLines = new ArrayList<>();

    private YNode run() {
        int deep = DepthScan.firstLineDeeperThan(text, MAX_DEPTH);
        if (deep >= 0) {
            problem("syntax-error", lineRange(deep),
                    "YAML nested more than " + MAX_DEPTH + " levels deep; not analysed",
                    "YAML anidado a más de " + MAX_DEPTH + " niveles; no se ha analizado");
            return null;
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path == null ? "compose" : path)
                // Aliases are shared, never copied: what they cost is bounded below by the expanded size.
                .setMaxAliasesForCollections(Integer.MAX_VALUE)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(true) // reported below as a diagnostic instead
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                // The whole text in one read: with the default 1 KiB buffer, snakeyaml re-copies its window of
                // code points on every read while one token is open, quadratic in the token (2 GB for a 1 MB scalar).
                .setBufferSize(text.length() + 1)
                .build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            YNode root = null;
            int docs = 0;
            while (composer.hasNext()) {
                Node n = composer.next();
                docs++;
                if (docs == 1) {
                    root = convert(n);
                    checkExpansion(root);
                } else {
                    Range r = n.getStartMark().map(this::pos).map(p -> lineRange(p.line())).orElse(lineRange(0));
                    problem("compose-schema", r,
                            "A compose file holds one YAML document; this second document is ignored by dockmentor",
                            "Un archivo compose contiene un solo documento YAML; dockmentor ignora este segundo documento");
                    break;
                }
            }
            if (root != null && !root.isMap() && !root.isNull()) {
                problem("compose-schema", root.range, "The top level of a compose file must be a mapping (services:, volumes:…)",
                        "El nivel superior de un archivo compose debe ser un mapa (services:, volumes:…)");
                return null;
            }
            return root == null || root.isNull() ? null : root;
        } catch (Bomb b) {
            Range r = b.where == null ? lineRange(0) : lineRange(b.where.startLine());
            if (b.cycle) {
                problem("syntax-error", r, "An anchor here contains an alias to itself: the value would be infinite",
                        "Un ancla aquí contiene un alias a sí misma: el valor sería infinito");
            } else {
                String n = String.format(java.util.Locale.ROOT, "%,d", MAX_EXPANSION);
                problem("syntax-error", r, "Aliases and merge keys here expand the file by more than " + n
                                + " nodes: refusing what looks like an alias bomb; not analysed",
                        "Los alias y claves de fusión de aquí amplían el archivo en más de " + n.replace(',', '.')
                                + " nodos: se rechaza lo que parece una bomba de alias; no se ha analizado");
            }
        } catch (MarkedYamlEngineException e) {
            e.getContextMark().ifPresent(c -> syntaxLines.add(pos(c).line()));
            e.getProblemMark().ifPresent(c -> syntaxLines.add(pos(c).line()));
            Optional<Mark> m = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            Range r = m.map(this::pos).map(this::tokenRange).orElse(lineRange(0));
            String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String ctx = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problem("syntax-error", r, "YAML syntax error: " + what + ctx, "Error de sintaxis YAML: " + what + ctx);
        } catch (YamlEngineException e) {
            String msg = e.getMessage() == null ? "invalid YAML" : e.getMessage();
            problem("syntax-error", lineRange(0), "YAML cannot be read: " + msg, "No se puede leer el YAML: " + msg);
        } catch (StackOverflowError e) {
            problem("syntax-error", lineRange(0), "YAML nested too deeply to analyse", "YAML anidado demasiado para analizarlo");
        } catch (RuntimeException e) {
            StackTraceElement[] st = e.getStackTrace();
            if (st.length > 0 && st[0].getClassName().startsWith("org.snakeyaml.") && e.getMessage() != null) {
                // snakeyaml rejecting input outside its own exception types (e.g. "!e%e": Tag must not contain
                // leading or trailing spaces): a syntax error in the file, said as such.
                problem("syntax-error", lineRange(0), "YAML syntax error: " + e.getMessage(), "Error de sintaxis YAML: " + e.getMessage());
            } else {
                problem("syntax-error", lineRange(0), "YAML cannot be read: " + e.getClass().getSimpleName(),
                        "No se puede leer el YAML: " + e.getClass().getSimpleName());
            }
        }
        return null;
    }

    private YNode convert(Node n) {
        YNode done = memo.get(n);
        if (done != null) return done;
        Range r = range(n);
        String tag = tagName(n);
        YNode y;
        if (n instanceof ScalarNode s) {
            char style = switch (s.getScalarStyle()) {
                case DOUBLE_QUOTED -> '"';
                case SINGLE_QUOTED -> '\'';
                case LITERAL -> '|';
                case FOLDED -> '>';
                default -> (char) 0;
            };
            if (s.getScalarStyle() == ScalarStyle.PLAIN && isNullScalar(s.getValue()) && !tag.startsWith("!")) tag = "null";
            y = new YNode(YNode.Kind.SCALAR, path, r, tag, s.getValue(), style, false);
            memo.put(n, y);
        } else if (n instanceof SequenceNode s) {
            y = new YNode(YNode.Kind.SEQ, path, r, tag, null, (char) 0, s.getFlowStyle().name().equals("FLOW"));
            memo.put(n, y);
            for (Node c : s.getValue()) y.items.add(convert(c));
        } else {
            MappingNode m = (MappingNode) n;
            boolean flow = m.getFlowStyle().name().equals("FLOW");
            y = new YNode(YNode.Kind.MAP, path, r, tag, null, (char) 0, flow);
            memo.put(n, y);
            List<YNode> mergeSources = new ArrayList<>();
            Map<String, YNode> seen = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                YNode k = convert(t.getKeyNode());
                YNode v = convert(t.getValueNode());
                if (entryEnd(t) == t.getKeyNode()) {
                    // An empty value placed lines below its key: said where the key ends, not at the next token.
                    v = new YNode(YNode.Kind.SCALAR, path, new Range(k.range.end(), k.range.end()), v.tag, v.value(), v.style, false);
                    postOrder.add(v);
                }
                if (k.isScalar() && "<<".equals(k.value()) && k.style == 0) {
                    if (v.isMap()) mergeSources.add(v);
                    else if (v.isSeq()) for (YNode i : v.items) if (i.isMap()) mergeSources.add(i);
                    continue;
                }
                if (k.isScalar()) {
                    YNode prev = seen.put(k.value(), k);
                    if (prev != null) {
                        problem("syntax-error", k.range, "Duplicate key '" + k.value() + "' (first at line " + (prev.startLine() + 1)
                                        + "): Compose rejects the file",
                                "Clave duplicada '" + k.value() + "' (la primera en la línea " + (prev.startLine() + 1)
                                        + "): Compose rechaza el archivo");
                    }
                }
                y.entries.add(new YNode.Entry(k, v, false));
            }
            if (!mergeSources.isEmpty()) {
                java.util.Set<String> names = new java.util.HashSet<>();
                for (YNode.Entry e : y.entries) names.add(e.name());
                for (YNode src : mergeSources) {
                    for (YNode.Entry e : src.entries) {
                        // Copying is the one expansion done here: bounded before it can fill the heap.
                        if (++mergedEntries > MAX_EXPANSION) throw new Bomb(y, false);
                        if (names.add(e.name())) y.entries.add(new YNode.Entry(e.key(), e.value(), true));
                    }
                }
            }
            // !reset removes a key that a merge key (or an earlier file) would have set.
            // (Without merge keys the !reset entry stays, for the override merge of another file to apply.)
            if (!mergeSources.isEmpty()) y.entries.removeIf(e -> e.value().isReset() && !e.merged());
        }
        if (n.getAnchor().isPresent()) y.anchor = n.getAnchor().get().getValue();
        postOrder.add(y);
        return y;
    }

    /**
     * Sizes every node as if aliases were copies (children are sized before their parents, so this is
     * linear in the nodes written) and refuses the document when that adds more than {@link #MAX_EXPANSION}.
     */
    private void checkExpansion(YNode root) {
        if (root == null) return;
        Map<YNode, Long> size = new IdentityHashMap<>();
        long limit = (long) postOrder.size() + MAX_EXPANSION;
        for (YNode y : postOrder) {
            long s = 1;
            if (y.isSeq()) {
                for (YNode c : y.items) s += sizeOf(size, y, c);
            } else if (y.isMap()) {
                for (YNode.Entry e : y.entries) s += sizeOf(size, y, e.key()) + sizeOf(size, y, e.value());
            }
            if (s > limit) throw new Bomb(y, false);
            size.put(y, s);
        }
    }

    private static long sizeOf(Map<YNode, Long> size, YNode parent, YNode child) {
        Long s = size.get(child);
        if (s == null) throw new Bomb(parent, true); // not sized yet: the child is one of its own ancestors
        return s;
    }

    private static boolean isNullScalar(String v) {
        return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
    }

    private static String tagName(Node n) {
        String t = n.getTag().getValue();
        if (t.startsWith("tag:yaml.org,2002:")) return t.substring("tag:yaml.org,2002:".length());
        return t;
    }

    private Range range(Node n) {
        Position s = n.getStartMark().map(this::pos).orElse(new Position(0, 0));
        int so = lines.offset(s);
        int eo = n.getEndMark().map(m -> charOffset(m.getIndex())).orElse(so);
        if (n instanceof ScalarNode || n instanceof SequenceNode sq && sq.getFlowStyle().name().equals("FLOW")
                || n instanceof MappingNode mp && mp.getFlowStyle().name().equals("FLOW")) {
            while (eo > so && Character.isWhitespace(text.charAt(eo - 1))) eo--;
        } else {
            // A block collection ends where the next token starts (maybe after comments): use its last child instead.
            eo = so;
            Node last = null;
            int lastKeyStart = -1;
            if (n instanceof SequenceNode sq && !sq.getValue().isEmpty()) last = sq.getValue().get(sq.getValue().size() - 1);
            if (n instanceof MappingNode mp && !mp.getValue().isEmpty()) {
                NodeTuple t = mp.getValue().get(mp.getValue().size() - 1);
                last = entryEnd(t);
                lastKeyStart = t.getKeyNode().getStartMark().map(m -> charOffset(m.getIndex())).orElse(so);
            }
            if (last != null) {
                int ls = last.getStartMark().map(m -> charOffset(m.getIndex())).orElse(so);
                int floor = Math.max(so, lastKeyStart);
                if (ls < floor) {
                    // The last value is an alias to a node written earlier: end at the end of the alias's line.
                    int line = lines.position(floor).line();
                    eo = lines.lineEnd(line);
                    while (eo > floor && Character.isWhitespace(text.charAt(eo - 1))) eo--;
                } else {
                    eo = Math.max(so, lastEnd(last, so));
                }
            }
        }
        return lines.range(so, eo);
    }

    /**
     * The node an entry ends with: its value, or its key when the value is empty and snakeyaml placed it at the
     * next token, lines below ('? key' with no ':' before a dedent). Ranges ending there reached into the next
     * section, and a key added "after the last line" of a service landed under 'include:' (fuzzing).
     */
    private static Node entryEnd(NodeTuple t) {
        Node v = t.getValueNode();
        // Nothing written (no tag, no anchor: zero width), and lines below the key.
        if (v instanceof ScalarNode s && s.getValue().isEmpty() && v.getStartMark().isPresent() && v.getEndMark().isPresent()
                && t.getKeyNode().getEndMark().isPresent() && v.getStartMark().get().getIndex() == v.getEndMark().get().getIndex()
                && v.getStartMark().get().getLine() > t.getKeyNode().getEndMark().get().getLine()) {
            return t.getKeyNode();
        }
        return v;
    }

    private int lastEnd(Node n, int floor) {
        // Node not converted yet (we compute ranges before children): descend by marks.
        int depth = 0;
        while (depth++ < MAX_DEPTH) {
            if (n instanceof ScalarNode || n.getEndMark().isEmpty()) break;
            List<Node> kids = new ArrayList<>();
            int lastKeyStart = -1;
            if (n instanceof SequenceNode sq) {
                if (sq.getFlowStyle().name().equals("FLOW")) break;
                kids.addAll(sq.getValue());
            } else if (n instanceof MappingNode mp) {
                if (mp.getFlowStyle().name().equals("FLOW")) break;
                for (NodeTuple t : mp.getValue()) kids.add(entryEnd(t));
                if (!mp.getValue().isEmpty()) {
                    lastKeyStart = mp.getValue().get(mp.getValue().size() - 1).getKeyNode().getStartMark().map(m -> charOffset(m.getIndex())).orElse(-1);
                }
            }
            if (kids.isEmpty()) break;
            Node next = kids.get(kids.size() - 1);
            int ns = next.getStartMark().map(m -> charOffset(m.getIndex())).orElse(floor);
            if (lastKeyStart >= 0 && ns < lastKeyStart) {
                // The last value is an alias to a node written earlier ('<<: *anchor' deeper down): end at the end
                // of the alias's line, as range() does one level up; its marks pointed at the anchor, lines above.
                int eo = lines.lineEnd(lines.position(lastKeyStart).line());
                while (eo > lastKeyStart && Character.isWhitespace(text.charAt(eo - 1))) eo--;
                return Math.max(floor, eo);
            }
            n = next;
        }
        int so = n.getStartMark().map(m -> charOffset(m.getIndex())).orElse(floor);
        int eo = n.getEndMark().map(m -> charOffset(m.getIndex())).orElse(so);
        while (eo > so && Character.isWhitespace(text.charAt(eo - 1))) eo--;
        return Math.max(floor, eo);
    }

    private Position pos(Mark m) {
        return lines.position(charOffset(m.getIndex()));
    }

    private int charOffset(int cpIndex) {
        if (cpToChar == null) return Math.min(cpIndex, text.length());
        return cpToChar[Math.max(0, Math.min(cpIndex, cpToChar.length - 1))];
    }

    /** null when every code point is one char (no surrogate pairs): then indexes are offsets. */
    private static int[] codePointOffsets(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) surrogates = Character.isHighSurrogate(text.charAt(i));
        if (!surrogates) return null;
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            out[cp++] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        out[cp] = text.length();
        return out;
    }

    private Range tokenRange(Position p) {
        String l = lines.lineText(p.line());
        int e = p.character();
        while (e < l.length() && !Character.isWhitespace(l.charAt(e))) e++;
        if (e == p.character() && e < l.length()) e++;
        return new Range(p, new Position(p.line(), Math.min(e, l.length())));
    }

    private Range lineRange(int line) {
        int l = Math.max(0, Math.min(line, lines.lineCount() - 1));
        return Range.of(l, 0, l, lines.lineText(l).length());
    }

    private void problem(String id, Range r, String en, String es) {
        problems.add(new YamlProblem(id, path, r, en, es));
    }
}
