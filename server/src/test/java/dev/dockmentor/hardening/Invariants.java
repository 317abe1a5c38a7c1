package dev.dockmentor.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.config.Config;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.DockerfileParser;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Problem;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Fix;
import dev.dockmentor.rules.Profile;
import dev.dockmentor.rules.Related;
import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import dev.dockmentor.text.TextEdits;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What must hold for ANY input, shared by the fuzz targets, the hostile-input suite and the property
 * tests: the parsers never give up, no rule crashes, every range lies inside its document, and every
 * fix is a set of non-overlapping edits inside the document whose result parses and no longer
 * triggers the finding it fixes.
 */
public final class Invariants {
    public static final String DOCKERFILE = "/project/Dockerfile";
    public static final String COMPOSE = "/project/compose.yaml";
    public static final Analyzer ANALYZER = new Analyzer(dev.dockmentor.engine.RuleRegistry.get(), msg -> {});
    public static final Config STRICT = Config.DEFAULT.withProfile(Profile.STRICT);
    /** The parser's catch-all (DockerfileParser.parse): reaching it means a parser bug. */
    private static final String PARSER_GAVE_UP = "dockmentor could not fully parse";
    /** YamlLoader's catch-all for exceptions that are not snakeyaml's own (our conversion code, or a snakeyaml bug). */
    private static final Pattern YAML_CRASH = Pattern.compile("YAML cannot be read: [A-Z]\\w*(Exception|Error)");

    private Invariants() {}

