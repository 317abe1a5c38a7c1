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
        java.util.Map<Stage, List<String>> inherited = new java.util.IdentityHashMap<>();
        for (Stage s : ctx.dockerfile().stages) {
            List<String> shell = s.parent() == null ? null : finalShell(s.parent(), inherited);
            // A Windows image runs RUN with cmd /S /C (or PowerShell): pipefail is no option there.
            boolean windows = RootUser.isWindows(s);
            for (Instruction ins : s.instructions) {
                if (ins.is("SHELL") && ins.execForm) shell = ins.execArgs.stream().map(Word::value).toList();
                if (!ins.is("RUN") || ins.execForm || ins.jsonLike) continue;
                if (shell == null ? windows : !isShLike(shell) || shell.contains("pipefail")) continue;
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
                int k = cmds.indexOf(piped);
                // "a |" at the very end pipes into nothing (fuzzing found the index past the last command).
                Command into = k + 1 < cmds.size() ? cmds.get(k + 1) : piped;
                // "done | sort", "fi | gzip": the whole loop or if block is piped.
                String what = switch (piped.program()) {
                    case "done" -> "the loop";
                    case "fi" -> "the if block";
                    default -> "'" + piped.program() + "'";
                };
                String whatEs = switch (piped.program()) {
                    case "done" -> "el bucle";
                    case "fi" -> "el bloque if";
                    default -> "'" + piped.program() + "'";
                };
                Report r = ctx.report(new Range(piped.range().start(), into.range().end()),
                        "This pipe hides a failure of " + what + ": the RUN only fails if the last command does; "
                                + "use set -o pipefail (or SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"])",
                        "Esta tubería oculta un fallo de " + whatEs + ": el RUN solo falla si falla el último comando; "
                                + "usa set -o pipefail (o SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"])");
                if (!ins.heredocs.isEmpty() || ins.child != null) continue;
                if (ctx.kb().isDebianFamily(s.root().image)) {
                    // /bin/sh is dash there, which rejects set -o pipefail: the prefix would break the build.
                    // bash is essential on Debian and Ubuntu, so switching the SHELL always works.
                    r.fix(Msg.of("Use SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
                                    "Usar SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]"), false,
                            ctx.insertLinesBefore(ins.startLine, ctx.indentOf(ins)
                                    + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]" + ctx.newline()));
                } else if (!startsWithOperator(ins.argsText())) {
                    // A command that opens with an operator is already a shell syntax error: a prefix would not
                    // join it ("set -o pipefail && && x"; fuzzing found it after a flag line ending in a continuation).
                    r.fix(Msg.of("Prefix set -o pipefail &&", "Anteponer set -o pipefail &&"), false,
                            ctx.insert(ins.argsRange().start(), "set -o pipefail && "));
                }
            }
        }
    }

    /**
     * The SHELL in effect at the end of a stage (its own last SHELL, else its parent's), or null for /bin/sh -c.
     * Computed once per stage while walking forward: looking back from every RUN was quadratic in the file.
     */
    private static List<String> finalShell(Stage s, java.util.Map<Stage, List<String>> memo) {
        // Iterative (a chain of thousands of FROM-previous-stage stages must not overflow the stack).
        java.util.ArrayDeque<Stage> chain = new java.util.ArrayDeque<>();
        for (Stage st = s; st != null && !memo.containsKey(st) && chain.size() <= 100_000; st = st.parent()) chain.push(st);
        while (!chain.isEmpty()) {
            Stage st = chain.pop();
            List<String> shell = st.parent() == null ? null : memo.get(st.parent());
            for (Instruction x : st.instructions) if (x.is("SHELL") && x.execForm) shell = x.execArgs.stream().map(Word::value).toList();
            memo.put(st, shell);
        }
        return memo.get(s);
    }

    private static boolean startsWithOperator(String args) {
        return !args.isEmpty() && "&|;)".indexOf(args.charAt(0)) >= 0;
    }

    private static boolean isShLike(List<String> shell) {
        return !shell.isEmpty() && Command.isPosixShell(shell.get(0));
    }

    private static boolean setsPipefail(Command c) {
        if (!c.program().equals("set")) return false;
        List<String> a = c.args().stream().map(w -> w.value()).toList();
        return a.contains("pipefail") && a.stream().anyMatch(x -> x.startsWith("-") && x.contains("o"));
    }
}
