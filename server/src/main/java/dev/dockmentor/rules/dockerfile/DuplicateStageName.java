package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.HashMap;
import java.util.Map;

/** Two {@code FROM … AS test}: BuildKit refuses the file, and which stage a reference meant is anyone's guess. */
public final class DuplicateStageName extends Rule implements DockerfileCheck {
    public DuplicateStageName() {
        super(RuleMeta.of("duplicate-stage-name", Severity.ERROR, "Two stages share the same name")
                .aliases("DL3024", "DuplicateStageName"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        Map<String, Stage> seen = new HashMap<>();
        for (Stage s : ctx.dockerfile().stages) {
            if (s.name == null) continue;
            Stage first = seen.putIfAbsent(s.name, s);
            if (first == null) continue;
            int line = first.from.startLine + 1;
            ctx.report(s.nameRange, "Stage name '" + s.rawName + "' is already used by the stage on line " + line + "; stage names must be unique",
                            "El nombre de etapa '" + s.rawName + "' ya lo usa la etapa de la línea " + line + "; los nombres de etapa deben ser únicos")
                    .related(ctx.path(), first.nameRange, Msg.of("first stage named '" + first.rawName + "'",
                            "primera etapa llamada '" + first.rawName + "'"));
        }
    }
}
