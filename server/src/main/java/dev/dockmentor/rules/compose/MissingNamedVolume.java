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

/** A database without a named volume on its data path loses its data when the container is recreated. */
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
            if (ref.get().repository().endsWith("redis") && !persistentRedis(s)) continue;
            String data = db.get().dataPath();
            boolean anonymous = false;
            boolean ok = false;
            // An untagged/latest postgres may be a pre-18 image pulled earlier: a volume on the old path counts too,
            // but the path suggested is the 18+ one that today's latest needs.
            String older = db.get().image().equals("postgres") && KnowledgeBase.postgresVersionUnknown(ref.get())
                    ? OLD_POSTGRES_DATA : null;
            for (Volume v : s.volumes()) {
                if (v.target() == null) continue;
                String t = strip(v.target());
                if (!(data.equals(t) || data.startsWith(t + "/") || t.equals(older))) continue;
                if (v.isAnonymous()) anonymous = true;
                else ok = true;
            }
            if (ok) continue;
            if (older == null && data.equals(KnowledgeBase.POSTGRES_18_DATA) && movedOldPostgresMount(ctx, s)) continue;
            Report r = ctx.report(s.key, anonymous
                            ? "'" + s.name + "' keeps its data (" + data + ") on an anonymous volume: it is orphaned when the container is recreated"
                            : "'" + s.name + "' has no volume on its data path " + data + ": the data is lost when the container is recreated",
                    anonymous
                            ? "'" + s.name + "' guarda sus datos (" + data + ") en un volumen anónimo: queda huérfano al recrear el contenedor"
                            : "'" + s.name + "' no tiene volumen en su ruta de datos " + data + ": los datos se pierden al recrear el contenedor");
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
}
