package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.Volume;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.kb.KnowledgeBase;
import dev.dockmentor.text.TextEdit;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A database without a named volume on its data path: Compose carries anonymous volumes over when {@code up}
 * recreates the container, but after {@code docker compose down} or {@code rm} the next container starts empty.
 */
public final class MissingNamedVolume extends Rule implements ComposeCheck {
    public MissingNamedVolume() {
        super(RuleMeta.of("missing-named-volume", Severity.WARNING, "Database data is not on a named volume").kinds(FileKind.COMPOSE).productionAdvice());
    }

    @Override
    public void check(ComposeContext ctx) {
        if (ctx.project().isFragment()) return;
        for (Service s : ctx.model().services.values()) {
            if (s.node == null) continue;
            Optional<ImageRef> ref = ComposeRules.image(ctx, s);
            Optional<KnowledgeBase.Database> db = ref.flatMap(ctx.kb()::database);
            if (db.isEmpty() || db.get().dataPath() == null) continue;
            if (db.get().image().equals("redis") && !persistentRedis(s)) continue;
            // A data-only container (command: /bin/true) runs no database: its volumes are its whole purpose.
            if (dataOnly(s)) continue;
            String data = db.get().dataPath();
            // PGDATA moves postgres's data folder: the volume must cover that path.
            String pgdata = pgdataOf(s);
            if (db.get().dataPath().startsWith("/var/lib/postgresql") && pgdata != null && pgdata.startsWith("/") && !pgdata.contains("$")) data = strip(pgdata);
            boolean anonymous = false;
            boolean ok = false;
            // An untagged/latest postgres may be a pre-18 image pulled earlier: a volume on the old path counts too,
            // but the path suggested is the 18+ one that today's latest needs.
            String older = db.get().image().equals("postgres") && KnowledgeBase.postgresVersionUnknown(ref.get())
                    ? OLD_POSTGRES_DATA : null;
            for (Volume v : s.volumes()) {
                if (v.target() == null) continue;
                String t = strip(v.target());
                // postgres 18 keeps PGDATA in /var/lib/postgresql/18/docker: a volume exactly there keeps the data too.
                boolean versioned = data.equals(KnowledgeBase.POSTGRES_18_DATA) && t.matches("/var/lib/postgresql/\\d+/docker");
                if (!(data.equals(t) || data.startsWith(t + "/") || t.equals(older) || versioned)) continue;
                if (v.isAnonymous()) anonymous = true;
                else ok = true;
            }
            if (ok) continue;
            // tmpfs on the data path: throwaway data on purpose (a test database), no anonymous volume is made.
            if (onTmpfs(s, data, older)) continue;
            // volumes_from: the data is on the source service's volumes (the legacy data-container pattern).
            Shared shared = ok || anonymous ? Shared.NONE : sharedFrom(ctx, s, data, older);
            if (shared == Shared.NAMED) continue;
            if (shared != Shared.NONE) {
                String from = shared.source;
                ctx.report(s.key, shared.dataOnly
                                ? "'" + s.name + "': data lives in the legacy data container '" + from + "' (volumes_from): its anonymous volume is "
                                        + "left behind by docker compose down or rm, and the next up starts empty; use a named volume"
                                : "'" + s.name + "': data lives on an anonymous volume of '" + from + "' (volumes_from): it is left behind by "
                                        + "docker compose down or rm, and the next up starts empty; use a named volume",
                        shared.dataOnly
                                ? "'" + s.name + "': los datos viven en el contenedor de datos heredado '" + from + "' (volumes_from): docker compose "
                                        + "down o rm abandonan su volumen anónimo y el siguiente up arranca vacío; usa un volumen con nombre"
                                : "'" + s.name + "': los datos viven en un volumen anónimo de '" + from + "' (volumes_from): docker compose down o rm "
                                        + "lo abandonan y el siguiente up arranca vacío; usa un volumen con nombre")
                        .severity(Severity.INFO);
                continue;
            }
            if (older == null && data.equals(KnowledgeBase.POSTGRES_18_DATA) && movedOldPostgresMount(ctx, s)) continue;
            // Compose carries anonymous volumes over when up recreates a container; down and rm leave them behind
            // (down -v deletes them), so the next container starts empty.
            Report r = ctx.report(s.key, anonymous
                            ? "'" + s.name + "' keeps its data (" + data + ") on an anonymous volume: docker compose up keeps it when it recreates "
                                    + "the container, but docker compose down or rm leave it behind (down -v deletes it) and the next up starts empty"
                            : "'" + s.name + "' has no named volume on its data path " + data + ": docker compose down or rm leave the image's "
                                    + "anonymous volume behind (down -v deletes it) and the next up starts empty; without a VOLUME in the "
                                    + "image the data goes with the container",
                    anonymous
                            ? "'" + s.name + "' guarda sus datos (" + data + ") en un volumen anónimo: docker compose up lo conserva al recrear "
                                    + "el contenedor, pero docker compose down o rm lo abandonan (down -v lo borra) y el siguiente up arranca vacío"
                            : "'" + s.name + "' no tiene volumen con nombre en su ruta de datos " + data + ": docker compose down o rm abandonan "
                                    + "el volumen anónimo de la imagen (down -v lo borra) y el siguiente up arranca vacío; sin VOLUME en la "
                                    + "imagen los datos se van con el contenedor");
            if (anonymous) continue;
            // A volume name Compose accepts ([a-zA-Z0-9][a-zA-Z0-9_.-]*): a service named 'api:b' gave 'api:b-data',
            // which the volume syntax splits at the colon (fuzzing).
            String name = s.name.replaceAll("[^a-zA-Z0-9_.-]", "-").replaceFirst("^[^a-zA-Z0-9]", "v") + "-data";
            List<TextEdit> edits = new ArrayList<>();
            YNode vols = s.get("volumes");
            if (vols != null && vols.isSeq()) edits.add(ctx.addItem(vols, name + ":" + data));
            else if (vols == null) ctx.addToService(s, "volumes", List.of(name + ":" + data)).ifPresent(edits::add);
            YNode top = ctx.model().top("volumes");
            // Already declared at the top level (fuzzing: declaring it again made a duplicate key): reuse it.
            boolean declared = top != null && top.isMap() && top.has(name);
            if (declared) {
                // nothing to declare
            } else if (top != null && top.isMap() && top.path.equals(ctx.path())) {
                edits.add(ctx.addEntry(top, name, new dev.dockmentor.compose.YamlWriter.Raw("{}")));
            } else if (top == null && ctx.file().root != null) {
                edits.add(ctx.addEntry(ctx.file().root, "volumes", Map.of(name, new dev.dockmentor.compose.YamlWriter.Raw("{}"))));
            }
            if (edits.size() == (declared ? 1 : 2)) {
                r.fix(Msg.of("Add named volume '" + name + "'", "Añadir el volumen con nombre '" + name + "'"), false, edits);
            }
        }
    }

