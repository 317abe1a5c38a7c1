package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.PackageOp;
import java.util.Set;

/**
 * {@code apt} is the interactive front end: its output and options are not a stable interface
 * and it warns so in scripts. {@code apt-get} is the one meant for scripts.
 */
public final class AptNotAptGet extends Rule implements DockerfileCheck {
    private static final Set<String> SAME_IN_APT_GET = Set.of("install", "update", "upgrade", "remove", "purge", "autoremove",
            "clean", "autoclean", "dist-upgrade", "source", "build-dep", "download", "satisfy");

    public AptNotAptGet() {
        super(RuleMeta.of("apt-not-apt-get", Severity.INFO, "apt used in a script instead of apt-get").aliases("DL3027"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction run : AptOps.runs(ctx)) {
            for (PackageOp op : ctx.packageOps(run)) {
                if (!op.manager().equals("apt")) continue;
                var w = op.command().programWord();
                Report r = ctx.report(w.range(),
                        "'apt' is meant for interactive use and its command line is not stable in scripts: use apt-get",
                        "'apt' está pensado para uso interactivo y su interfaz no es estable en scripts: usa apt-get");
                if (!SAME_IN_APT_GET.contains(op.action()) || run.jsonLike) continue;
                String raw = w.raw();
                if (!raw.endsWith("apt") && !raw.endsWith("apt\"")) continue;
                String replaced = raw.endsWith("\"") ? raw.substring(0, raw.length() - 1) + "-get\"" : raw + "-get";
                r.fix(Msg.of("Use apt-get", "Usar apt-get"), true, ctx.replace(w.range(), replaced));
            }
        }
    }
}
