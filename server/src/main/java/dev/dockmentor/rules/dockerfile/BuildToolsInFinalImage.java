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
            // One finding per install command, naming every build tool it leaves (not one per package).
            for (PackageOp op : ctx.packageOps(run)) {
                if (!OS_MANAGERS.contains(op.manager()) || !op.isInstall()) continue;
                java.util.List<ShellWord> tools = new java.util.ArrayList<>();
                for (ShellWord p : op.packages()) {
                    if (ctx.kb().isBuildTool(p.value()) && !ctx.removedAgain(run, op, p.value())) tools.add(p);
                }
                if (tools.isEmpty()) continue;
                String names = tools.size() <= 4
                        ? String.join(", ", tools.stream().map(w -> "'" + w.value() + "'").toList())
                        : String.join(", ", tools.subList(0, 3).stream().map(w -> "'" + w.value() + "'").toList()) + " and " + (tools.size() - 3) + " more";
                boolean one = tools.size() == 1;
                ctx.report(new dev.dockmentor.text.Range(tools.get(0).range().start(), tools.get(tools.size() - 1).range().end()),
                        names + (one ? " is a build tool" : " are build tools") + " and this single-stage image keeps "
                                + (one ? "it" : "them") + " at run time: compile in a builder stage and copy only the result into a slim final stage",
                        names + (one ? " es una herramienta" : " son herramientas") + " de compilación y esta imagen de una sola etapa "
                                + (one ? "la conserva" : "las conserva") + " en ejecución: compila en una etapa builder y copia solo el resultado a una etapa final ligera");
            }
        }
    }
}
