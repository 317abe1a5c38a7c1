package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.Command;
import dev.dockmentor.shell.PackageOp;

/**
 * {@code apt-get install} (or {@code yum}, {@code dnf}, {@code zypper install}) without {@code -y}: it asks for
 * confirmation, gets no answer on a build's closed stdin and the build stops. {@code -qq} and a piped {@code yes} also
 * answer the prompt.
 */
public final class AptGetYes extends Rule implements DockerfileCheck {
    private static final java.util.regex.Pattern ASSUME_YES = java.util.regex.Pattern.compile("(?i).*APT::Get::Assume-Yes=(true|1|yes).*");
    public AptGetYes() {
        super(RuleMeta.of("apt-get-yes", Severity.WARNING, "apt-get install without -y").aliases("DL3014", "DL3030", "DL3038", "DL3034"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        java.util.Set<Instruction> configured = AptOps.configured(ctx, AptOps.CONF_ASSUME_YES);
        for (Instruction run : AptOps.runs(ctx)) {
            if (configured.contains(run)) continue;
            var cmds = ctx.shell(run).commands();
            for (PackageOp op : ctx.packageOps(run)) {
                if (!AptOps.isAptInstall(op) || op.packages().isEmpty()) continue;
                if (op.hasOption("-y", "--yes", "--assume-yes", "-qq", "--quiet=2", "-q=2")) continue;
                if (op.command().words().stream().anyMatch(w -> ASSUME_YES.matcher(w.value()).matches())) continue;
                int k = cmds.indexOf(op.command());
                if (k > 0 && op.command().pipedIn()) {
                    Command feeder = cmds.get(k - 1);
                    if (feeder.program().equals("yes")) continue;
                }
                ctx.report(op.actionWord().range(),
                        op.manager() + " install without -y waits for a confirmation nobody gives, so the build stops",
                        op.manager() + " install sin -y espera una confirmación que nadie da, así que el build se detiene")
                        .fix(Msg.of("Add -y", "Añadir -y"), true, RunEdits.list(RunEdits.optionAfter(ctx, run, op.actionWord(), "-y")));
            }
        }
        // yum, dnf and zypper ask the same question (hadolint DL3030, DL3038, DL3034); microdnf and apk never ask.
        for (Instruction run : AptOps.runs(ctx)) {
            var cmds = ctx.shell(run).commands();
            for (PackageOp op : ctx.packageOps(run)) {
                boolean rpm = op.manager().equals("yum") || op.manager().equals("dnf");
                boolean zypper = op.manager().equals("zypper");
                if (!rpm && !zypper || !op.isInstall() || op.packages().isEmpty()) continue;
                if (rpm && op.hasOption("-y", "--assumeyes")) continue;
                if (zypper && op.hasOption("-n", "--non-interactive", "-y", "--no-confirm")) continue;
                int k = cmds.indexOf(op.command());
                if (k > 0 && op.command().pipedIn() && (cmds.get(k - 1).program().equals("yes") || cmds.get(k - 1).program().equals("echo"))) continue;
                String flag = rpm ? "-y" : "-n";
                ctx.report(op.actionWord().range(),
                        op.manager() + " " + op.action() + " without " + flag + " waits for a confirmation nobody gives, so the build stops",
                        op.manager() + " " + op.action() + " sin " + flag + " espera una confirmación que nadie da, así que el build se detiene")
                        .fix(Msg.of("Add -y", "Añadir -y"), true, RunEdits.list(RunEdits.optionAfter(ctx, run, op.actionWord(), "-y")));
            }
        }
    }
}
