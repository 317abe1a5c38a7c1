package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Build;
import dev.dockmentor.compose.Service;
import dev.dockmentor.dockerfile.Stage;
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

/** build.target must name a stage of the Dockerfile: otherwise the build stops with "target stage could not be found". */
public final class UnknownBuildTarget extends Rule implements ComposeCheck {
    public UnknownBuildTarget() {
        super(RuleMeta.of("unknown-build-target", Severity.ERROR, "build.target names no stage").kinds(FileKind.COMPOSE));
    }

    /** The evidence is in the Dockerfile: each named stage (or its first FROM when none is named). */
    private static void relate(Report r, String dockerfile, List<Stage> stages) {
        boolean any = false;
        for (Stage st : stages) {
            if (st.nameRange == null) continue;
            r.related(dockerfile, st.nameRange, Msg.of("stage '" + st.rawName + "'", "etapa '" + st.rawName + "'"));
            any = true;
        }
        if (!any && !stages.isEmpty()) {
            r.related(dockerfile, stages.get(0).from.keywordRange, Msg.of("no stage here has a name (FROM ... AS name)",
                    "ninguna etapa tiene nombre (FROM ... AS nombre)"));
        }
    }

    @Override
    public void check(ComposeContext ctx) {
        for (Service s : ctx.model().services.values()) {
            Build b = s.build();
            if (b == null || b.target() == null || b.target().text() == null || b.target().text().contains("$")) continue;
            var built = ctx.dockerfile(s);
            if (built.isEmpty()) continue;
            String target = b.target().text();
            List<String> names = new ArrayList<>();
            for (Stage st : built.get().dockerfile().stages) if (st.name != null) names.add(st.name);
            if (names.contains(target.toLowerCase(java.util.Locale.ROOT))) continue;
            var guess = Suggest.closest(target, names, n -> true, ctx.suggestions());
            String df = built.get().path() == null ? "dockerfile_inline" : built.get().path().getFileName().toString();
            Report r = ctx.report(b.target(), "Build target '" + target + "' is not a stage of " + df
                            + (names.isEmpty() ? " (it has no named stages)" : " (stages: " + String.join(", ", names) + ")")
                            + guess.map(g -> ": did you mean '" + g + "'?").orElse(""),
                    "El target '" + target + "' no es una etapa de " + df
                            + (names.isEmpty() ? " (no tiene etapas con nombre)" : " (etapas: " + String.join(", ", names) + ")")
                            + guess.map(g -> ": ¿quisiste decir '" + g + "'?").orElse(""));
            if (built.get().path() != null) relate(r, built.get().path().toString(), built.get().dockerfile().stages);
            if (guess.isPresent()) {
                String g = guess.get();
                r.fix(Msg.of("Change to '" + g + "'", "Cambiar a '" + g + "'"), false, ctx.replace(b.target(), g));
            } else {
                // No name close enough to guess: each stage is a choice (the last, usually the shipped one, first).
                List<String> choices = new ArrayList<>(names);
                java.util.Collections.reverse(choices);
                for (String n : choices.subList(0, Math.min(4, choices.size()))) {
                    r.fix(Msg.of("Use stage '" + n + "'", "Usar la etapa '" + n + "'"), false, ctx.replace(b.target(), n));
                }
            }
        }
    }
}
