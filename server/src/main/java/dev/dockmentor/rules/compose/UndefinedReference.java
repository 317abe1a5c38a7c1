package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.Volume;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.compose.YamlWriter;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;
import dev.dockmentor.text.Range;
import java.util.Map;

/** A named volume, network, secret or config that the top level does not declare: compose up refuses the project. */
public final class UndefinedReference extends Rule implements ComposeCheck {
    private static final java.util.regex.Pattern VALID_NAME = java.util.regex.Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    public UndefinedReference() {
        super(RuleMeta.of("undefined-reference", Severity.ERROR, "Undeclared volume, network, secret or config").kinds(FileKind.COMPOSE));
    }

    @Override
    public void check(ComposeContext ctx) {
        if (ctx.project().isFragment()) return;
        for (Service s : ctx.model().services.values()) {
            for (Volume v : s.volumes()) {
                if (!v.isNamed() || v.source().contains("$")) continue;
                YNode at = v.node().isMap() ? v.node().get("source") : v.node();
                verify(ctx, s, "volumes", "volume", "volumen", v.source(), at);
            }
            for (YNode n : s.names("networks")) if (!"default".equals(n.text())) verify(ctx, s, "networks", "network", "red", n.text(), n);
            for (YNode n : s.names("secrets")) verify(ctx, s, "secrets", "secret", "secreto", n.text(), n);
            for (YNode n : s.names("configs")) verify(ctx, s, "configs", "config", "config", n.text(), n);
        }
    }

    private void verify(ComposeContext ctx, Service s, String top, String what, String que, String name, YNode at) {
        if (name == null || name.contains("$")) return;
        Map<String, YNode> declared = ctx.model().declared(top);
        if (declared.containsKey(name)) return;
        // Declared by the file that includes this one: Compose checks references on the merged project.
        if (ctx.project().declaredByIncluder(top).containsKey(name)) return;
        Range nameRange = dev.dockmentor.compose.Ranges.inScalar(at, 0, Math.min(name.length(), at.value() == null ? 0 : at.value().length()));
        // Declared by another file of the folder: an overlay passed with its own -f, a dev container's partner, an example.
        if (PartnerNames.handled(ctx, at, nameRange, top, name, "'" + s.name + "' uses the " + what + " '" + name + "'",
                "'" + s.name + "' usa " + (what.equals("network") ? "la " : "el ") + que + " '" + name + "'")) return;
        String above = ctx.project().declaredAbove(top).get(name);
        if (above != null) {
            // Declared by a compose file in a folder above: this one is likely merged after it (-f that -f this).
            ctx.report(at, dev.dockmentor.compose.Ranges.inScalar(at, 0, Math.min(name.length(), at.value() == null ? 0 : at.value().length())),
                    "'" + s.name + "' uses the " + what + " '" + name + "', which this file does not declare but " + above
                            + " does: fine when this file is merged after it (-f " + above + " -f …); alone, docker compose up fails",
                    "'" + s.name + "' usa " + (what.equals("network") ? "la " : "el ") + que + " '" + name + "', que este archivo no declara pero "
                            + above + " sí: bien si este archivo se combina tras él (-f " + above + " -f …); solo, docker compose up falla")
                    .severity(Severity.INFO);
            return;
        }
        var guess = Suggest.closest(name, declared.keySet(), n -> true, ctx.suggestions());
        Report r = ctx.report(at, dev.dockmentor.compose.Ranges.inScalar(at, 0, Math.min(name.length(), at.value() == null ? 0 : at.value().length())),
                "'" + s.name + "' uses the " + what + " '" + name + "', which the top-level '" + top + "' does not declare"
                        + guess.map(g -> ": did you mean '" + g + "'?").orElse(""),
                "'" + s.name + "' usa " + (what.equals("network") ? "la " : "el ") + que + " '" + name + "', que '" + top
                        + "' de nivel superior no declara" + guess.map(g -> ": ¿quisiste decir '" + g + "'?").orElse(""));
        if (what.equals("secret") || what.equals("config")) return; // declaring needs a file or external: nothing safe to write
        if (!VALID_NAME.matcher(name).matches()) return; // not a name Compose accepts (a line break, a colon): nothing to declare
        YNode topNode = ctx.model().top(top);
        Msg title = Msg.of("Declare " + what + " '" + name + "'", "Declarar " + que + " '" + name + "'");
        if (topNode != null && topNode.isMap() && at.path.equals(topNode.path)) {
            r.fix(title, false, ctx.addEntry(topNode, name, new YamlWriter.Raw("{}")));
        } else if (topNode == null && ctx.file().root != null && at.path.equals(ctx.path())) {
            r.fix(title, false, ctx.addEntry(ctx.file().root, top, Map.of(name, new YamlWriter.Raw("{}"))));
        }
    }
}
