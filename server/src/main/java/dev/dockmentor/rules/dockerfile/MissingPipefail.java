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
import dev.dockmentor.shell.Command;
import dev.dockmentor.text.Range;
import java.util.List;

/**
 * {@code RUN curl -fsSL url | tar xz}: a pipeline's status is its last command's, so a failed
 * download is hidden and the build carries on with a broken result. {@code set -o pipefail} (or a
 * {@code SHELL} with {@code -o pipefail}) makes the failure stop the build.
 */
public final class MissingPipefail extends Rule implements DockerfileCheck {
    public MissingPipefail() {
        super(RuleMeta.of("missing-pipefail", Severity.INFO, "Pipe in RUN without pipefail").aliases("DL4006").strict());
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : ctx.dockerfile().stages) {
            for (Instruction ins : s.instructions) {
                if (!ins.is("RUN") || ins.execForm || ins.jsonLike) continue;
                List<String> shell = shellOf(ctx, s, ins);
                if (shell != null && (!isShLike(shell) || shell.contains("pipefail"))) continue;
                List<Command> cmds = ctx.shell(ins).commands();
                Command piped = null;
                for (Command c : cmds) {
                    if (setsPipefail(c)) break;
                    if (c.pipedOut()) {
                        piped = c;
                        break;
                    }
                }
                if (piped == null) continue;
                Report r = ctx.report(new Range(piped.range().start(), cmds.get(cmds.indexOf(piped) + 1).range().end()),
                        "This pipe hides a failure of '" + piped.program() + "': the RUN only fails if the last command does; "
                                + "use set -o pipefail (or SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"])",
                        "Esta tubería oculta un fallo de '" + piped.program() + "': el RUN solo falla si falla el último comando; "
                                + "usa set -o pipefail (o SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"])");
                if (ins.heredocs.isEmpty() && ins.child == null) {
                    r.fix(Msg.of("Prefix set -o pipefail &&", "Anteponer set -o pipefail &&"), false,
                            ctx.insert(ins.argsRange().start(), "set -o pipefail && "));
                }
            }
        }
    }

    /** The effective SHELL for this RUN (last SHELL before it in the stage or its ancestors), or null for /bin/sh -c. */
    private static List<String> shellOf(DockerfileContext ctx, Stage s, Instruction run) {
        for (Stage st = s; st != null; st = st.parent()) {
            List<Instruction> ins = st.instructions;
            for (int i = ins.size() - 1; i >= 0; i--) {
                Instruction x = ins.get(i);
                if (st == s && x.startLine >= run.startLine) continue;
                if (x.is("SHELL") && x.execForm) return x.execArgs.stream().map(Word::value).toList();
            }
        }
        return null;
    }

    private static boolean isShLike(List<String> shell) {
        if (shell.isEmpty()) return false;
        String p = shell.get(0);
        p = p.substring(p.lastIndexOf('/') + 1);
        return p.matches("(ba|da|a|z|k)?sh");
    }

    private static boolean setsPipefail(Command c) {
        if (!c.program().equals("set")) return false;
        List<String> a = c.args().stream().map(w -> w.value()).toList();
        return a.contains("pipefail") && a.stream().anyMatch(x -> x.startsWith("-") && x.contains("o"));
    }
}
