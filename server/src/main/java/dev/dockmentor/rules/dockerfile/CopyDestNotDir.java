package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Position;
import java.util.List;

/**
 * {@code COPY a.json b.json /app}: with several sources the destination must be a directory
 * written with a trailing {@code /}; otherwise the classic builder fails, and BuildKit may write a
 * single file named like the destination. Even {@code .} is rejected by the classic builder.
 */
public final class CopyDestNotDir extends Rule implements DockerfileCheck {
    public CopyDestNotDir() {
        super(RuleMeta.of("copy-dest-not-dir", Severity.ERROR, "Several sources copied to a destination without a trailing /")
                .aliases("DL3021"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructions) {
            Instruction e = ins.child != null ? ins.child : ins;
            if (!e.is("COPY") && !e.is("ADD")) continue;
            List<Word> args = e.execForm ? e.execArgs : e.words;
            if (args.size() < 3) continue;
            Word dest = args.get(args.size() - 1);
            String d = dest.value();
            if (d.endsWith("/") || d.endsWith("\\") || d.contains("$") || d.startsWith("<<")) continue;
            int n = args.size() - 1;
            boolean quoted = dest.raw().length() >= 2 && (dest.raw().endsWith("\"") || dest.raw().endsWith("'"));
            Position end = dest.range().end();
            Position at = quoted ? new Position(end.line(), end.character() - 1) : end;
            String note = d.equals(".") ? " (BuildKit accepts '.', the classic builder does not)" : "";
            String noteEs = d.equals(".") ? " (BuildKit acepta '.', el builder clásico no)" : "";
            ctx.report(dest.range(), e.keyword + " copies " + n + " sources into '" + d + "', which does not end with /: the destination must be a directory" + note,
                            e.keyword + " copia " + n + " orígenes en '" + d + "', que no termina en /: el destino debe ser un directorio" + noteEs)
                    .fix(Msg.of("Change to " + d + "/", "Cambiar a " + d + "/"), true, ctx.insert(at, "/"));
        }
    }
}