    static final String OLD_POSTGRES_DATA = "/var/lib/postgresql/data";

    /** How a volumes_from source holds the data path: not at all, on a named volume, or on an anonymous one. */
    private record Shared(String source, boolean named, boolean dataOnly) {
        static final Shared NONE = new Shared(null, false, false);
        static final Shared NAMED = new Shared(null, true, false);
    }

    /**
     * The volumes a service inherits through {@code volumes_from: [x]} (x:ro, service:x; container:x is outside the
     * project and unknown). A source covers the data path with its own volumes, or, when it runs the same database
     * image, with the anonymous volume of that image's VOLUME.
     */
    /** PGDATA as the service's environment writes it (map or list form). */
    private static String pgdataOf(Service s) {
        for (dev.dockmentor.compose.EnvVar e : s.environment()) if (e.name().strip().equals("PGDATA") && e.value() != null) return e.value().strip();
        return null;
    }

    private static Shared sharedFrom(ComposeContext ctx, Service s, String data, String older) {
        YNode vf = s.get("volumes_from");
        if (vf == null || !vf.isSeq()) return Shared.NONE;
        Shared found = Shared.NONE;
        for (YNode item : vf.items) {
            if (item.text() == null || item.text().startsWith("container:")) continue;
            String name = item.text().startsWith("service:") ? item.text().substring(8) : item.text();
            name = name.split(":")[0];
            Service src = ctx.model().services.get(name);
            if (src == null || src == s) continue;
            boolean anonymous = false;
            for (Volume v : src.volumes()) {
                if (v.target() == null) continue;
                String t = strip(v.target());
                // postgres 18 keeps PGDATA in /var/lib/postgresql/18/docker: a volume exactly there keeps the data too.
                boolean versioned = data.equals(KnowledgeBase.POSTGRES_18_DATA) && t.matches("/var/lib/postgresql/\\d+/docker");
                if (!(data.equals(t) || data.startsWith(t + "/") || t.equals(older) || versioned)) continue;
                if (!v.isAnonymous()) return Shared.NAMED;
                anonymous = true;
            }
            if (!anonymous) {
                Optional<KnowledgeBase.Database> same = ComposeRules.image(ctx, src).flatMap(ctx.kb()::database);
                anonymous = same.isPresent() && data.equals(same.get().dataPath());
            }
            if (anonymous && found == Shared.NONE) found = new Shared(name, false, dataOnly(src));
        }
        return found;
    }

