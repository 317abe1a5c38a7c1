package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;

/** Every service on one implicit network can reach every other: declared networks separate front from back. */
public final class DefaultNetwork extends Rule implements ComposeCheck {
    public DefaultNetwork() {
        super(RuleMeta.of("default-network", Severity.INFO, "Services rely on the implicit default network").strict().kinds(FileKind.COMPOSE));
    }

    @Override
    public void check(ComposeContext ctx) {
        if (ctx.project().isFragment() || ctx.model().top("networks") != null) return;
        YNode.Entry services = ctx.model().root == null ? null : ctx.model().root.entry("services");
        if (services == null || ctx.model().containers().size() < 2) return;
        for (Service s : ctx.model().containers()) if (s.has("networks") || s.has("network_mode")) return;
        ctx.report(services.key(), "All services share the implicit default network, so each can reach all others; declare networks to separate them",
                "Todos los servicios comparten la red implícita por defecto y cada uno alcanza a todos los demás; declara redes para separarlos");
    }
}
