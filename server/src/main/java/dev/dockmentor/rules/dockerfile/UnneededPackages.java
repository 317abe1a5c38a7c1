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
import dev.dockmentor.shell.ShellWord;
import dev.dockmentor.text.Range;
import java.util.List;
import java.util.Set;

/**
 * Editors, git, ssh servers and network tools in the final image are rarely run by the app but
 * always add size and CVEs (and an ssh server is an open door). Debug with {@code docker exec} on
 * a debug variant instead. Tools the Dockerfile itself runs (e.g. {@code git clone}) are not flagged.
 */
public final class UnneededPackages extends Rule implements DockerfileCheck {
    private static final Set<String> OS_MANAGERS = Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper");

    public UnneededPackages() {
        super(RuleMeta.of("unneeded-packages", Severity.INFO, "Interactive or debugging tools in the final image").runningAppAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        List<Stage> shipped = RunEdits.shipped(ctx.dockerfile());
        Set<String> ran = null;
        for (Stage s : shipped) {
            for (Instruction run : ctx.runs(s)) {
                for (PackageOp op : ctx.packageOps(run)) {
                    if (!OS_MANAGERS.contains(op.manager()) || !op.isInstall()) continue;
                    for (int i = 0; i < op.packages().size(); i++) {
                        ShellWord p = op.packages().get(i);
                        if (!ctx.kb().isDebugTool(p.value()) || ctx.removedAgain(run, op, p.value())) continue;
                        if (ran == null) ran = programs(ctx, shipped);
                        if (ran.contains(program(p.value()))) continue;
                        Report r = ctx.report(p.range(),
                                "'" + p.value() + "' is an interactive/debugging tool the final image does not run: it only adds "
                                        + "size and CVEs",
                                "'" + p.value() + "' es una herramienta interactiva o de depuración que la imagen final no ejecuta: "
                                        + "solo añade tamaño y CVE");
                        if (op.packages().size() < 2 || run.execForm || run.jsonLike) continue;
                        ShellWord before = i > 0 ? op.packages().get(i - 1) : op.packages().get(1);
                        Range del = i > 0 ? new Range(before.range().end(), p.range().end()) : new Range(p.range().start(), before.range().start());
                        r.fix(Msg.of("Remove " + p.value() + " from the install list", "Quitar " + p.value() + " de la lista de instalación"),
                                false, ctx.replace(del, ""));
                    }
                }
            }
        }
    }

    /** The program a package installs, as a RUN would call it. */
    private static String program(String pkg) {
        return pkg.equals("openssh-client") ? "ssh" : pkg.equals("iputils-ping") ? "ping" : pkg.replace("-tiny", "");
    }

    /**
     * Every program the shipped stages run (git clone, vim -c ...): a tool the Dockerfile runs itself is needed
     * at build time. Collected once per file: per package it rescanned every command (8,000 installs: > 120 s).
     */
    private static Set<String> programs(DockerfileContext ctx, List<Stage> stages) {
        Set<String> out = new java.util.HashSet<>();
        for (Stage s : stages) {
            for (Instruction run : ctx.runs(s)) {
                for (Command c : ctx.shell(run).commands()) out.add(c.program());
            }
        }
        return out;
    }
}