    /** A container that only holds volumes: its command (or entrypoint) does nothing, or waits forever. */
    static boolean dataOnly(Service s) {
        for (String key : new String[] {"command", "entrypoint"}) {
            YNode c = s.get(key);
            if (c == null) continue;
            String t = c.isSeq() ? String.join(" ", c.items.stream().map(i -> String.valueOf(i.text())).toList()) : String.valueOf(c.text());
            t = t.strip().replaceFirst("^(/bin/)?sh -c\\s+", "").replaceAll("^[\"']|[\"']$", "").strip();
            if (t.matches("(/usr)?(/bin/)?true|(/usr)?(/bin/)?echo(\\s[^;&|]*)?|(/usr)?(/bin/)?tail -f /dev/null|(/usr)?(/bin/)?sleep infinity|exit 0")) return true;
            // The image's client tools instead of its server (a pg_isready probe, a dump job): no data of its own.
            if (CLIENT_ONLY.matcher(t).find()) return true;
        }
        return false;
    }

    /** A command that starts with (or loops on) a database client rather than the server. */
    private static final java.util.regex.Pattern CLIENT_ONLY = java.util.regex.Pattern.compile(
            "^(?:(?:until|while)\\s+)?(?:pg_isready|psql|pg_dump|pg_dumpall|pg_restore|pg_basebackup|mysql|mysqldump|mysqladmin|mariadb|mariadb-dump"
                    + "|mongosh|mongo|mongodump|mongorestore|redis-cli|cqlsh)\\b");

    /**
     * postgres 18+ with a volume still on the pre-18 path, as left by bumping the tag: its entrypoint exits at
     * start. Reported on that mount, with a fix that moves it to /var/lib/postgresql (adding a second volume
     * would leave the mount that stops the container). False when there is no such mount.
     */
    private boolean movedOldPostgresMount(ComposeContext ctx, Service s) {
        boolean found = false;
        for (Volume v : s.volumes()) {
            if (v.target() == null || v.isAnonymous() || !strip(v.target()).equals(OLD_POSTGRES_DATA)) continue;
            found = true;
            YNode at = v.node().isMap() ? v.node().get("target") : v.node();
            if (at == null || at.value() == null) at = v.node();
            Report r = ctx.report(at, "'" + s.name + "' runs postgres 18 or later, whose entrypoint exits when something is mounted at "
                            + OLD_POSTGRES_DATA + ": mount the volume at " + KnowledgeBase.POSTGRES_18_DATA
                            + " (the data of an older major needs pg_upgrade or a dump and restore)",
                    "'" + s.name + "' ejecuta postgres 18 o posterior, cuyo entrypoint termina si hay algo montado en "
                            + OLD_POSTGRES_DATA + ": monta el volumen en " + KnowledgeBase.POSTGRES_18_DATA
                            + " (los datos de una versión mayor anterior necesitan pg_upgrade o un volcado y restauración)");
            if (!at.isScalar() || at.value() == null || ctx.shared(at)) continue;
            // The target inside "name:/var/lib/postgresql/data[:opts]", or the long syntax's target: value.
            int colon = at.value().indexOf(":" + OLD_POSTGRES_DATA);
            int from = v.node().isMap() ? 0 : colon + 1;
            if (v.node().isMap() ? !strip(at.value()).equals(OLD_POSTGRES_DATA) : colon < 0) continue; // interpolated: no edit
            int to = from + OLD_POSTGRES_DATA.length();
            if (to < at.value().length() && at.value().charAt(to) == '/') to++;
            if (to < at.value().length() && at.value().charAt(to) != ':') continue;
            dev.dockmentor.text.Range range = dev.dockmentor.compose.Ranges.inScalar(at, from, to);
            if (range.equals(at.range) && !(from == 0 && to == at.value().length())) continue; // not exact: no edit
            r.fix(Msg.of("Mount it at " + KnowledgeBase.POSTGRES_18_DATA, "Montarlo en " + KnowledgeBase.POSTGRES_18_DATA), false,
                    ctx.replace(at, range, KnowledgeBase.POSTGRES_18_DATA));
        }
        return found;
    }

    private static String strip(String p) {
        return p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
    }

    private static boolean persistentRedis(Service s) {
        YNode c = s.get("command");
        if (c == null) return false;
        String t = c.isSeq() ? String.join(" ", c.items.stream().map(i -> String.valueOf(i.text())).toList()) : String.valueOf(c.text());
        return t.matches("(?s).*--appendonly\\s+yes.*|.*--save\\s+\\d.*");
    }

    /** The data path is mounted as tmpfs ({@code tmpfs: [/var/lib/mysql]}, or a volume of type tmpfs). */
    private static boolean onTmpfs(Service s, String data, String older) {
        YNode t = s.get("tmpfs");
        java.util.List<String> paths = new java.util.ArrayList<>();
        if (t != null && t.isScalar() && t.text() != null) paths.add(t.text());
        if (t != null && t.isSeq()) for (YNode i : t.items) if (i.text() != null) paths.add(i.text());
        for (Volume v : s.volumes()) {
            if (v.node().isMap() && "tmpfs".equals(v.node().str("type")) && v.target() != null) paths.add(v.target());
        }
        for (String p : paths) {
            String target = strip(p.split(":")[0].strip());
            if (data.equals(target) || data.startsWith(target + "/") || target.equals(older)) return true;
        }
        return false;
    }
}
