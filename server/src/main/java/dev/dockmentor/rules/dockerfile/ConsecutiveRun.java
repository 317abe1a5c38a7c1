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
            List<Instruction> group = new ArrayList<>();
            for (Instruction ins : s.instructions) {
                if (ins.is("RUN") && mergeable(ins) && (group.isEmpty() || sameFlags(group.get(0), ins))) {
                    group.add(ins);
                    continue;
                }
                flush(ctx, group);
                group.clear();
                if (ins.is("RUN") && mergeable(ins)) group.add(ins);
            }
            flush(ctx, group);
        }
    }

    private static boolean mergeable(Instruction ins) {
        return RunEdits.editable(ins) && !ins.argsText().isEmpty();
    }

    private static boolean sameFlags(Instruction a, Instruction b) {
        return flagText(a).equals(flagText(b));
    }

    private static List<String> flagText(Instruction ins) {
        return ins.flags.stream().map(f -> f.name() + "=" + f.value()).sorted().toList();
    }

    private void flush(DockerfileContext ctx, List<Instruction> group) {
        if (group.size() < 2) return;
        List<TextEdit> edits = new ArrayList<>();
        boolean possible = true, safe = true;
        String indent = RunEdits.continuationIndent(ctx, group.get(0));
        for (int i = 1; i < group.size(); i++) {
            Instruction prev = group.get(i - 1), cur = group.get(i);
            String t = prev.argsText();
            if (t.endsWith(";") || t.endsWith("&") || t.endsWith("|") || t.endsWith("\\")) possible = false;
            for (int l = prev.endLine + 1; l < cur.startLine; l++) {
                if (ctx.dockerfile().lines.lineText(l).strip().startsWith("#")) possible = false;
            }
            for (Command c : ctx.shell(prev).commands()) if (STATEFUL.contains(c.program())) safe = false;
            edits.add(ctx.replace(new Range(prev.argsRange().end(), cur.argsRange().start()),
                    " " + ctx.dockerfile().escape + ctx.newline() + indent + "&& "));
        }
        for (int i = 1; i < group.size(); i++) {
            var r = ctx.report(group.get(i).keywordRange,
                    "This RUN follows another RUN with the same options: merge the " + group.size() + " consecutive RUNs into "
                            + "one layer with &&",
                    "Este RUN sigue a otro RUN con las mismas opciones: une los " + group.size() + " RUN consecutivos en una "
                            + "sola capa con &&");
            if (possible) r.fix(Msg.of("Merge the " + group.size() + " RUNs with &&", "Unir los " + group.size() + " RUN con &&"), safe, edits);
        }
    }
}
