package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Keywords;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;

/** {@code FORM alpine}: not an instruction; the build stops at this line. */
public final class UnknownInstruction extends Rule implements DockerfileCheck {
    public UnknownInstruction() {
        super(RuleMeta.of("unknown-instruction", Severity.ERROR, "Not a Dockerfile instruction"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructionsAndOnbuildChildren()) check(ctx, ins);
    }

    private void check(DockerfileContext ctx, Instruction ins) {
        if (Keywords.INSTRUCTIONS.contains(ins.keyword)) return;
        var guess = Suggest.closest(ins.keyword, Keywords.ALL);
        Report r = ctx.report(ins.keywordRange,
                "Unknown instruction '" + ins.rawKeyword + "'" + guess.map(g -> ": did you mean " + g + "?").orElse(""),
                "Instrucción desconocida '" + ins.rawKeyword + "'" + guess.map(g -> ": ¿quisiste decir " + g + "?").orElse(""));
        guess.ifPresent(g -> r.fix(Msg.of("Change to " + g, "Cambiar a " + g), true, ctx.replace(ins.keywordRange, g)));
    }
}
