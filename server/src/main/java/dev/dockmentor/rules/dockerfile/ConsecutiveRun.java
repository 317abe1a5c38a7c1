package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.Command;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Each RUN is a layer with its own metadata and cache entry; consecutive RUNs with the same
 * options can usually be one, which also lets a later cleanup shrink what an earlier step wrote.
 */
public final class ConsecutiveRun extends Rule implements DockerfileCheck {
    /** Commands whose effect (directory, variables, shell options) would leak into the merged commands. */
    private static final Set<String> STATEFUL = Set.of("cd", "pushd", "export", "set", "source", ".", "umask", "unset", "shopt", "alias", "exit");

    public ConsecutiveRun() {
        super(RuleMeta.of("consecutive-run", Severity.INFO, "Consecutive RUN instructions").aliases("DL3059"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : ctx.dockerfile().stages) {
            // Windows PowerShell 5.1 (powershell.exe) has no && and cmd's differs: no merge fix is offered there.
            boolean windows = RootUser.isWindows(s);
            List<Instruction> group = new ArrayList<>();
            for (Instruction ins : s.instructions) {
                if (ins.is("RUN") && mergeable(ins) && (group.isEmpty() || sameFlags(group.get(0), ins))) {
                    group.add(ins);
                    continue;
                }
                flush(ctx, group, windows);
                group.clear();
                if (ins.is("RUN") && mergeable(ins)) group.add(ins);
            }
            flush(ctx, group, windows);
        }
    }

    private static boolean mergeable(Instruction ins) {
        return RunEdits.editable(ins) && !ins.argsText().isEmpty();
    }

    /**
     * Only simple commands and pipelines joined by &&. `;`, a newline, `||`, `&`, a ( ) or { } group, if/for/case
     * (the parser reports these as other operators) would let the failure of an earlier merged RUN pass on.
     */
    static boolean plainAndChain(List<Command> commands) {
        for (Command c : commands) {
            if (!andOrPipe(c.opBefore()) || !andOrPipe(c.opAfter())) return false;
        }
        return true;
    }

    private static boolean andOrPipe(String op) {
        return op == null || op.equals("&&") || op.equals("|");
    }

    private static boolean sameFlags(Instruction a, Instruction b) {
        return flagText(a).equals(flagText(b));
    }

    private static List<String> flagText(Instruction ins) {
        return ins.flags.stream().map(f -> f.name() + "=" + f.value()).sorted().toList();
    }

    /**
     * RUNs one fix merges at most. Every finding of a chunk carries the chunk's edits, so with the whole group
     * in each fix a file of 2,000 consecutive RUNs had 2,000 findings of 2,000 edits each: a 1.7 GB JSON report,
     * and out of memory at 49,000. A longer group gets one fix per chunk; neighbouring chunks share a RUN, so
     * applying them all (fix-all) still merges the whole group.
     */
    public static final int MAX_MERGED = 20;

    private void flush(DockerfileContext ctx, List<Instruction> group, boolean windows) {
        if (group.size() < 2) return;
        String indent = RunEdits.continuationIndent(ctx, group.get(0));
        // joins.get(j - 1) joins RUN j to RUN j - 1; null when it cannot be written (see below, or a comment line between).
        List<TextEdit> joins = new ArrayList<>();
        List<Boolean> stateful = new ArrayList<>();
        for (int i = 1; i < group.size(); i++) {
            Instruction prev = group.get(i - 1), cur = group.get(i);
            String t = prev.argsText();
            // The next RUN's commands go after this one's text: not after a trailing operator, nor where the shell
            // would not read them as commands (an open quote, a comment, a dangling redirection).
            boolean possible = !(t.endsWith(";") || t.endsWith("&") || t.endsWith("|") || t.endsWith("\\"))
                    && RunEdits.endsInShellCode(t);
            // Nor when this RUN is more than an && chain: `a && b; c` runs c after a failed, and exits 0 if c succeeds.
            if (!plainAndChain(ctx.shell(cur).commands())) possible = false;
            for (int l = prev.endLine + 1; l < cur.startLine && possible; l++) {
                if (ctx.dockerfile().lines.lineText(l).strip().startsWith("#")) possible = false;
            }
            boolean leaks = false;
            for (Command c : ctx.shell(prev).commands()) if (STATEFUL.contains(c.program())) leaks = true;
            stateful.add(leaks);
            joins.add(possible ? ctx.replace(new Range(prev.argsRange().end(), cur.argsRange().start()),
                    " " + ctx.dockerfile().escape + ctx.newline() + indent + "&& ") : null);
        }
        List<TextEdit> edits = null;
        boolean possible = false, safe = true;
        int chunkStart = 0, chunkEnd = 0;
        for (int i = 1; i < group.size(); i++) {
            if (i > chunkEnd) { // a new chunk: RUNs chunkStart .. chunkEnd, joined by joins chunkStart + 1 .. chunkEnd
                chunkStart = i - 1;
                chunkEnd = Math.min(group.size() - 1, chunkStart + MAX_MERGED - 1);
                edits = new ArrayList<>();
                possible = true;
                safe = true;
                for (int j = i; j <= chunkEnd; j++) {
                    if (joins.get(j - 1) == null) possible = false;
                    else edits.add(joins.get(j - 1));
                    if (stateful.get(j - 1)) safe = false;
                }
            }
            int merged = chunkEnd - chunkStart + 1;
            var r = windows ? ctx.report(group.get(i).keywordRange,
                    "This RUN follows another RUN with the same options: merge the " + group.size() + " consecutive RUNs into one layer",
                    "Este RUN sigue a otro RUN con las mismas opciones: une los " + group.size() + " RUN consecutivos en una sola capa")
                    : ctx.report(group.get(i).keywordRange,
                    "This RUN follows another RUN with the same options: merge the " + group.size() + " consecutive RUNs into "
                            + "one layer with &&",
                    "Este RUN sigue a otro RUN con las mismas opciones: une los " + group.size() + " RUN consecutivos en una "
                            + "sola capa con &&");
            if (possible && !windows) r.fix(Msg.of("Merge the " + merged + " RUNs with &&", "Unir los " + merged + " RUN con &&"), safe, edits);
        }
    }
}
