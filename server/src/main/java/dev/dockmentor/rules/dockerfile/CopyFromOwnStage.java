package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;

/** {@code COPY --from=build} inside the {@code build} stage: a stage cannot depend on itself; the build fails. */
public final class CopyFromOwnStage extends Rule implements DockerfileCheck {
    public CopyFromOwnStage() {
        super(RuleMeta.of("copy-from-own-stage", Severity.ERROR, "COPY --from names the stage it is in").aliases("DL3023"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : ctx.dockerfile().stages) {
            for (Instruction ins : s.all("COPY")) {
                for (Flag f : ins.flags("from")) {
                    String v = f.value();
                    if (v == null || f.valueRange() == null) continue;
                    boolean own = v.equalsIgnoreCase(s.name)
                            || (v.equals(String.valueOf(s.index)) && ctx.dockerfile().stage(v).isEmpty());
                    if (!own) continue;
                    ctx.report(f.valueRange(), "COPY --from=" + v + " names the stage it is in; copy from an earlier stage, or start a new stage for this step",
                                    "COPY --from=" + v + " nombra la etapa en la que está; copia desde una etapa anterior o empieza una etapa nueva para este paso")
                            .related(ctx.path(), s.nameRange != null ? s.nameRange : s.from.keywordRange,
                                    Msg.of("this stage starts here", "esta etapa empieza aquí"));
                }
            }
        }
    }
}
