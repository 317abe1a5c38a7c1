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
import dev.dockmentor.text.Range;
import java.util.List;

/**
 * The package index that {@code apt-get update} downloads (tens of MB) stays in the layer unless the
 * same RUN removes {@code /var/lib/apt/lists/*} (or runs {@code apt-get distclean}, or an install wrapper such as
 * {@code install_packages}, which do that); a later RUN
 * cannot shrink an earlier layer.
 * Only stages that end up in the final image are checked, and only RUNs that download the lists: an install
 * without {@code apt-get update} reads lists an earlier layer holds.
 */
public final class AptListsNotRemoved extends Rule implements DockerfileCheck {
    static final String LISTS = "/var/lib/apt/lists";

    public AptListsNotRemoved() {
        super(RuleMeta.of("apt-lists-not-removed", Severity.WARNING, "apt lists not removed after apt-get install")
                .aliases("DL3009").productionAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        List<Stage> shipped = RunEdits.shipped(ctx.dockerfile());
        // lastNeedy[i]: the line of the last RUN installing without an update first in shipped[i] or a stage built on it.
        int[] lastNeedy = new int[shipped.size()];
        for (int i = 0; i < shipped.size(); i++) {
            lastNeedy[i] = i == 0 ? -1 : lastNeedy[i - 1];
            for (Instruction run : ctx.runs(shipped.get(i))) if (installsWithoutUpdate(ctx, run)) lastNeedy[i] = Math.max(lastNeedy[i], run.startLine);
        }
        for (int i = 0; i < shipped.size(); i++) {
            Stage s = shipped.get(i);
            for (Instruction run : ctx.runs(s)) {
                if (RunEdits.cacheMount(run, LISTS, "/var/lib/apt")) continue;
                if (RunEdits.removes(ctx.shell(run).commands(), LISTS)) continue;
                if (AptOps.cleansLists(ctx, run)) continue;
                PackageOp op = ctx.packageOps(run).stream().filter(AptOps::isAptInstall).findFirst().orElse(null);
                // An update in a RUN of its own writes the lists into that layer (apt-update-alone says why it should
                // not stand alone; this rule, what it leaves in the image).
                if (op == null) op = ctx.packageOps(run).stream().filter(AptOps::isAptUpdate).findFirst().orElse(null);
                if (op == null) continue;
                // A RUN that only updates is apt-update-alone's finding, whose fix (merge it into the install) settles
                // this one too: one squiggle for one mistake.
                if (!AptOps.isAptInstall(op) && ctx.shell(run).commands().stream()
                        .allMatch(c -> dev.dockmentor.shell.PackageOp.of(c).filter(AptOps::isAptUpdate).isPresent())) continue;
                // An install without apt-get update reads lists an earlier layer wrote: this layer adds none.
                if (!refreshesLists(ctx, run)) continue;
                Range r = new Range(op.command().programWord().range().start(), op.actionWord().range().end());
                boolean install = AptOps.isAptInstall(op);
                Report rep = ctx.report(r,
                        op.manager() + " " + op.action() + " leaves the package lists in /var/lib/apt/lists (tens of MB) in this layer: "
                                + "remove them in the same RUN" + (install ? "" : ", after the install"),
                        op.manager() + " " + op.action() + " deja las listas de paquetes en /var/lib/apt/lists (decenas de MB) en esta capa: "
                                + "bórralas en el mismo RUN" + (install ? "" : ", después de la instalación"));
                // A later RUN installing without its own update needs these lists: removing them here breaks it.
                if (lastNeedy[i] > run.startLine) continue;
                rep.fix(Msg.of("Append && rm -rf /var/lib/apt/lists/*", "Añadir && rm -rf /var/lib/apt/lists/*"), false,
                        RunEdits.list(RunEdits.appendCommand(ctx, run, "rm -rf /var/lib/apt/lists/*")));
            }
        }
    }

    /** The RUN downloads package lists: apt-get update, add-apt-repository (updates unless -n), or a piped-in setup script. */
    private static boolean refreshesLists(DockerfileContext ctx, Instruction run) {
        if (ctx.packageOps(run).stream().anyMatch(AptOps::isAptUpdate)) return true;
        for (Command c : ctx.shell(run).commands()) {
            if (c.program().equals("add-apt-repository") && !c.hasWord("-n", "--no-update")) return true;
            // curl -fsSL https://deb.nodesource.com/setup_22.x | bash -: such scripts run apt-get update.
            if (c.pipedIn() && c.program().matches("(ba)?sh")) return true;
        }
        return false;
    }

    /** The RUN installs with apt before any update of its own: it reads lists an earlier layer left. */
    private static boolean installsWithoutUpdate(DockerfileContext ctx, Instruction run) {
        for (PackageOp op : ctx.packageOps(run)) {
            if (AptOps.isAptUpdate(op)) return false;
            if (AptOps.isAptInstall(op)) return true;
        }
        return false;
    }
}
