package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Keywords;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;

/** Only parser directives, comments and global ARGs may come before the first FROM; anything else fails the build. */
public final class InstructionOrder extends Rule implements DockerfileCheck {
    public InstructionOrder() {
        super(RuleMeta.of("instruction-order", Severity.ERROR, "The Dockerfile does not begin with FROM").aliases("DL3061"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        boolean hasFrom = ctx.dockerfile().instructions.stream().anyMatch(i -> i.is("FROM"));
        for (Instruction ins : ctx.dockerfile().instructions) {
            if (ins.is("FROM")) return;
            if (ins.is("ARG") || !Keywords.INSTRUCTIONS.contains(ins.keyword)) continue;
            if (hasFrom) {
                ctx.report(ins.keywordRange, ins.rawKeyword + " comes before the first FROM; only ARG (and comments) may precede it: move it into a stage",
                        ins.rawKeyword + " aparece antes del primer FROM; solo ARG (y comentarios) pueden precederlo: muévelo dentro de una etapa");
            } else {
                ctx.report(ins.keywordRange, "This Dockerfile has no FROM: every build needs a base image (FROM image or FROM scratch)",
                        "Este Dockerfile no tiene FROM: toda construcción necesita una imagen base (FROM imagen o FROM scratch)");
                return;
            }
        }
    }
}
