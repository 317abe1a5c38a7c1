package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;

/** Without a restart policy a crashed container stays down, and nothing brings it back after a host reboot. */
public final class MissingRestartPolicy extends Rule implements ComposeCheck {
    public MissingRestartPolicy() {
        super(RuleMeta.of("missing-restart-policy", Severity.INFO, "Service has no restart policy").kinds(FileKind.COMPOSE).productionAdvice());
    }

    @Override
    public void check(ComposeContext ctx) {
        if (ctx.project().isFragment()) return;
        for (Service s : ctx.model().containers()) {
            if (s.node == null || s.has("restart") || s.node.get("deploy", "restart_policy") != null) continue;
            if (ctx.serviceRoles().isOneShot(s)) continue; // a job that exits: nothing to restart or keep in bounds
            Report r = ctx.report(s.key, "Service '" + s.name + "' has no restart policy: after a crash or a reboot it stays down",
                    "El servicio '" + s.name + "' no tiene política de reinicio: tras un fallo o un reinicio del host queda parado");
            ctx.addToService(s, "restart", "unless-stopped")
                    .ifPresent(e -> r.fix(Msg.of("Add restart: unless-stopped", "Añadir restart: unless-stopped"), false, e));
        }
    }
}
