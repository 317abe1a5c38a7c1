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
            if (!s.ports().isEmpty()) {
                // With the host network, Compose discards published ports: the mapping written here does nothing.
                ctx.report(n, "Service '" + s.name + "' uses the host network, so its 'ports:' are discarded: every port it opens is open on the host as it is, with no isolation",
                        "El servicio '" + s.name + "' usa la red del host, así que sus 'ports:' se descartan: cada puerto que abre queda abierto en el host tal cual, sin aislamiento");
                continue;
            }
            // Monitoring agents, VPNs and discovery need the host's network on purpose: a choice to review, not a sure problem.
            ctx.report(n, "Service '" + s.name + "' shares the host's network stack: no isolation, and every port it opens is open on the host; keep it only if it needs the host's interfaces (monitoring, VPN, discovery)",
                    "El servicio '" + s.name + "' comparte la red del host: sin aislamiento, y cada puerto que abre queda abierto en el host; mantenlo solo si necesita las interfaces del host (monitorización, VPN, descubrimiento)")
                    .severity(Severity.INFO);
        }
    }
}
