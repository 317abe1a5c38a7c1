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
import dev.dockmentor.shell.PackageOp;
import dev.dockmentor.text.TextEdit;
import java.util.List;
import java.util.Map;

/**
 * yum/dnf/zypper keep downloaded metadata and packages under /var/cache (often 100+ MB) unless
 * the same RUN cleans it; a later RUN cannot shrink the earlier layer. Stages that do not ship are skipped.
 */
public final class PackageCache extends Rule implements DockerfileCheck {
    private record Manager(String clean, String cacheDir) {}

    private static final Map<String, Manager> MANAGERS = Map.of(
            "yum", new Manager("yum clean all", "/var/cache/yum"),
            "dnf", new Manager("dnf clean all", "/var/cache/dnf"),
            "microdnf", new Manager("microdnf clean all", "/var/cache/yum"),
            "zypper", new Manager("zypper clean --all", "/var/cache/zypp"));

    public PackageCache() {
        super(RuleMeta.of("package-cache", Severity.INFO, "Package manager cache left in the layer")
                .aliases("DL3032", "DL3040", "DL3036").productionAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : RunEdits.shipped(ctx.dockerfile())) {
            for (Instruction run : ctx.runs(s)) {
                List<Command> cmds = ctx.shell(run).commands();
                for (PackageOp op : ctx.packageOps(run)) {
                    Manager m = MANAGERS.get(op.manager());
                    if (m == null || !op.isInstall() || op.actionWord() == null) continue;
                    if (cleaned(ctx, run, cmds, op.manager(), m)) continue;
                    TextEdit e = RunEdits.appendCommand(ctx, run, m.clean);
                    ctx.report(op.actionWord().range(),
                            op.manager() + " install leaves its cache in " + m.cacheDir + " in this layer: run '" + m.clean
                                    + "' in the same RUN",
                            op.manager() + " install deja su caché en " + m.cacheDir + " en esta capa: ejecuta '" + m.clean
                                    + "' en el mismo RUN")
                            .fix(Msg.of("Append && " + m.clean, "Añadir && " + m.clean), true, RunEdits.list(e));
                    break;
                }
            }
        }
    }

    private static boolean cleaned(DockerfileContext ctx, Instruction run, List<Command> cmds, String manager, Manager m) {
        if (RunEdits.cacheMount(run, m.cacheDir, "/var/cache/")) return true;
        if (RunEdits.removes(cmds, m.cacheDir, "/var/cache/" + manager)) return true;
        for (Command c : cmds) {
            PackageOp op = PackageOp.of(c).orElse(null);
            if (op == null || !MANAGERS.containsKey(op.manager())) continue;
            if (op.action().equals("clean") || op.manager().equals("zypper") && op.action().equals("cc")) return true;
        }
        return false;
    }
}
