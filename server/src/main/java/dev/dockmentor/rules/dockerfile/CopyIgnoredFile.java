package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.project.DockerIgnore;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;

/**
 * {@code COPY config/app.toml .} while .dockerignore excludes {@code config/}: the file is never
 * sent to the builder, so the build fails with "not found" (BuildKit CopyIgnoredFile).
 */
public final class CopyIgnoredFile extends Rule implements DockerfileCheck {
    public CopyIgnoredFile() {
        super(RuleMeta.of("copy-ignored-file", Severity.WARNING, "COPY of a path .dockerignore excludes")
                .aliases("CopyIgnoredFile"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        DockerIgnore di = ctx.dockerignore().orElse(null);
        if (di == null) return;
        for (Instruction top : ctx.dockerfile().instructions) {
            Instruction ins = top.child != null ? top.child : top;
            if (!(ins.is("COPY") || ins.is("ADD")) || ins.flag("from").isPresent()) continue;
            for (Word w : WholeContext.sources(ins)) {
                String v = w.value();
                if (v.contains("$") || v.contains("*") || v.contains("?") || v.contains("[") || v.contains("://")
                        || v.startsWith("git@") || v.startsWith("/") && v.length() == 1) continue;
                if (!di.excludes(v)) continue;
                // A folder whose files an exception re-includes is still sent in part: the COPY works.
                if (di.reincludesUnder(v)) continue;
                boolean guess = ctx.contextUnresolved();
                ctx.report(w.range(),
                        "'" + v + "' is excluded by .dockerignore, so it is not in the build context and this "
                                + ins.keyword + " fails" + (guess ? " (if it is built from this folder)" : ""),
                        "'" + v + "' está excluido por .dockerignore, así que no está en el contexto de build y este "
                                + ins.keyword + " falla" + (guess ? " (si se construye desde esta carpeta)" : ""))
                        .severity(guess ? Severity.INFO : Severity.WARNING);
            }
        }
    }
}
