package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * Shell form means {@code /bin/sh -c …}; scratch and distroless have no /bin/sh, so the build
 * step fails or the container exits at start with "no such file or directory".
 */
public final class ShellFormNoShell extends Rule implements DockerfileCheck {
    public ShellFormNoShell() {
        super(RuleMeta.of("shell-form-no-shell", Severity.ERROR, "Shell form on an image without a shell"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : ctx.dockerfile().stages) {
            if (s.image == null || !ctx.kb().hasNoShell(s.root().image) || bringsAShell(s)) continue;
            String image = s.root().image.raw();
            for (Instruction ins : s.instructions) {
                if (ins.execForm || ins.jsonLike) continue;
                String text;
                Range at;
                if (ins.is("RUN") || ins.is("CMD") || ins.is("ENTRYPOINT")) {
                    if (ins.argsText().isEmpty()) continue;
                    // A CMD or ENTRYPOINT a later one of the stage replaces never runs (multiple-instructions says so).
                    if (!ins.is("RUN") && superseded(s, ins)) continue;
                    text = ins.heredocs.isEmpty() ? ins.argsText() : "";
                    at = ins.argsRange();
                } else if (ins.is("HEALTHCHECK") && ins.words.size() > 1 && ins.words.get(0).value().equalsIgnoreCase("CMD")) {
                    Word first = ins.words.get(1);
                    text = ins.args.text().substring(first.start());
                    at = new Range(first.range().start(), ins.argsRange().end());
                } else {
                    continue;
                }
                Report r = ctx.report(at,
                        ins.keyword + " in shell form needs /bin/sh, which " + image + " does not have: use the JSON (exec) form",
                        ins.keyword + " en forma shell necesita /bin/sh, que " + image + " no tiene: usa la forma JSON (exec)");
                Optional<String> exec = RuntimeFacts.execForm(text);
                exec.ifPresent(e -> r.fix(Msg.of("Convert to exec form " + e, "Convertir a la forma exec " + e), false,
                        ctx.replace(at, e)));
            }
        }
    }

    private static boolean superseded(Stage s, Instruction ins) {
        List<Instruction> same = s.all(ins.keyword);
        return !same.isEmpty() && same.get(same.size() - 1) != ins;
    }

    /** A SHELL instruction or a copied-in shell (busybox, /bin/sh) makes shell form work. */
    private static boolean bringsAShell(Stage s) {
        for (Stage c : RuntimeFacts.chain(s)) {
            for (Instruction i : c.instructions) {
                if (i.is("SHELL")) return true;
                if (!(i.is("COPY") || i.is("ADD"))) continue;
                for (Word w : i.words) if (w.value().endsWith("/bin/sh") || w.value().contains("busybox")) return true;
            }
        }
        return false;
    }
}
