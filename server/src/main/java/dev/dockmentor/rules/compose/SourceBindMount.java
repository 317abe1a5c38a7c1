package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.Volume;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;

/** A production file that bind-mounts source code runs whatever is on the host's disk, not the image that was built and tested. */
public final class SourceBindMount extends Rule implements ComposeCheck {
    public SourceBindMount() {
        super(RuleMeta.of("source-bind-mount", Severity.INFO, "Production file bind-mounts source code").kinds(FileKind.COMPOSE));
    }

    @Override
    public void check(ComposeContext ctx) {
        if (!ctx.isProduction()) return;
        for (Service s : ctx.model().containers()) {
            for (Volume v : s.volumes()) {
                if (!v.isBind() || v.source() == null || !v.node().path.equals(ctx.path())) continue;
                String src = v.source();
                if (!(src.equals(".") || src.startsWith("./") || src.startsWith("../"))) continue;
                String last = src.replaceAll("/+$", "");
                last = last.substring(last.lastIndexOf('/') + 1);
                if (!(last.equals(".") || last.equals("..") || last.matches("(src|app|lib|code|source|web|www|server|client|frontend|backend)")
                        || !last.contains("."))) continue;
                ctx.report(v.node(), "This production file bind-mounts source (" + src + ") into '" + s.name
                                + "': it runs what is on the host's disk instead of the image you built and tested",
                        "Este archivo de producción monta código fuente (" + src + ") en '" + s.name
                                + "': ejecuta lo que haya en el disco del host en vez de la imagen construida y probada");
            }
        }
    }
}
