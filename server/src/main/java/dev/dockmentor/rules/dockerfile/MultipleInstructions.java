package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.List;

/** Two CMDs in a stage: only the last one counts, so the first is dead code that misleads the reader. */
public final class MultipleInstructions extends Rule implements DockerfileCheck {
    public MultipleInstructions() {
        super(RuleMeta.of("multiple-instructions", Severity.WARNING, "More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage")
                .aliases("DL4003", "DL4004", "DL3012", "MultipleInstructionsDisallowed"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : ctx.dockerfile().stages) {
            for (String kw : List.of("CMD", "ENTRYPOINT", "HEALTHCHECK")) {
                List<Instruction> all = s.all(kw);
                if (all.size() < 2) continue;
                Instruction last = all.get(all.size() - 1);
                int lastLine = last.startLine + 1;
                for (Instruction ins : all.subList(0, all.size() - 1)) {
                    ctx.report(ins.keywordRange, "Only the last " + kw + " of a stage takes effect: this one is overridden by line " + lastLine,
                                    "Solo cuenta el último " + kw + " de una etapa: este queda anulado por la línea " + lastLine)
                            .unnecessary()
                            .related(ctx.path(), last.keywordRange, Msg.of("the " + kw + " that counts", "el " + kw + " que cuenta"))
                            .fix(Msg.of("Remove this " + kw, "Eliminar este " + kw), true, ctx.deleteLines(ins));
                }
            }
        }
    }
}
