package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Port;
import dev.dockmentor.compose.Service;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;
import java.util.HashMap;
import java.util.Map;

/** Two mappings of one host port (and interface): the second container fails to start with "port is already allocated". */
public final class DuplicateHostPort extends Rule implements ComposeCheck {
    public DuplicateHostPort() {
        super(RuleMeta.of("duplicate-host-port", Severity.ERROR, "Host port published twice").kinds(FileKind.COMPOSE));
    }

    private record Use(Service service, Port port) {}

    @Override
    public void check(ComposeContext ctx) {
        Map<String, Use> seen = new HashMap<>();
        for (Service s : ctx.model().services.values()) {
            if (s.has("profiles")) continue; // services in profiles rarely run together
            for (Port p : s.ports()) {
                if (!p.valid() || p.hostPort() == null) continue;
                String ip = p.allInterfaces() ? "*" : p.hostIp();
                for (int port : expand(p.hostPort())) {
                    String key = port + "/" + p.protocol();
                    Use prev = seen.get(ip + "|" + key);
                    if (prev == null && ip.equals("*")) prev = seen.entrySet().stream().filter(e -> e.getKey().endsWith("|" + key))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                    if (prev == null) prev = seen.get("*|" + key);
                    if (prev != null && prev.port().node() == p.node()) {
                        // The same mapping reached through one YAML anchor (<<: *server): variants of one service,
                        // usually started one at a time; a plain up of both still fails, so it is said, as a warning.
                        ctx.report(p.node(), "Host port " + port + " is published by both '" + prev.service().name + "' and '" + s.name
                                        + "', which share this mapping through a YAML anchor: running both (a plain docker compose up) fails; "
                                        + "if they are alternatives, put them in profiles",
                                "El puerto " + port + " del host lo publican '" + prev.service().name + "' y '" + s.name
                                        + "', que comparten este mapeo por un ancla YAML: ejecutar ambos (un docker compose up sin más) falla; "
                                        + "si son alternativas, ponlos en perfiles")
                                .severity(dev.dockmentor.rules.Severity.WARNING);
                        break;
                    }
                    if (prev != null) {
                        ctx.report(p.node(), "Host port " + port + " is already published by '" + prev.service().name
                                        + "' (line " + (prev.port().node().startLine() + 1) + "): the second container cannot start",
                                        "El puerto " + port + " del host ya lo publica '" + prev.service().name
                                        + "' (línea " + (prev.port().node().startLine() + 1) + "): el segundo contenedor no puede arrancar")
                                .related(prev.port().node().path, prev.port().node().range,
                                        Msg.of("first published here", "publicado primero aquí"));
                        break;
                    }
                    seen.put(ip + "|" + key, new Use(s, p));
                }
            }
        }
    }

    private static int[] expand(String spec) {
        String[] p = spec.split("-");
        try {
            int lo = Integer.parseInt(p[0]);
            int hi = p.length > 1 ? Integer.parseInt(p[1]) : lo;
            if (hi < lo || hi - lo > 1000) return new int[] {lo};
            int[] out = new int[hi - lo + 1];
            for (int i = 0; i < out.length; i++) out[i] = lo + i;
            return out;
        } catch (NumberFormatException e) {
            return new int[0];
        }
    }
}
