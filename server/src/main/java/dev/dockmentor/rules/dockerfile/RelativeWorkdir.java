package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code WORKDIR src/app} resolves against whatever directory the base image set; when the base
 * image changes, files land elsewhere. Like BuildKit, only the first WORKDIR of a stage chain counts.
 */
public final class RelativeWorkdir extends Rule implements DockerfileCheck {
    public RelativeWorkdir() {
        super(RuleMeta.of("relative-workdir", Severity.WARNING, "Relative WORKDIR with no absolute WORKDIR before it")
                .aliases("DL3000", "WorkdirRelativePath"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        Map<Integer, Boolean> set = new HashMap<>();
        for (Stage s : ctx.dockerfile().stages) {
            boolean done = s.parent() != null && set.getOrDefault(s.parent().index, false);
            for (Instruction ins : s.all("WORKDIR")) {
                if (ins.words.isEmpty()) continue;
                Word w = ins.words.get(0);
                String p = w.value();
                // C:\app: a Windows drive path (its backslash is the default escape character, so the value reads C:app).
                boolean drive = w.raw().matches("[\"']?[A-Za-z]:.*");
                if (!done && !drive && !p.startsWith("$") && !p.startsWith("/") && !p.startsWith("\\")) {
                    ctx.report(w.range(), "WORKDIR " + p + " is relative to the base image's working directory; start it with / (e.g. /" + p + ")",
                            "WORKDIR " + p + " es relativo al directorio de trabajo de la imagen base; empieza la ruta con / (p. ej. /" + p + ")");
                }
                done = true;
            }
            set.put(s.index, done);
        }
    }
}
