package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.Command;
import dev.dockmentor.shell.PackageOp;
import java.util.List;

/**
 * {@code RUN apt-get update} on its own is cached as a layer: when a later install line changes,
 * Docker reuses the old index and the install fails or gets stale versions. Update and install
 * belong in the same RUN.
 */
public final class AptUpdateAlone extends Rule implements DockerfileCheck {
    public AptUpdateAlone() {
        super(RuleMeta.of("apt-update-alone", Severity.WARNING, "apt-get update in its own RUN"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : ctx.dockerfile().stages) {
            List<Instruction> runs = ctx.runs(s);
            for (int i = 0; i < runs.size(); i++) {
                Instruction run = runs.get(i);
                List<Command> cmds = ctx.shell(run).commands();
                if (cmds.isEmpty() || !cmds.stream().allMatch(c -> PackageOp.of(c).filter(AptOps::isAptUpdate).isPresent())) continue;
                Report r = ctx.report(run.argsRange(),
                        "'" + run.argsText() + "' in its own RUN is cached as a separate layer: a later install can reuse a stale "
                                + "package index; run the update in the same RUN as the install",
                        "'" + run.argsText() + "' en su propio RUN se guarda en caché como una capa aparte: una instalación "
                                + "posterior puede reutilizar un índice de paquetes desactualizado; ejecuta la actualización en el "
                                + "mismo RUN que la instalación");
                for (int j = i + 1; j < runs.size(); j++) {
                    Instruction next = runs.get(j);
                    if (ctx.packageOps(next).stream().noneMatch(AptOps::isAptInstall)) continue;
                    if (!RunEdits.editable(run) || !RunEdits.editable(next) || !next.flags.isEmpty() || !run.flags.isEmpty()) break;
                    // The update's text goes in front of the install: an open quote or comment in it would swallow
                    // the install (found by fuzzing).
                    if (!RunEdits.endsInShellCode(run.argsText())) break;
                    String joint = next.startLine == next.endLine ? " && "
                            : " " + ctx.dockerfile().escape + ctx.newline() + RunEdits.continuationIndent(ctx, next) + "&& ";
                    r.fix(Msg.of("Merge into the install RUN", "Unir al RUN de la instalación"), j == i + 1,
                            ctx.deleteLines(run),
                            ctx.insert(next.argsRange().start(), run.argsText().replaceAll("[;\\s]+$", "") + joint));
                    break;
                }
            }
        }
    }
}
