package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Fix;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fix-all's choice of edits, indexed by start, against the plain "does it touch any edit taken so far". */
class SafeFixesTest {
    static boolean overlaps(TextEdit a, TextEdit b) {
        if (!Objects.equals(a.path(), b.path())) return false;
        if (a.create() || b.create()) return true;
        Range x = a.range(), y = b.range();
        if (x.start().equals(y.start())) return true;
        return x.start().compareTo(y.end()) < 0 && y.start().compareTo(x.end()) < 0;
    }

    static List<TextEdit> byScanning(List<Finding> findings) {
        List<TextEdit> taken = new ArrayList<>();
        for (Finding f : findings) {
            for (Fix fix : f.fixes()) {
                if (!fix.safe()) continue;
                if (fix.edits().stream().noneMatch(e -> taken.stream().anyMatch(t -> overlaps(t, e)))) taken.addAll(fix.edits());
                break;
            }
        }
        return taken;
    }

    static TextEdit edit(Random r) {
        String path = r.nextInt(4) == 0 ? "/p/.dockerignore" : "/p/Dockerfile";
        if (r.nextInt(30) == 0) return TextEdit.createFile(path, "x");
        int line = r.nextInt(12), col = r.nextInt(4);
        Position s = new Position(line, col);
        Position e = r.nextBoolean() ? s : new Position(line + r.nextInt(2), r.nextInt(5));
        if (e.compareTo(s) < 0) e = s;
        return TextEdit.replace(path, new Range(s, e), "t");
    }

    /** A fix's own edits, sorted and not overlapping each other (as every rule's fixes are: hardening's Invariants). */
    static List<TextEdit> fixEdits(Random r) {
        List<TextEdit> out = new ArrayList<>();
        for (int i = r.nextInt(3) + 1; i > 0; i--) {
            TextEdit e = edit(r);
            if (out.stream().noneMatch(o -> Objects.equals(o.path(), e.path()) && (o.create() || e.create()
                    || o.range().start().compareTo(e.range().end()) < 0 && e.range().start().compareTo(o.range().end()) < 0))) out.add(e);
        }
        return out;
    }

    @Test
    void takesTheSameEditsAsCheckingEveryEditTaken() {
        Random r = new Random(5);
        for (int round = 0; round < 3_000; round++) {
            List<Finding> findings = new ArrayList<>();
            for (int i = r.nextInt(25); i > 0; i--) {
                List<Fix> fixes = List.of(new Fix(Msg.of("f", "f"), fixEdits(r), r.nextInt(5) > 0), new Fix(Msg.of("g", "g"), fixEdits(r), true));
                findings.add(new Finding("r", Severity.WARNING, Msg.of("m", "m"), "/p/Dockerfile", Range.of(0, 0, 0, 1), fixes, List.of(), false, false));
            }
            assertEquals(byScanning(findings), CodeActions.safeFixes(findings, true), "round " + round);
        }
    }
}
