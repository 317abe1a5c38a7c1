package dev.dockmentor.compose;

import dev.dockmentor.text.LineIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** One compose file as written: text, lines, its node tree (merge keys applied) and read problems. */
public final class ComposeFile {
    public final String path;
    public final String text;
    public final LineIndex lines;
    /** The root mapping, or null when the file is empty or unreadable. */
    public final YNode root;
    public final List<YamlProblem> problems;

    private ComposeFile(String path, String text, LineIndex lines, YNode root, List<YamlProblem> problems) {
        this.path = path;
        this.text = text;
        this.lines = lines;
        this.root = root;
        this.problems = problems;
    }

    public static ComposeFile parse(String path, String text) {
        LineIndex lines = new LineIndex(text);
        YamlLoader.Result r = YamlLoader.load(path, text, lines);
        if (r.root() == null && !r.syntaxLines().isEmpty()) {
            ComposeFile recovered = recover(path, text, lines, r);
            if (recovered != null) return recovered;
        }
        return new ComposeFile(path, text, lines, r.root(), r.problems());
    }

    /** Lines tried when recovering, around the ones the syntax error names (each try is one more parse). */
    private static final int RECOVERY_TRIES = 4;

    /**
     * A file that does not parse because of the line being typed ({@code re} with no colon yet, a half-written
     * flow list): read it again without that line, so the rest keeps its findings and outline, and say the problem
     * on that line in plain words. The text, offsets and line numbers stay those of the file as written (the line
     * is blanked, not removed). Null when no single line explains the error.
     */
    private static ComposeFile recover(String path, String text, LineIndex lines, YamlLoader.Result failed) {
        java.util.LinkedHashSet<Integer> candidates = new java.util.LinkedHashSet<>();
        for (int l : failed.syntaxLines()) {
            candidates.add(l);
            if (l > 0) candidates.add(l - 1);
        }
        int tries = 0;
        for (int line : candidates) {
            if (line < 0 || line >= lines.lineCount() || lines.lineText(line).isBlank() || tries++ >= RECOVERY_TRIES) continue;
            int start = lines.offset(new dev.dockmentor.text.Position(line, 0));
            int end = start + lines.lineText(line).length();
            StringBuilder b = new StringBuilder(text.length());
            b.append(text, 0, start);
            b.append(" ".repeat(end - start)); // same length: every offset and position stays that of the text as written
            b.append(text, end, text.length());
            YamlLoader.Result r = YamlLoader.load(path, b.toString(), lines);
            if (r.root() == null || !r.syntaxLines().isEmpty()) continue;
            List<YamlProblem> problems = new ArrayList<>();
            String typed = lines.lineText(line).strip();
            String shown = typed.length() > 40 ? typed.substring(0, 37) + "…" : typed;
            problems.add(new YamlProblem("syntax-error", path, dev.dockmentor.text.Range.of(line, lines.lineText(line).indexOf(typed), line,
                    lines.lineText(line).length()),
                    "'" + shown + "' is not valid YAML here (" + reason(failed) + "); Compose rejects the file until it is; "
                            + "the rest of the file is still checked",
                    "'" + shown + "' no es YAML válido aquí (" + reasonEs(failed) + "); Compose rechaza el archivo hasta que lo sea; "
                            + "el resto del archivo se sigue revisando"));
            problems.addAll(r.problems());
            return new ComposeFile(path, text, lines, r.root(), List.copyOf(problems));
        }
        return null;
    }

    /** The parser's complaint, from the failed read's message ("YAML syntax error: could not find expected ':'"). */
    private static String reason(YamlLoader.Result failed) {
        for (YamlProblem p : failed.problems()) {
            if (p.ruleId().equals("syntax-error")) {
                String m = p.en().replaceFirst("^YAML syntax error: ", "");
                if (m.contains("could not find expected ':'")) return "a key needs a colon: write 'key: value'";
                return m;
            }
        }
        return "invalid YAML";
    }

    private static String reasonEs(YamlLoader.Result failed) {
        for (YamlProblem p : failed.problems()) {
            if (p.ruleId().equals("syntax-error")) {
                String m = p.es().replaceFirst("^Error de sintaxis YAML: ", "");
                if (m.contains("could not find expected ':'")) return "una clave necesita dos puntos: escribe 'clave: valor'";
                return m;
            }
        }
        return "YAML no válido";
    }

    /** Comment lines ({@code # ...} alone on their line): line number and text after '#'. */
    public List<int[]> commentLines() {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < lines.lineCount(); i++) {
            String l = lines.lineText(i).strip();
            if (l.startsWith("#")) out.add(new int[] {i});
        }
        return out;
    }

    /** Every node of the file once (aliases are not walked twice). */
    public List<YNode> allNodes() {
        List<YNode> out = new ArrayList<>();
        if (root == null) return out;
        Set<YNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<YNode> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            YNode n = stack.remove(stack.size() - 1);
            if (!seen.add(n)) continue;
            out.add(n);
            stack.addAll(n.children());
        }
        return out;
    }
}
