package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Dependency;
import dev.dockmentor.compose.Ranges;
import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.text.Range;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;
import java.util.HashSet;
import java.util.Set;

/** depends_on, links, extends, network_mode: service:X and volumes_from must name a service of the project, or compose up fails. */
public final class UnknownService extends Rule implements ComposeCheck {
    public UnknownService() {
        super(RuleMeta.of("unknown-service", Severity.ERROR, "Reference to a service that does not exist").kinds(FileKind.COMPOSE));
    }

    @Override
    public void check(ComposeContext ctx) {
        if (ctx.project().isFragment()) return;
        Set<String> names = ctx.model().services.keySet();
        for (Service s : ctx.model().services.values()) {
            // A name the same list or mapping already holds is no suggestion: the fix would write a duplicate.
            Set<String> dependsOn = new HashSet<>();
            for (Dependency d : s.dependsOn()) dependsOn.add(d.service());
            for (Dependency d : s.dependsOn()) verify(ctx, s, d.nameNode(), d.service(), 0, names, dependsOn);
            YNode links = s.get("links");
            if (links != null && links.isSeq()) {
                Set<String> linked = new HashSet<>();
                for (YNode l : links.items) if (l.text() != null) linked.add(l.text().split(":")[0]);
                for (YNode l : links.items) if (l.text() != null) verify(ctx, s, l, l.text().split(":")[0], 0, names, linked);
            }
            YNode ext = s.get("extends");
            if (ext != null && ext.isMap() && ext.get("file") == null && ext.get("service") != null && ext.get("service").text() != null) {
                verify(ctx, s, ext.get("service"), ext.get("service").text(), 0, names, Set.of());
            } else if (ext != null && ext.isScalar() && ext.text() != null) {
                verify(ctx, s, ext, ext.text(), 0, names, Set.of());
            }
            YNode nm = s.get("network_mode");
            if (nm != null && nm.text() != null && nm.text().startsWith("service:")) verify(ctx, s, nm, nm.text().substring(8), 8, names, Set.of());
            YNode vf = s.get("volumes_from");
            if (vf != null && vf.isSeq()) {
                Set<String> from = new HashSet<>();
                for (YNode v : vf.items) if (v.text() != null) from.add(v.text().split(":")[0]);
                for (YNode v : vf.items) {
                    if (v.text() == null || v.text().startsWith("container:")) continue;
                    verify(ctx, s, v, v.text().split(":")[0], 0, names, from);
                }
            }
        }
    }

    private void verify(ComposeContext ctx, Service s, YNode at, String name, int offset, Set<String> names, Set<String> taken) {
        if (names.contains(name) || name.contains("$")) return;
        // Defined by the file that includes this one, or a file it includes: there in the merged project.
        if (ctx.project().declaredByIncluder("services").containsKey(name)) return;
        Range r = Ranges.inScalar(at, offset, offset + name.length());
        if (PartnerNames.handled(ctx, at, r, "services", name, "'" + s.name + "' refers to service '" + name + "'",
                "'" + s.name + "' hace referencia al servicio '" + name + "'")) return;
        var guess = Suggest.closest(name, names, n -> !taken.contains(n), ctx.suggestions());
        Report rep = ctx.report(at, r, "'" + s.name + "' refers to service '" + name + "', which does not exist"
                        + guess.map(g -> ": did you mean '" + g + "'?").orElse(""),
                "'" + s.name + "' hace referencia al servicio '" + name + "', que no existe"
                        + guess.map(g -> ": ¿quisiste decir '" + g + "'?").orElse(""));
        if (!r.equals(at.range) || at.value().equals(name)) {
            guess.ifPresent(g -> rep.fix(Msg.of("Change to '" + g + "'", "Cambiar a '" + g + "'"), false, ctx.replace(at, r, g)));
        }
    }
}
