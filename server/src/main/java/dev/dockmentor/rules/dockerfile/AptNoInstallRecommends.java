package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.PackageOp;
import dev.dockmentor.shell.ShellWord;

/**
 * {@code apt-get install} without {@code --no-install-recommends} also installs every
 * "recommended" package: often 100+ MB of documentation, fonts and tools nobody asked for.
 */
public final class AptNoInstallRecommends extends Rule implements DockerfileCheck {
    private static final java.util.regex.Pattern NO_RECOMMENDS = java.util.regex.Pattern.compile("(?i).*APT::Install-Recommends=(false|0|no).*");
    public AptNoInstallRecommends() {
        super(RuleMeta.of("apt-no-install-recommends", Severity.WARNING, "apt-get install without --no-install-recommends")
                .aliases("DL3015").productionAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        // Recommended packages in a builder stage cost build time, not image size: only the shipped stages count.
        java.util.Set<dev.dockmentor.dockerfile.Stage> shipped = new java.util.HashSet<>(RunEdits.shipped(ctx.dockerfile()));
        java.util.Set<Instruction> configured = AptOps.configured(ctx, AptOps.CONF_NO_RECOMMENDS);
        for (Instruction run : AptOps.runs(ctx)) {
            if (run.child == null && !shipped.contains(ctx.dockerfile().stageOf(run))) continue;
            if (configured.contains(run)) continue;
            for (PackageOp op : ctx.packageOps(run)) {
                if (!AptOps.isAptInstall(op) || op.packages().isEmpty()) continue;
                if (op.hasOption("--no-install-recommends")) continue;
                // Asked for explicitly: the recommends are wanted (systemd's, a product's own package).
                if (op.hasOption("--install-recommends")) continue;
                if (AptOps.isOnlyUpgrade(op)) continue;
                if (op.command().words().stream().anyMatch(w -> NO_RECOMMENDS.matcher(w.value()).matches())) continue;
                // tini, make, locales…: packages that recommend nothing; the flag would change nothing.
                if (op.packages().stream().allMatch(p -> ctx.kb().recommendsNothing(p.value()))) continue;
                ShellWord at = op.actionWord();
                ctx.report(at.range(),
                        op.manager() + " install without --no-install-recommends also pulls in recommended packages "
                                + "(often 100+ MB the image never uses)",
                        op.manager() + " install sin --no-install-recommends también instala los paquetes recomendados "
                                + "(a menudo más de 100 MB que la imagen nunca usa)")
                        .fix(Msg.of("Add --no-install-recommends", "Añadir --no-install-recommends"), false,
                                RunEdits.list(RunEdits.optionAfter(ctx, run, at, "--no-install-recommends")));
            }
        }
    }
}
