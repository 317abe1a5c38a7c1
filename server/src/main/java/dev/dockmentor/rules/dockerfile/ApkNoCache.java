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
import dev.dockmentor.shell.ShellWord;
import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code apk add} without {@code --no-cache} leaves the package index under /var/cache/apk in the
 * layer; {@code --no-cache} fetches a fresh index and keeps nothing, so {@code apk update} is not
 * needed either.
 */
public final class ApkNoCache extends Rule implements DockerfileCheck {
    public ApkNoCache() {
        super(RuleMeta.of("apk-no-cache", Severity.INFO, "apk add without --no-cache").aliases("DL3019").productionAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : RunEdits.shipped(ctx.dockerfile())) {
            for (Instruction run : ctx.runs(s)) {
                if (RunEdits.cacheMount(run, "/var/cache/apk", "/etc/apk/cache")) continue;
                List<Command> cmds = ctx.shell(run).commands();
                if (RunEdits.removes(cmds, "/var/cache/apk")) continue;
                for (PackageOp op : ctx.packageOps(run)) {
                    if (!op.manager().equals("apk") || !op.action().equals("add") || op.hasOption("--no-cache")) continue;
                    // --no-network fetches no index and no package (e.g. a --virtual group over installed ones): nothing to cache.
                    if (op.hasOption("--no-network")) continue;
                    ShellWord at = op.actionWord();
                    List<TextEdit> edits = new ArrayList<>();
                    TextEdit add = RunEdits.optionAfter(ctx, run, at, "--no-cache");
                    if (add != null) edits.add(add);
                    int k = cmds.indexOf(op.command());
                    if (add != null && !run.execForm && k > 0 && "&&".equals(cmds.get(k).opBefore())) {
                        Command prev = cmds.get(k - 1);
                        boolean update = PackageOp.of(prev).filter(p -> p.manager().equals("apk") && p.action().equals("update")).isPresent();
                        if (update && prev.opBefore() == null || update && "&&".equals(prev.opBefore())) {
                            edits.add(ctx.replace(new dev.dockmentor.text.Range(prev.range().start(), op.command().range().start()), ""));
                        }
                    }
                    ctx.report(at.range(),
                            "apk add without --no-cache keeps the package index in /var/cache/apk in this layer: use --no-cache "
                                    + "(it also makes a separate 'apk update' unnecessary)",
                            "apk add sin --no-cache deja el índice de paquetes en /var/cache/apk en esta capa: usa --no-cache "
                                    + "(también hace innecesario un 'apk update' aparte)")
                            .fix(Msg.of("Add --no-cache", "Añadir --no-cache"), true, edits);
                }
            }
        }
    }
}
