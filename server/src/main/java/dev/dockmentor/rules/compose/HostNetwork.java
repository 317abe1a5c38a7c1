package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;

/** {@code network_mode: host} removes network isolation: every port the process opens is open on the host. */
public final class HostNetwork extends Rule implements ComposeCheck {
    public HostNetwork() {
        super(RuleMeta.of("host-network", Severity.WARNING, "Service uses the host network").kinds(FileKind.COMPOSE).productionAdvice());
    }

    @Override
    public void check(ComposeContext ctx) {
        for (Service s : ctx.model().containers()) {
            YNode n = s.get("network_mode");
            if (n == null || !"host".equals(n.text())) continue;
            ctx.report(n, "Service '" + s.name + "' shares the host's network stack: no isolation, and every port it opens is open on the host",
                    "El servicio '" + s.name + "' comparte la red del host: sin aislamiento, y cada puerto que abre queda abierto en el host");
        }
    }
}
