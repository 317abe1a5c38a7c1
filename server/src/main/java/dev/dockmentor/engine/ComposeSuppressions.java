package dev.dockmentor.engine;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.compose.YNode;
import java.util.Set;

/**
 * Compose comments: {@code # dockmentor-ignore a, b} on the line above a key silences that key's whole
 * subtree (or that list item); {@code # dockmentor-ignore-file a} silences the file.
 */
final class ComposeSuppressions {
    private ComposeSuppressions() {}

    static Suppressions of(ComposeFile f, RuleRegistry registry) {
        Suppressions s = Suppressions.empty();
        var lines = f.lines;
        java.util.Map<Integer, Integer> ends = null;
        for (int i = 0; i < lines.lineCount(); i++) {
            String l = lines.lineText(i).strip();
            if (!l.startsWith("#")) continue;
            String t = l.substring(1).strip();
            if (t.startsWith("dockmentor-ignore-file")) {
                s.addFileWide(Suppressions.ids(t.substring("dockmentor-ignore-file".length()), registry));
            } else if (t.startsWith("dockmentor-ignore")) {
                Set<String> ids = Suppressions.ids(t.substring("dockmentor-ignore".length()), registry);
                int next = i + 1;
                while (next < lines.lineCount()) {
                    String nl = lines.lineText(next).strip();
                    if (!nl.isEmpty() && !nl.startsWith("#")) break;
                    next++;
                }
                if (next >= lines.lineCount()) continue;
                if (ends == null) ends = subtreeEnds(f);
                s.addScoped(ids, next, Math.max(next, ends.getOrDefault(next, next)));
            }
        }
        return s;
    }

    /**
     * For each line, the last line of the subtrees that start on it (a key's value, a list item), built
     * once per file: per comment it walked every node (10,000 comments in a big file took minutes).
     */
    private static java.util.Map<Integer, Integer> subtreeEnds(ComposeFile f) {
        java.util.Map<Integer, Integer> ends = new java.util.HashMap<>();
        for (YNode n : f.allNodes()) {
            if (n.isMap()) {
                for (YNode.Entry e : n.entries) {
                    if (e.merged()) continue;
                    if (e.value().range.start().compareTo(e.key().range.start()) >= 0) ends.merge(e.key().startLine(), e.value().endLine(), Math::max);
                }
            } else if (n.isSeq()) {
                for (YNode item : n.items) {
                    if (item.range.start().compareTo(n.range.start()) >= 0) ends.merge(item.startLine(), item.endLine(), Math::max);
                }
            }
        }
        return ends;
    }
}
