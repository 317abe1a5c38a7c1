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
        return new ComposeFile(path, text, lines, r.root(), r.problems());
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
