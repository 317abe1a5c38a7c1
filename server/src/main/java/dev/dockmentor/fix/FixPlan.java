package dev.dockmentor.fix;

import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Fix;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which fixes "fix all" applies, for every front end (the editor's {@code source.fixAll}, {@code check --fix}): each
 * finding's first fix of the allowed applicability (safe only, or unsafe too), skipping any that touches what an
 * earlier one already edits, so the edits never overlap.
 */
public final class FixPlan {
    /** The fixes chosen and their edits, in finding order. */
    public record Plan(List<Fix> fixes, List<TextEdit> edits) {}

    private FixPlan() {}

    /**
     * The edits taken are indexed by file and start (they do not overlap, so only the one starting at or before an
     * edit and those starting inside it can touch it): checking each against all taken was quadratic.
     */
    public static Plan select(List<Finding> findings, boolean unsafeToo, boolean canCreateFiles) {
        List<Fix> chosen = new ArrayList<>();
        List<TextEdit> taken = new ArrayList<>();
        Map<String, TreeMap<Position, List<TextEdit>>> byStart = new HashMap<>();
        Set<String> created = new HashSet<>(); // a file created touches every edit of that file
        for (Finding f : findings) {
            for (Fix fix : f.fixes()) {
                if (!fix.safe() && !unsafeToo || !canCreateFiles && createsFile(fix.edits())) continue;
                if (fix.edits().stream().noneMatch(e -> touchesTaken(byStart, created, e))) {
                    chosen.add(fix);
                    taken.addAll(fix.edits());
                    for (TextEdit e : fix.edits()) {
                        byStart.computeIfAbsent(e.path(), k -> new TreeMap<>()).computeIfAbsent(e.range().start(), k -> new ArrayList<>()).add(e);
                        if (e.create()) created.add(e.path());
                    }
                }
                break;
            }
        }
        return new Plan(chosen, taken);
    }

    public static boolean createsFile(List<TextEdit> edits) {
        for (TextEdit e : edits) if (e.create()) return true;
        return false;
    }

    private static boolean touchesTaken(Map<String, TreeMap<Position, List<TextEdit>>> byStart, Set<String> created, TextEdit e) {
        TreeMap<Position, List<TextEdit>> inFile = byStart.get(e.path());
        if (inFile == null || inFile.isEmpty()) return false;
        if (e.create() || created.contains(e.path())) return true;
        Position s = e.range().start();
        var atOrBefore = inFile.floorEntry(s);
        if (atOrBefore != null && atOrBefore.getValue().stream().anyMatch(t -> overlaps(t, e))) return true;
        for (List<TextEdit> ts : inFile.subMap(s, false, e.range().end(), false).values()) {
            for (TextEdit t : ts) if (overlaps(t, e)) return true;
        }
        return false;
    }

    private static boolean overlaps(TextEdit a, TextEdit b) {
        if (!Objects.equals(a.path(), b.path())) return false;
        if (a.create() || b.create()) return true;
        Range x = a.range(), y = b.range();
        if (x.start().equals(y.start())) return true;
        return x.start().compareTo(y.end()) < 0 && y.start().compareTo(x.end()) < 0;
    }
}
