package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;

/** {@code privileged: true} gives the container every capability and the host's devices: a container escape is one step away. */
public final class PrivilegedContainer extends Rule implements ComposeCheck {
    public PrivilegedContainer() {
        super(RuleMeta.of("privileged-container", Severity.WARNING, "Container runs privileged").kinds(FileKind.COMPOSE).productionAdvice());
    }

    private static final java.util.regex.Pattern HOST_AGENT = java.util.regex.Pattern.compile(
            "(?i)(?:^|/)(?:[\\w.-]*-)?(?:agent|node-agent|ebpf[\\w-]*|cadvisor|node-exporter|falco|sysdig|netdata|dind|docker:[\\w.-]*dind[\\w.-]*)(?:[:@]|$)");

    @Override
    public void check(ComposeContext ctx) {
        for (Service s : ctx.model().containers()) {
            YNode p = s.get("privileged");
            if (p == null || !p.isTrue()) continue;
            var r = ctx.report(p, "Service '" + s.name + "' runs privileged: every capability and all host devices; prefer cap_add with only what it needs",
                    "El servicio '" + s.name + "' se ejecuta en modo privilegiado: todas las capacidades y todos los dispositivos del host; "
                            + "mejor cap_add solo con lo que necesite");
            // Host agents (eBPF, node and container monitoring, Docker-in-Docker) need the host by design: advice.
            String image = s.imageText();
            if (image != null && HOST_AGENT.matcher(image.strip()).find()) r.severity(Severity.INFO);
        }
    }
}
