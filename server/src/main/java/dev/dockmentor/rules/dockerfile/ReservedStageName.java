package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.MountOptions;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.Locale;
import java.util.Set;

/**
 * A stage named {@code scratch} or {@code context} takes a name the builder already gives a meaning. BuildKit only
 * warns (ReservedStageName) and builds; but it looks stage names up first, so a later {@code FROM scratch} builds
 * on the stage instead of the empty image, and {@code --from=context} reads the stage, not the build context. That
 * changes what the build produces: error. A name nothing resolves to the wrong way (say {@code FROM scratch AS
 * scratch} used only through {@code COPY --from=scratch}) builds as written: warning.
 */
public final class ReservedStageName extends Rule implements DockerfileCheck {
    private static final Set<String> RESERVED = Set.of("scratch", "context");

    public ReservedStageName() {
        super(RuleMeta.of("reserved-stage-name", Severity.ERROR, "Stage named scratch or context")
                .aliases("DL3063", "ReservedStageName"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        Dockerfile df = ctx.dockerfile();
        for (Stage s : df.stages) {
            if (s.name == null || !RESERVED.contains(s.name)) continue;
            boolean scratch = s.name.equals("scratch");
            String why = scratch ? "the empty base image" : "the build context";
            String whyEs = scratch ? "la imagen base vacía" : "el contexto de construcción";
            Instruction taken = misread(df, s);
            if (taken != null) {
                String what = taken.is("FROM") ? "FROM " + s.rawName : "--from=" + s.rawName;
                ctx.report(s.nameRange,
                        "'" + s.rawName + "' is reserved (it means " + why + "), and the " + what + " on line " + (taken.startLine + 1)
                                + " resolves to this stage instead, so the build changes meaning; pick another stage name",
                        "'" + s.rawName + "' es un nombre reservado (significa " + whyEs + "), y el " + what + " de la línea "
                                + (taken.startLine + 1) + " se resuelve a esta etapa en su lugar, así que el build cambia de significado; "
                                + "elige otro nombre de etapa");
            } else {
                ctx.report(s.nameRange,
                        "'" + s.rawName + "' is reserved (it means " + why + "); BuildKit warns but builds, since nothing here "
                                + "resolves to the stage by mistake; pick another stage name",
                        "'" + s.rawName + "' es un nombre reservado (significa " + whyEs + "); BuildKit avisa pero construye, porque aquí "
                                + "nada se resuelve a la etapa por error; elige otro nombre de etapa")
                        .severity(Severity.WARNING);
            }
        }
    }

    /**
     * The first instruction that means the builtin but gets the stage: a later {@code FROM scratch|context} built on
     * it, or {@code COPY --from=context} / {@code RUN --mount=from=context} when it is the last stage of that name
     * (BuildKit resolves --from after every stage is known, so the last one wins). {@code --from=scratch} is left
     * out: copying from the empty image copies nothing, so the stage is what the author meant.
     */
    private static Instruction misread(Dockerfile df, Stage s) {
        for (Stage t : df.stages) if (t.parent() == s) return t.from;
        if (!s.name.equals("context")) return null;
        for (Stage t : df.stages) if (t.index > s.index && s.name.equals(t.name)) return null;
        for (Instruction ins : df.instructions) {
            Instruction i = ins.child != null ? ins.child : ins;
            if (i.is("COPY")) {
                for (Flag f : i.flags("from")) if (f.value() != null && f.value().toLowerCase(Locale.ROOT).equals(s.name)) return ins;
            } else if (i.is("RUN")) {
                for (Flag f : i.flags("mount")) {
                    for (MountOptions.Option o : MountOptions.parse(df, f)) {
                        if (o.key().equals("from") && o.value() != null && o.value().toLowerCase(Locale.ROOT).equals(s.name)) return ins;
                    }
                }
            }
        }
        return null;
    }
}
