package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;

/** Compose v2 ignores the top-level version: and warns about it; it suggests a format choice that no longer exists. */
public final class ObsoleteVersion extends Rule implements ComposeCheck {
    public ObsoleteVersion() {
        super(RuleMeta.of("obsolete-version", Severity.WARNING, "Top-level version is obsolete").kinds(FileKind.COMPOSE));
    }

    @Override
    public void check(ComposeContext ctx) {
        YNode root = ctx.file().root;
        YNode.Entry v = root == null ? null : root.entry("version");
        if (v == null || v.merged()) return;
        ctx.report(v.key(), "The top-level 'version' is obsolete: Compose v2 ignores it (and warns); delete it",
                        "La clave 'version' de nivel superior está obsoleta: Compose v2 la ignora (y avisa); elimínala")
                .deprecated()
                .fix(Msg.of("Delete version", "Eliminar version"), true, ctx.deleteEntryLines(v));
    }
}
