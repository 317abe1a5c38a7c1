package dev.dockmentor.cli;

import dev.dockmentor.config.Config;
import dev.dockmentor.fix.FixPlan;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Fix;
import dev.dockmentor.text.TextEdit;
import dev.dockmentor.text.TextEdits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check --fix} and {@code --diff}: every fix "fix all" would apply (safe ones, and unsafe ones with
 * {@code --unsafe-fixes}), round after round since a fix may reveal the next, chosen by the core's {@link FixPlan}.
 * Only edits of the file itself: a fix that writes another file is left to the editor.
 */
final class FixRun {
    /** A file to fix, and how to lint it. */
    record Target(Path file, FileKind kind, Config cfg) {}

    /** How the command analyses a file's text. */
    interface Analysis {
        List<Finding> analyze(Path file, FileKind kind, Config cfg, String text);
    }

    /** A file and the text its fixes give, with how many fixes that took. */
    private record Fixed(Path file, byte[] bytes, String before, String after, int fixes) {}

    private final Analysis analysis;
    private final boolean unsafeFixes;
    private final PrintStream out;
    private final PrintStream err;

    FixRun(Analysis analysis, boolean unsafeFixes, PrintStream out, PrintStream err) {
        this.analysis = analysis;
        this.unsafeFixes = unsafeFixes;
        this.out = out;
        this.err = err;
    }

    /** {@code --diff}: what {@code --fix} would change, as a unified diff; writes nothing; exit 1 when a file would change. */
    int printDiffs(List<Target> targets) throws Usage {
        boolean any = false;
        for (Target t : targets) {
            Fixed f = fixed(t);
            if (f == null || f.after().equals(f.before())) continue;
            any = true;
            out.print(UnifiedDiff.of(t.file().toString(), f.before(), f.after()));
        }
        return any ? 1 : 0;
    }

    /** {@code --fix}: writes each fixed file atomically, and never over a file that changed since it was read. */
    void apply(List<Target> targets) throws Usage {
        int fixes = 0, changed = 0;
        for (Target t : targets) {
            Fixed f = fixed(t);
            if (f == null || f.after().equals(f.before())) continue;
            if (write(f)) {
                fixes += f.fixes();
                changed++;
            }
        }
        err.println("dockmentor: fixed " + fixes + " problem(s) in " + changed + " file(s)"
                + (unsafeFixes ? "" : "; --unsafe-fixes also applies the fixes that change behaviour"));
    }

    private Fixed fixed(Target t) throws Usage {
        byte[] bytes;
        try {
            if (Files.size(t.file()) > CheckCommand.MAX_FILE_BYTES) return null;
            bytes = Files.readAllBytes(t.file());
        } catch (IOException e) {
            throw new Usage("cannot read " + t.file() + ": " + e.getMessage());
        }
        String before = CheckCommand.decode(bytes);
        String text = before;
        String path = t.file().toString();
        int count = 0;
        for (int round = 0; round < 8; round++) {
            FixPlan.Plan plan = FixPlan.select(analysis.analyze(t.file(), t.kind(), t.cfg(), text), unsafeFixes, false);
            List<TextEdit> edits = new ArrayList<>();
            int n = 0;
            for (Fix f : plan.fixes()) {
                if (f.edits().stream().allMatch(e -> !e.create() && path.equals(e.path()))) {
                    edits.addAll(f.edits());
                    n++;
                }
            }
            if (edits.isEmpty()) break;
            String next = TextEdits.apply(text, edits);
            if (next.equals(text)) break;
            text = next;
            count += n;
        }
        return new Fixed(t.file(), bytes, before, text, count);
    }

    private boolean write(Fixed f) throws Usage {
        boolean bom = f.bytes().length >= 3 && (f.bytes()[0] & 0xff) == 0xEF && (f.bytes()[1] & 0xff) == 0xBB && (f.bytes()[2] & 0xff) == 0xBF;
        byte[] text = ((bom ? "\uFEFF" : "") + f.after()).getBytes(StandardCharsets.UTF_8);
        try {
            if (AtomicWrite.replace(f.file(), f.bytes(), text)) return true;
            err.println("dockmentor: " + f.file() + " changed while it was being fixed; left as it is");
            return false;
        } catch (IOException e) {
            throw new Usage("cannot write " + f.file() + ": " + e.getMessage());
        }
    }
}
