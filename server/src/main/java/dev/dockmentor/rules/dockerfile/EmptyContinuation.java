package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Range;

/** An empty line inside a {@code \}-continued instruction: deprecated, and a future error in BuildKit. */
public final class EmptyContinuation extends Rule implements DockerfileCheck {
    public EmptyContinuation() {
        super(RuleMeta.of("empty-continuation", Severity.WARNING, "Empty line inside a continued instruction")
                .aliases("NoEmptyContinuation"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        int lines = ctx.dockerfile().lines.lineCount();
        for (Range r : ctx.dockerfile().emptyContinuationLines) {
            int line = r.start().line();
            Range whole = line + 1 < lines ? Range.of(line, 0, line + 1, 0) : r;
            ctx.report(r, "Empty line inside a continued instruction: Docker warns and will reject it in a future release",
                            "Línea vacía dentro de una instrucción continuada: Docker avisa y la rechazará en una versión futura")
                    .fix(Msg.of("Remove the empty line", "Eliminar la línea vacía"), true, ctx.replace(whole, ""));
        }
    }
}
