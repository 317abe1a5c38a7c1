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
 * {@code FROM ubuntu} plus {@code apt-get install python3}: the distro's runtime is often older,
 * patched on the distro's schedule, and the image carries a whole OS the official language image
 * ({@code python:3.12-slim}) already trims.
 */
public final class OsBaseForRuntime extends Rule implements DockerfileCheck {
    private static final Set<String> OS_MANAGERS = Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper");

    public OsBaseForRuntime() {
        super(RuleMeta.of("os-base-for-runtime", Severity.INFO, "General OS image installing a language runtime").runningAppAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        Stage last = ctx.shippedStage().orElse(null);
        if (last == null) return;
        Stage root = last.root();
        if (!ctx.kb().isOsImage(root.image) || root.image.hasVariables()) return;
        String os = RunEdits.image(root);
        for (Stage s : RunEdits.shipped(ctx.dockerfile())) {
            for (Instruction run : ctx.runs(s)) {
                for (PackageOp op : ctx.packageOps(run)) {
                    if (!OS_MANAGERS.contains(op.manager()) || !op.isInstall()) continue;
                    for (ShellWord p : op.packages()) {
                        String image = ctx.kb().runtimeImageFor(p.value()).orElse(null);
                        // A bootstrap runtime purged again in the same RUN (ruby's BASERUBY) is not shipped.
                        if (image == null || ctx.removedAgain(run, op, p.value())) continue;
                        String hint = image.equals("eclipse-temurin") ? "eclipse-temurin:<version>-jre" : image + ":<version>-slim";
                        ctx.report(p.range(),
                                "'" + os + "' installs the " + image + " runtime ('" + p.value() + "') with " + op.manager()
                                        + ": the official image (" + hint + ") ships a current, maintained runtime on a trimmed OS",
                                "'" + os + "' instala el runtime de " + image + " ('" + p.value() + "') con " + op.manager()
                                        + ": la imagen oficial (" + hint + ") trae un runtime actual y mantenido sobre un SO reducido");
                        return; // one finding per file: the advice is about the base image
                    }
                }
            }
        }
    }
}
