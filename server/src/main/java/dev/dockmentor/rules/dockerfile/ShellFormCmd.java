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
import java.util.Optional;

/**
 * Shell-form CMD/ENTRYPOINT runs under {@code /bin/sh -c}: the shell is PID 1, SIGTERM never
 * reaches the app, and {@code docker stop} waits 10 s and then kills it without a clean shutdown.
 */
public final class ShellFormCmd extends Rule implements DockerfileCheck {
    public ShellFormCmd() {
        super(RuleMeta.of("shell-form-cmd", Severity.INFO, "CMD/ENTRYPOINT in shell form")
                .aliases("DL3025", "JSONArgsRecommended"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        Stage fin = ctx.shippedStage().orElse(null);
        if (fin == null || ctx.kb().hasNoShell(fin.root().image)) return; // shell-form-no-shell reports those
        boolean hasCmd = !fin.all("CMD").isEmpty();
        for (Instruction ins : fin.instructions) {
            if (!(ins.is("CMD") || ins.is("ENTRYPOINT")) || ins.execForm || ins.jsonLike || ins.argsText().isEmpty()) continue;
            Report r = ctx.report(ins.argsRange(),
                    ins.keyword + " in shell form runs under /bin/sh -c: the shell is PID 1, so SIGTERM never reaches "
                            + "the app and `docker stop` kills it after the timeout; use the JSON (exec) form",
                    ins.keyword + " en forma shell se ejecuta con /bin/sh -c: el shell es el PID 1, así que SIGTERM no "
                            + "llega a la app y `docker stop` la mata al agotar el plazo; usa la forma JSON (exec)");
            Optional<String> exec = RuntimeFacts.execForm(ins.argsText());
            // Exec-form ENTRYPOINT appends CMD to its arguments; shell form ignored it.
            boolean safe = ins.is("CMD") || !hasCmd;
            exec.ifPresent(e -> r.fix(Msg.of("Convert to exec form " + e, "Convertir a la forma exec " + e), safe,
                    ctx.replace(ins.argsRange(), e)));
        }
    }
}
