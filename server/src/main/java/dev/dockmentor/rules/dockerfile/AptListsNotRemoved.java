package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.PackageOp;
import dev.dockmentor.text.Range;

/**
 * The package index that {@code apt-get update} downloads (tens of MB) stays in the layer unless the
 * same RUN removes {@code /var/lib/apt/lists/*} (or runs {@code apt-get dist-clean}, which does that); a later RUN
 * cannot shrink an earlier layer.
 * Only stages that end up in the final image are checked.
 */
public final class AptListsNotRemoved extends Rule implements DockerfileCheck {
    static final String LISTS = "/var/lib/apt/lists";

    public AptListsNotRemoved() {
        super(RuleMeta.of("apt-lists-not-removed", Severity.WARNING, "apt lists not removed after apt-get install")
                .aliases("DL3009"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : RunEdits.shipped(ctx.dockerfile())) {
            for (Instruction run : ctx.runs(s)) {
                if (RunEdits.cacheMount(run, LISTS, "/var/lib/apt")) continue;
                if (RunEdits.removes(ctx.shell(run).commands(), LISTS)) continue;
                if (ctx.packageOps(run).stream().anyMatch(AptOps::isAptDistClean)) continue;
                PackageOp op = ctx.packageOps(run).stream().filter(AptOps::isAptInstall).findFirst().orElse(null);
                if (op == null) continue;
                Range r = new Range(op.command().programWord().range().start(), op.actionWord().range().end());
                ctx.report(r,
                        op.manager() + " install leaves the package lists in /var/lib/apt/lists (tens of MB) in this layer: "
                                + "remove them in the same RUN",
                        op.manager() + " install deja las listas de paquetes en /var/lib/apt/lists (decenas de MB) en esta capa: "
                                + "bórralas en el mismo RUN")
                        .fix(Msg.of("Append && rm -rf /var/lib/apt/lists/*", "Añadir && rm -rf /var/lib/apt/lists/*"), false,
                                RunEdits.list(RunEdits.appendCommand(ctx, run, "rm -rf /var/lib/apt/lists/*")));
            }
        }
    }
}
