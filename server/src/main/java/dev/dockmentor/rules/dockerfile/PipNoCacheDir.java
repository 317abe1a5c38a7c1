package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.KeyValue;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.PackageOp;
import dev.dockmentor.shell.ShellWord;
import java.util.List;

/**
 * pip keeps every downloaded wheel in {@code ~/.cache/pip}; in an image layer that cache is dead
 * weight (often as big as the packages themselves). Stages that do not ship are not checked.
 */
public final class PipNoCacheDir extends Rule implements DockerfileCheck {
    public PipNoCacheDir() {
        super(RuleMeta.of("pip-no-cache-dir", Severity.INFO, "pip install without --no-cache-dir").aliases("DL3042").productionAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        List<Stage> shipped = RunEdits.shipped(ctx.dockerfile());
        if (shipped.stream().anyMatch(PipNoCacheDir::setsEnv)) return;
        for (Stage s : shipped) {
            for (Instruction run : ctx.runs(s)) {
                if (RunEdits.cacheMount(run, "/root/.cache", "/home/") && run.flags("mount").stream()
                        .anyMatch(f -> f.value() != null && f.value().contains("pip"))) continue;
                for (PackageOp op : ctx.packageOps(run)) {
                    if (!op.manager().equals("pip") || !op.action().equals("install")) continue;
                    if (op.hasOption("--no-cache-dir", "--no-cache")) continue;
                    if (op.command().words().stream().anyMatch(w -> w.value().startsWith("PIP_NO_CACHE_DIR="))) continue;
                    ShellWord at = op.actionWord();
                    ctx.report(at.range(),
                            "pip install keeps its download cache (~/.cache/pip) in the layer, often as large as the packages "
                                    + "themselves: add --no-cache-dir",
                            "pip install deja su caché de descargas (~/.cache/pip) en la capa, a menudo tan grande como los "
                                    + "propios paquetes: añade --no-cache-dir")
                            .fix(Msg.of("Add --no-cache-dir", "Añadir --no-cache-dir"), true,
                                    RunEdits.list(RunEdits.optionAfter(ctx, run, at, "--no-cache-dir")));
                }
            }
        }
    }

    private static boolean setsEnv(Stage s) {
        for (Instruction e : s.all("ENV")) {
            for (KeyValue kv : e.keyValues) if (kv.key().equals("PIP_NO_CACHE_DIR")) return true;
        }
        return false;
    }
}
