package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.EnvVar;
import dev.dockmentor.compose.Interpolation;
import dev.dockmentor.compose.Port;
import dev.dockmentor.compose.Ranges;
import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.kb.KnowledgeBase;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "5432:5432" publishes the database on every host interface, often straight past the host firewall (Docker edits iptables). */
public final class PublishedDatabasePort extends Rule implements ComposeCheck {
    public PublishedDatabasePort() {
        super(RuleMeta.of("published-database-port", Severity.WARNING, "Database port published on all interfaces").kinds(FileKind.COMPOSE).productionAdvice());
    }

    private static final java.util.Set<String> BROKERS = java.util.Set.of("rabbitmq", "kafka", "nats", "eclipse-mosquitto", "activemq");

    @Override
    public void check(ComposeContext ctx) {
        for (Service s : ctx.model().containers()) {
            Optional<ImageRef> ref = ComposeRules.image(ctx, s);
            Optional<KnowledgeBase.Database> db = ref.flatMap(ctx.kb()::database);
            if (db.isEmpty() || db.get().port() == null) continue;
            // The server may listen elsewhere (redis-server --port 6380, postgres -p 5433): that port is the database's.
            Integer port = commandPort(s, db.get().image());
            if (port == null) port = db.get().port();
            if (port <= 0) continue; // moved to a port we cannot read, or TCP off (--port 0)
            String moved = port.equals(db.get().port()) ? "" : " (set by its command)";
            String movedEs = port.equals(db.get().port()) ? "" : " (fijado por su command)";
            String authOff = authOff(s, db.get().image());
            // A message broker is no database: the message says what it is.
            boolean broker = BROKERS.contains(db.get().image());
            String what = broker ? "Broker port " : "Database port ", whatEs = broker ? "El puerto del broker " : "El puerto de base de datos ";
            for (Port p : s.ports()) {
                if (!p.valid() || p.hostPort() == null || !p.allInterfaces() || !p.targets(port)) continue;
                Report r = authOff == null
                        ? ctx.report(p.node(), what + port + moved + " of '" + s.name + "' is published on every host interface; "
                                        + "bind it to 127.0.0.1 or drop the mapping (services reach it by name on the compose network)",
                                whatEs + port + movedEs + " de '" + s.name + "' se publica en todas las interfaces del host; "
                                        + "limítalo a 127.0.0.1 o elimina el mapeo (los servicios lo alcanzan por nombre en la red de compose)")
                        : ctx.report(p.node(), what + port + moved + " of '" + s.name + "' is published on every host interface with "
                                        + "its authentication off (" + authOff + "): a password-less database for anyone who reaches the host; "
                                        + "bind it to 127.0.0.1 or drop the mapping, and set a password",
                                whatEs + port + movedEs + " de '" + s.name + "' se publica en todas las interfaces del host con "
                                        + "la autenticación desactivada (" + authOff + "): una base de datos sin contraseña para quien alcance el host; "
                                        + "limítalo a 127.0.0.1 o elimina el mapeo, y pon una contraseña")
                                // Open to the network with no password: as real on a laptop on a shared network as in production.
                                .anyRole();
                Msg title = Msg.of("Bind to 127.0.0.1", "Limitar a 127.0.0.1");
                if (p.node().isMap()) {
                    if (p.node().get("host_ip") != null) r.fix(title, false, ctx.replace(p.node().get("host_ip"), "127.0.0.1"));
                    else r.fix(title, false, ctx.addEntry(p.node(), "host_ip", "127.0.0.1"));
                } else if (p.hostIp() == null && p.node().text() != null) {
                    var at = Ranges.inScalar(p.node(), 0, 0);
                    if (!at.equals(p.node().range)) r.fix(title, false, ctx.replace(p.node(), at, "127.0.0.1:"));
                    else r.fix(title, false, ctx.replace(p.node(), ctx.writer().quoted("127.0.0.1:" + p.node().text())));
                }
            }
        }
    }

    /**
     * The port the service's command moves the server to: {@code --port 6380}, {@code --port=6380}; for postgres also
     * {@code -p 5433} and {@code -c port=5433}, for mysql {@code -P 3307}. Null when the command sets none, -1 when the
     * value is not a number we can read (a variable Compose leaves unset).
     */
    static Integer commandPort(Service s, String family) {
        YNode c = s.get("command");
        if (c == null) return null;
        List<String> words = new ArrayList<>();
        if (c.isSeq()) {
            for (YNode i : c.items) if (i.text() != null) words.addAll(List.of(i.text().split("\\s+")));
        } else if (c.text() != null) {
            words.addAll(List.of(c.text().split("\\s+")));
        }
        // Word by word: an unset variable makes only its own word unknown.
        words.replaceAll(w -> resolve(s, w.replaceAll("^[\"']+|[\"']+$", "")));
        boolean postgres = family.equals("postgres");
        boolean mysql = family.equals("mysql") || family.equals("mariadb");
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : null;
            String v = null;
            if (w.equals("--port") || (postgres && w.equals("-p")) || (mysql && w.equals("-P"))) v = next;
            else if (w.startsWith("--port=")) v = w.substring(7);
            else if (postgres && w.equals("-c") && next != null && next.startsWith("port=")) v = next.substring(5);
            if (v == null) continue;
            return v.matches("\\d{1,5}") ? Integer.valueOf(v) : -1;
        }
        return null;
    }

    private static String resolve(Service s, String raw) {
        return Interpolation.resolve(raw, s.env()).textOr("$");
    }

    /**
     * The setting that turns the database's password off, as written, or null: trust authentication for postgres, an
     * empty root password allowed for mysql/mariadb (when no root password is set), bitnami's ALLOW_EMPTY_PASSWORD.
     * A redis without requirepass is not evidence enough: the image or a config file may set it.
     */
    static String authOff(Service s, String family) {
        Map<String, String> env = new HashMap<>();
        for (EnvVar e : s.environment()) {
            if (e.value() == null) continue;
            Interpolation.Value v = Interpolation.resolve(e.value(), s.env());
            // Taken from the environment (${DB_PASSWORD}) and unknown here: set by whoever runs it, not empty.
            env.put(e.name(), v.known() ? v.textOr("") : "${…}");
        }
        String trust = env.get("POSTGRES_HOST_AUTH_METHOD");
        if (family.equals("postgres") && trust != null && trust.strip().equalsIgnoreCase("trust")) return "POSTGRES_HOST_AUTH_METHOD: trust";
        if (yes(env.get("ALLOW_EMPTY_PASSWORD"))) return "ALLOW_EMPTY_PASSWORD: " + env.get("ALLOW_EMPTY_PASSWORD");
        if (family.equals("mysql") || family.equals("mariadb")) {
            boolean rootPassword = !env.getOrDefault("MYSQL_ROOT_PASSWORD", "").isBlank() || !env.getOrDefault("MARIADB_ROOT_PASSWORD", "").isBlank()
                    || env.containsKey("MYSQL_ROOT_PASSWORD_FILE") || env.containsKey("MARIADB_ROOT_PASSWORD_FILE");
            for (String k : new String[] {"MYSQL_ALLOW_EMPTY_PASSWORD", "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "MARIADB_ALLOW_EMPTY_PASSWORD"}) {
                if (yes(env.get(k)) && !rootPassword) return k + ": " + env.get(k);
            }
        }
        return null;
    }

    private static boolean yes(String v) {
        return v != null && v.strip().matches("(?i)yes|true|1");
    }
}
