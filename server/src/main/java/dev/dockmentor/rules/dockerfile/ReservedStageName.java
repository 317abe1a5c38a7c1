package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.Set;

/** A stage named {@code scratch} or {@code context} collides with names BuildKit reserves; the build fails. */
public final class ReservedStageName extends Rule implements DockerfileCheck {
    private static final Set<String> RESERVED = Set.of("scratch", "context");

    public ReservedStageName() {
        super(RuleMeta.of("reserved-stage-name", Severity.ERROR, "Stage named scratch or context")
                .aliases("DL3063", "ReservedStageName"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : ctx.dockerfile().stages) {
            if (s.name == null || !RESERVED.contains(s.name)) continue;
            String why = s.name.equals("scratch") ? "the empty base image" : "the build context";
            String whyEs = s.name.equals("scratch") ? "la imagen base vacía" : "el contexto de construcción";
            ctx.report(s.nameRange, "'" + s.rawName + "' is reserved (it means " + why + "); pick another stage name",
                    "'" + s.rawName + "' es un nombre reservado (significa " + whyEs + "); elige otro nombre de etapa");
        }
    }
}
