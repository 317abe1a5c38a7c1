package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.PackageOp;
import dev.dockmentor.shell.ShellWord;
import java.util.Set;

/**
 * A single-stage image that installs a compiler toolchain ships it: hundreds of MB and a larger
 * attack surface at run time. A builder stage compiles; the final stage only gets the result.
 * Packages removed again in the same RUN ({@code apk del .build-deps}, {@code apt-get purge}, or {@code apt-mark auto}
 * then {@code apt-get purge --auto-remove}) are fine.
 */
public final class BuildToolsInFinalImage extends Rule implements DockerfileCheck {
    private static final Set<String> OS_MANAGERS = Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper");

    public BuildToolsInFinalImage() {
        super(RuleMeta.of("build-tools-in-final-image", Severity.WARNING, "Build toolchain installed in the final image").runningAppAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        if (ctx.dockerfile().stages.size() != 1) return;
        Stage s = ctx.dockerfile().stages.get(0);
        for (Instruction run : ctx.runs(s)) {
            for (PackageOp op : ctx.packageOps(run)) {
                if (!OS_MANAGERS.contains(op.manager()) || !op.isInstall()) continue;
                for (ShellWord p : op.packages()) {
                    if (!ctx.kb().isBuildTool(p.value()) || ctx.removedAgain(run, op, p.value())) continue;
                    ctx.report(p.range(),
                            "'" + p.value() + "' is a build tool and this single-stage image keeps it at run time: compile in a "
                                    + "builder stage and copy only the result into a slim final stage",
                            "'" + p.value() + "' es una herramienta de compilación y esta imagen de una sola etapa la conserva en "
                                    + "ejecución: compila en una etapa builder y copia solo el resultado a una etapa final ligera");
                }
            }
        }
    }
}