    /** Bytes as an editor shows them: UTF-8, invalid sequences replaced (never throws). */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AssertionError(e);
        }
    }

    /** An in-memory project under /project (the rule tests' helper). */
    public static ProjectFiles files(String... pathAndContent) {
        return dev.dockmentor.rules.RuleTester.files(pathAndContent);
    }

    public static final ProjectFiles PROJECT = files(".dockerignore", ".git\n.env\nnode_modules\n",
            "package.json", "{}", "requirements.txt", "flask\n", "app/main.py", "print(1)\n");

    // ---- parsers -------------------------------------------------------------------------

    public static Dockerfile parseDockerfile(String text) {
        Dockerfile df = DockerfileParser.parse(text);
        LineIndex li = new LineIndex(text);
        for (Problem p : df.problems) {
            assertFalse(p.message().startsWith(PARSER_GAVE_UP), "the Dockerfile parser gave up: " + p.message());
            inside(li, p.range(), "problem " + p.message());
        }
        int lastLine = -1;
        for (Instruction ins : df.instructions) checkInstruction(li, ins, lastLine);
        return df;
    }

    private static void checkInstruction(LineIndex li, Instruction ins, int lastLine) {
        inside(li, ins.range, "instruction " + ins.keyword);
        inside(li, ins.keywordRange, "keyword of " + ins.keyword);
        assertTrue(ins.startLine <= ins.endLine && ins.startLine > lastLine - 1, "instruction lines " + ins.startLine + ".." + ins.endLine);
        for (Word w : ins.words) inside(li, w.range(), "word " + w.raw());
        for (Word w : ins.execArgs) inside(li, w.range(), "exec arg " + w.raw());
        for (var f : ins.flags) inside(li, f.range(), "flag " + f.name());
        for (var kv : ins.keyValues) inside(li, kv.range(), "key/value " + kv.key());
        for (var h : ins.heredocs) { inside(li, h.bodyRange(), "heredoc " + h.delimiter()); inside(li, h.openerRange(), "heredoc opener"); }
        inside(li, ins.argsRange(), "args of " + ins.keyword);
        if (ins.child != null) checkInstruction(li, ins.child, -1);
    }

    public static ComposeFile parseCompose(String text) {
        ComposeFile cf = ComposeFile.parse(COMPOSE, text);
        for (var p : cf.problems) {
            assertFalse(YAML_CRASH.matcher(p.en()).find(), "the compose reader crashed: " + p.en());
            inside(cf.lines, p.range(), "problem " + p.en());
        }
        for (var n : cf.allNodes()) inside(cf.lines, n.range, "node " + n.kind);
        return cf;
    }

    // ---- analysis ------------------------------------------------------------------------

    public static List<Finding> analyzeDockerfile(String text, ProjectFiles files) {
        List<Finding> out = ANALYZER.analyzeDockerfile(DOCKERFILE, text, Path.of("/project"), files, STRICT, Cancel.NEVER);
        findings(DOCKERFILE, text, out);
        return out;
    }

    public static List<Finding> analyzeCompose(String text, ProjectFiles files) {
        List<Finding> out = ANALYZER.analyzeCompose(COMPOSE, text, files, STRICT, Cancel.NEVER);
        findings(COMPOSE, text, out);
        return out;
    }

    /** No rule crashed, every range (finding, related evidence here, fix edit) lies inside the document. */
    public static void findings(String path, String text, List<Finding> out) {
        LineIndex li = new LineIndex(text);
        for (Finding f : out) {
            if (f.ruleId().equals("internal-error")) fail("a rule crashed: " + f.message().en());
            if (f.ruleId().equals("syntax-error")) {
                assertFalse(f.message().en().startsWith(PARSER_GAVE_UP), "the parser gave up: " + f.message().en());
                assertFalse(YAML_CRASH.matcher(f.message().en()).find(), "the compose reader crashed: " + f.message().en());
            }
            inside(li, f.range(), f.ruleId());
            for (Related r : f.related()) if (path.equals(r.path())) inside(li, r.range(), f.ruleId() + " related");
            for (Fix fix : f.fixes()) edits(li, path, fix, f);
        }
    }

    private static void edits(LineIndex li, String path, Fix fix, Finding f) {
        List<TextEdit> mine = mine(path, fix);
        for (TextEdit e : mine) inside(li, e.range(), f.ruleId() + " fix edit");
        List<TextEdit> sorted = new ArrayList<>(mine);
        sorted.sort(Comparator.comparing((TextEdit e) -> e.range().start()).thenComparing(e -> e.range().end()));
        for (int i = 1; i < sorted.size(); i++) {
            Range a = sorted.get(i - 1).range(), b = sorted.get(i).range();
            assertTrue(a.end().compareTo(b.start()) <= 0,
                    f.ruleId() + " fix '" + fix.title().en() + "' has overlapping edits " + a + " and " + b);
        }
    }

    static List<TextEdit> mine(String path, Fix fix) {
        return fix.edits().stream().filter(e -> !e.create() && path.equals(e.path())).toList();
    }

    public static void inside(LineIndex li, Range r, String what) {
        assertTrue(r.start().compareTo(r.end()) <= 0, what + ": range reversed " + r);
        inside(li, r.start(), what);
        inside(li, r.end(), what);
    }

    private static void inside(LineIndex li, Position p, String what) {
        assertTrue(p.line() >= 0 && p.line() < li.lineCount(), what + ": line " + p.line() + " outside 0.." + (li.lineCount() - 1));
        int len = li.lineEnd(p.line()) - li.lineStart(p.line()); // not lineText: no copy of a 1 MB line per check
        assertTrue(p.character() >= 0 && p.character() <= len,
                what + ": column " + p.character() + " outside line " + p.line() + " (length " + len + ")");
    }

    // ---- fixes ---------------------------------------------------------------------------

    public enum Kind { DOCKERFILE, COMPOSE }

    /**
     * Applies every fix of every finding (each on the original text, at most {@code limit}), checks the
     * result parses as well as the original did, analyses without crashing, and triggers that rule fewer
     * times. Returns how many fixes were checked.
     */
    public static int everyFix(Kind kind, String text, List<Finding> before, ProjectFiles files, int limit) {
        return everyFix(kind, text, before, before, files, limit);
    }

    /** As above for the findings {@code toFix}, a subset of the file's findings {@code all}. */
    public static int everyFix(Kind kind, String text, List<Finding> toFix, List<Finding> before, ProjectFiles files, int limit) {
        String path = kind == Kind.DOCKERFILE ? DOCKERFILE : COMPOSE;
        long syntaxBefore = count(before, "syntax-error");
        int checked = 0;
        for (Finding f : toFix) {
            for (Fix fix : f.fixes()) {
                if (checked++ >= limit) return checked;
                String fixed = TextEdits.apply(text, mine(path, fix));
                ProjectFiles project = withEdits(files, path, fix);
                if (fixed.equals(text) && project == files) fail(f.ruleId() + " fix '" + fix.title().en() + "' changes nothing");
                List<Finding> after;
                if (kind == Kind.DOCKERFILE) {
                    parseDockerfile(fixed);
                    after = analyzeDockerfile(fixed, project);
                } else {
                    parseCompose(fixed);
                    after = analyzeCompose(fixed, project);
                }
                long syntaxAfter = count(after, "syntax-error");
                assertTrue(syntaxAfter <= syntaxBefore, f.ruleId() + " fix '" + fix.title().en() + "' breaks the syntax:\n"
                        + fixed + "\n" + of(after, "syntax-error"));
                // "That finding" is the rule's report at that place: it must be gone, and the fix must not write a new
                // report of the same rule into its own text. Fixing one problem may reveal another of the same rule
                // elsewhere (a second whole-context COPY, a renamed 'services:' that is not a mapping): not a failure.
                String why = stillThere(text, fixed, mine(path, fix), f, after);
                assertTrue(why == null, f.ruleId() + " fix '" + fix.title().en() + "' at " + f.range() + " " + why + " ("
                        + f.message().en() + "):\n--- before\n" + text + "\n--- after\n" + fixed);
            }
        }
        return checked;
    }

    /** The project as it is after a fix's edits to other files (a created .dockerignore, an edited Dockerfile). */
    static ProjectFiles withEdits(ProjectFiles files, String self, Fix fix) {
        Map<Path, List<TextEdit>> byFile = new HashMap<>();
        for (TextEdit e : fix.edits()) {
            if (self.equals(e.path()) && !e.create()) continue;
            byFile.computeIfAbsent(Path.of(e.path()).toAbsolutePath().normalize(), k -> new ArrayList<>()).add(e);
        }
        if (byFile.isEmpty()) return files;
        Map<Path, String> changed = new HashMap<>();
        for (var en : byFile.entrySet()) {
            String content = null;
            List<TextEdit> edits = new ArrayList<>();
            for (TextEdit e : en.getValue()) {
                if (e.create()) {
                    assertTrue(!files.exists(en.getKey()), "a fix creates " + en.getKey() + ", which exists");
                    content = e.newText();
                } else {
                    edits.add(e);
                }
            }
            if (content == null) content = files.read(en.getKey()).orElseThrow(() -> new AssertionError("a fix edits " + en.getKey() + ", which does not exist"));
            LineIndex li = new LineIndex(content);
            for (TextEdit e : edits) inside(li, e.range(), "edit of " + en.getKey());
            changed.put(en.getKey(), TextEdits.apply(content, edits));
        }
        return new ProjectFiles() {
            @Override
            public Optional<String> read(Path p) {
                String c = changed.get(p.toAbsolutePath().normalize());
                return c != null ? Optional.of(c) : files.read(p);
            }

            @Override
            public boolean exists(Path p) {
                return changed.containsKey(p.toAbsolutePath().normalize()) || files.exists(p);
            }
        };
    }

    /** Why the fixed finding is not gone, or null when it is. */
    static String stillThere(String text, String fixed, List<TextEdit> edits, Finding f, List<Finding> after) {
        LineIndex li = new LineIndex(text), lf = new LineIndex(fixed);
        List<int[]> spans = new ArrayList<>(); // [start, end, newLength] in the old text, sorted
        for (TextEdit e : edits) {
            int a = li.offset(e.range().start());
            spans.add(new int[] {a, Math.max(a, li.offset(e.range().end())), e.newText().length()});
        }
        spans.sort(Comparator.comparingInt((int[] x) -> x[0]));
        List<int[]> written = new ArrayList<>(); // [start, end) in the new text
        int delta = 0;
        for (int[] sp : spans) {
            written.add(new int[] {sp[0] + delta, sp[0] + delta + sp[2]});
            delta += sp[2] - (sp[1] - sp[0]);
        }
        for (Finding g : after) {
            if (!g.ruleId().equals(f.ruleId())) continue;
            int gs = lf.offset(g.range().start());
            for (int[] w : written) {
                if (gs >= w[0] && gs < w[1]) return "writes a new " + g.ruleId() + " report into its own text: " + g.message().en();
            }
        }
        int o = li.offset(f.range().start());
        int shift = 0;
        for (int[] sp : spans) {
            if (sp[1] <= o) shift += sp[2] - (sp[1] - sp[0]); // before the finding (an insert at its start included)
            else if (sp[0] <= o) return null;                 // the finding's own text was rewritten
            else break;
        }
        int mapped = o + shift;
        for (Finding g : after) {
            if (g.ruleId().equals(f.ruleId()) && g.message().en().equals(f.message().en()) && lf.offset(g.range().start()) == mapped) {
                return "leaves the finding in place";
            }
        }
        return null;
    }

    static long same(List<Finding> fs, Finding f) {
        return fs.stream().filter(x -> x.ruleId().equals(f.ruleId()) && x.message().en().equals(f.message().en())).count();
    }

    static long count(List<Finding> fs, String id) {
        return fs.stream().filter(f -> f.ruleId().equals(id)).count();
    }

    static List<Finding> of(List<Finding> fs, String id) {
        return fs.stream().filter(f -> f.ruleId().equals(id)).toList();
    }
}
