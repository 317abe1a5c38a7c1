package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.project.DockerIgnore;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.TextEdit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A .dockerignore that lets {@code .git} or {@code .env} through: the whole-context copy puts the
 * repository history (sometimes with old secrets) or local credentials into an image layer.
 */
public final class DockerignoreGaps extends Rule implements DockerfileCheck {
    public DockerignoreGaps() {
        super(RuleMeta.of("dockerignore-gaps", Severity.INFO, ".dockerignore misses .git or secret files"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        DockerIgnore di = ctx.dockerignore().orElse(null);
        Path path = ctx.dockerignorePath().orElse(null);
        if (di == null || path == null) return;
        List<String> missing = new ArrayList<>();
        if (!di.excludes(".git")) missing.add(".git");
        if (!di.excludes(".env")) missing.add(".env");
        if (missing.isEmpty()) return;
        for (Instruction ins : ctx.dockerfile().instructions) {
            Word src = WholeContext.source(ins);
            if (src == null) continue;
            String list = String.join(" and ", missing);
            String listEs = String.join(" y ", missing);
            var r = ctx.report(src.range(),
                    ins.keyword + " copies the whole context, but .dockerignore does not exclude " + list
                            + (missing.contains(".git") ? ": the repository history (and any secret ever committed)" : ": local secrets")
                            + " end up in the image",
                    ins.keyword + " copia todo el contexto, pero .dockerignore no excluye " + listEs
                            + (missing.contains(".git") ? ": el historial del repositorio (y cualquier secreto que se haya subido)" : ": los secretos locales")
                            + " acaban en la imagen");
            String text = ctx.files().read(path).orElse(null);
            if (text != null) {
                LineIndex li = new LineIndex(text);
                String nl = li.newline();
                String add = (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? "" : nl) + String.join(nl, missing) + nl;
                r.fix(Msg.of("Add " + list + " to .dockerignore", "Añadir " + listEs + " a .dockerignore"), true,
                        TextEdit.insert(path.toString(), li.position(text.length()), add));
            }
            return;
        }
    }
}
