package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Port;
import dev.dockmentor.compose.Ranges;
import dev.dockmentor.compose.Service;
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
import java.util.Optional;

/** "5432:5432" publishes the database on every host interface, often straight past the host firewall (Docker edits iptables). */
public final class PublishedDatabasePort extends Rule implements ComposeCheck {
    public PublishedDatabasePort() {
        super(RuleMeta.of("published-database-port", Severity.WARNING, "Database port published on all interfaces").kinds(FileKind.COMPOSE).productionAdvice());
    }

    @Override
    public void check(ComposeContext ctx) {
        for (Service s : ctx.model().containers()) {
            Optional<ImageRef> ref = ComposeRules.image(ctx, s);
            Optional<KnowledgeBase.Database> db = ref.flatMap(ctx.kb()::database);
            if (db.isEmpty() || db.get().port() == null) continue;
            for (Port p : s.ports()) {
                if (!p.valid() || p.hostPort() == null || !p.allInterfaces() || !p.targets(db.get().port())) continue;
                Report r = ctx.report(p.node(), "Database port " + db.get().port() + " of '" + s.name + "' is published on every host interface; "
                                + "bind it to 127.0.0.1 or drop the mapping (services reach it by name on the compose network)",
                        "El puerto de base de datos " + db.get().port() + " de '" + s.name + "' se publica en todas las interfaces del host; "
                                + "limítalo a 127.0.0.1 o elimina el mapeo (los servicios lo alcanzan por nombre en la red de compose)");
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
}
