package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Port;
import dev.dockmentor.compose.Service;
import dev.dockmentor.dockerfile.ImageRef;
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
                    String variable = prev == null ? null : variable(p.node()) != null ? variable(p.node()) : variable(prev.port().node());
                    if (variable != null) {
                        // ${PRIVATE_IP:-127.0.0.1}:8404:8404 beside 127.0.0.1:8404:8404: one mapping meant for an address
                        // a deployment sets; the clash is real only where the default stays.
                        ctx.report(p.node(), "Host port " + port + " is also published by '" + prev.service().name + "' (line "
                                        + (prev.port().node().startLine() + 1) + ") while ${" + variable + "} keeps its default: the second "
                                        + "mapping then fails; set " + variable + " or give it a default that differs",
                                "El puerto " + port + " del host también lo publica '" + prev.service().name + "' (línea "
                                        + (prev.port().node().startLine() + 1) + ") mientras ${" + variable + "} tenga su valor por defecto: el "
                                        + "segundo mapeo falla entonces; fija " + variable + " o dale un valor por defecto distinto")
                                .severity(dev.dockmentor.rules.Severity.WARNING)
                                .related(prev.port().node().path, prev.port().node().range, Msg.of("first published here", "publicado primero aquí"));
                        break;
                    }
                    String why = prev == null ? null : alternatives(ctx, prev, new Use(s, p));
                    if (why != null) {
                        // Two servers of one kind on one port (elasticsearch and opensearch, mysql 5 and 8): a menu to
                        // start one of, not a stack to start whole; a plain up of both still fails, so it is said.
                        String[] w = why.split("\n");
                        ctx.report(p.node(), "Host port " + port + " is published by both '" + prev.service().name + "' and '" + s.name
                                        + "', " + w[0] + ": running both (a plain docker compose up) fails; if they are alternatives, put them in profiles",
                                "El puerto " + port + " del host lo publican '" + prev.service().name + "' y '" + s.name
                                        + "', " + w[1] + ": ejecutar ambos (un docker compose up sin más) falla; si son alternativas, ponlos en perfiles")
                                .severity(dev.dockmentor.rules.Severity.WARNING)
                                .related(prev.port().node().path, prev.port().node().range, Msg.of("first published here", "publicado primero aquí"));
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

    /**
     * Why two services publishing one host port look like alternatives, in English and Spanish joined by a newline,
     * or null: two versions of one image, or two backing services (a database, a search engine) behind the same
     * container port. (Two copies of one image on one port are no menu: that is the classic mistake.)
     */
    private static String alternatives(ComposeContext ctx, Use a, Use b) {
        if (a.port().containerPort() == null || !a.port().containerPort().equals(b.port().containerPort())) return null;
        String ia = a.service().imageText(), ib = b.service().imageText();
        if (ia == null || ib == null || a.service().build() != null || b.service().build() != null) return null;
        ImageRef ra = ImageRef.parse(ia), rb = ImageRef.parse(ib);
        if (ra.repository().equalsIgnoreCase(rb.repository())) {
            if (java.util.Objects.equals(ra.tag(), rb.tag())) return null;
            return "two versions of " + ra.repository() + "\ndos versiones de " + ra.repository();
        }
        if (ctx.kb().isBackingService(ra) && ctx.kb().isBackingService(rb)) {
            return "two servers of one kind (" + ra.repository() + ", " + rb.repository() + ") on the same container port"
                    + "\ndos servidores de un mismo tipo (" + ra.repository() + ", " + rb.repository() + ") en el mismo puerto del contenedor";
        }
        return null;
    }

    private static final java.util.regex.Pattern DEFAULTED = java.util.regex.Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):?-[^}]*}");

    /** The variable with a default that a port mapping's text uses ({@code ${PRIVATE_IP:-127.0.0.1}:8404:8404}), or null. */
    private static String variable(dev.dockmentor.compose.YNode node) {
        String t = node.isScalar() ? node.text() : null;
        if (node.isMap()) {
            for (String k : new String[] {"host_ip", "published"}) if (node.get(k) != null && node.get(k).text() != null) t = (t == null ? "" : t) + node.get(k).text();
        }
        if (t == null) return null;
        java.util.regex.Matcher m = DEFAULTED.matcher(t);
        return m.find() ? m.group(1) : null;
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
