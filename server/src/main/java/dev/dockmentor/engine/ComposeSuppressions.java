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
        java.util.List<YNode> nodes = null;
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
                if (nodes == null) nodes = f.allNodes();
                s.addScoped(ids, next, subtreeEnd(nodes, next));
            }
        }
        return s;
    }

    private static int subtreeEnd(java.util.List<YNode> nodes, int line) {
        int end = line;
        for (YNode n : nodes) {
            if (n.isMap()) {
                for (YNode.Entry e : n.entries) {
                    if (e.merged() || e.key().startLine() != line) continue;
                    if (e.value().range.start().compareTo(e.key().range.start()) >= 0) end = Math.max(end, e.value().endLine());
                }
            } else if (n.isSeq()) {
                for (YNode item : n.items) {
                    if (item.startLine() == line && item.range.start().compareTo(n.range.start()) >= 0) end = Math.max(end, item.endLine());
                }
            }
        }
        return end;
    }
}
