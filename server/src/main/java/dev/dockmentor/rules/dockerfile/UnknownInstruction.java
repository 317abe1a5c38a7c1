package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.DockerfileParser;
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
import dev.dockmentor.text.TextEdit;
import dev.dockmentor.text.TextEdits;

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
        // A custom frontend (# syntax=devthefuture/dockerfile-x) may define instructions of its own (INCLUDE…).
        String frontend = ctx.dockerfile().directive("syntax").map(d -> d.value().strip()).orElse("");
        boolean custom = !frontend.isEmpty() && !frontend.matches("(?i)(?:docker\\.io/)?docker/dockerfile(?:-upstream)?(?::.*)?(?:@.*)?");
        if (custom) {
            ctx.report(ins.keywordRange,
                    "'" + ins.rawKeyword + "' is no Dockerfile instruction; the frontend " + frontend + " this file asks for may define it",
                    "'" + ins.rawKeyword + "' no es una instrucción de Dockerfile; puede definirla el frontend " + frontend + " que pide este archivo")
                    .severity(dev.dockmentor.rules.Severity.INFO);
            return;
        }
        Report r = ctx.report(ins.keywordRange,
                "Unknown instruction '" + ins.rawKeyword + "'" + guess.map(g -> ": did you mean " + g + "?").orElse(""),
                "Instrucción desconocida '" + ins.rawKeyword + "'" + guess.map(g -> ": ¿quisiste decir " + g + "?").orElse(""));
        if (guess.isEmpty()) return;
        TextEdit edit = ctx.replace(ins.keywordRange, guess.get());
        if (opensUnterminatedHeredoc(ctx, ins, guess.get(), edit)) return;
        r.fix(Msg.of("Change to " + guess.get(), "Cambiar a " + guess.get()), true, edit);
    }

    /**
     * {@code RUE <<EOF} is not a heredoc, but {@code RUN <<EOF} is: renaming the keyword must not turn the
     * rest of a file without an {@code EOF} line into heredoc body (fuzzing found this "safe" fix doing so).
     */
    private static boolean opensUnterminatedHeredoc(DockerfileContext ctx, Instruction ins, String keyword, TextEdit edit) {
        if (!Keywords.HEREDOC_CAPABLE.contains(keyword) || !ins.argsText().contains("<<")) return false;
        String fixed = TextEdits.apply(ctx.dockerfile().text, java.util.List.of(edit));
        return DockerfileParser.parse(fixed).problems.size() > ctx.dockerfile().problems.size();
    }
}
