package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.Command;
import dev.dockmentor.shell.ShellWord;
import dev.dockmentor.text.Range;
import java.util.List;
import java.util.Set;

/**
 * {@code curl … | sh} runs whatever the server sends at build time: unpinned, unverified, and a
 * compromised or truncated download executes as root inside the build.
 */
public final class CurlPipeShell extends Rule implements DockerfileCheck {
    private static final Set<String> FETCHERS = Set.of("curl", "wget");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ash", "ksh");

    public CurlPipeShell() {
        super(RuleMeta.of("curl-pipe-shell", Severity.WARNING, "Remote script piped into a shell"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructions) {
            if (!(ins.child != null ? ins.child : ins).is("RUN")) continue;
            List<Command> cmds = ctx.shell(ins).commands();
            for (int i = 0; i < cmds.size(); i++) {
                Command fetch = cmds.get(i);
                if (!FETCHERS.contains(fetch.program()) || !fetch.pipedOut()) continue;
                // Follow the pipeline (curl … | tee x | sh) to a shell reading the script from stdin.
                for (int j = i + 1; j < cmds.size() && cmds.get(j).pipedIn(); j++) {
                    Command c = cmds.get(j);
                    if (!SHELLS.contains(c.program()) || readsScriptFromArgs(c)) continue;
                    String url = url(fetch);
                    String shell = c.program();
                    ctx.report(new Range(fetch.range().start(), c.range().end()),
                            "Remote script" + (url.isEmpty() ? "" : " " + url) + " piped straight into " + shell
                                    + ": download it, verify its checksum (sha256sum -c), then run it",
                            "Script remoto" + (url.isEmpty() ? "" : " " + url) + " enviado directamente a " + shell
                                    + ": descárgalo, verifica su checksum (sha256sum -c) y después ejecútalo");
                    break;
                }
            }
        }
    }

    /** {@code sh -c 'cmd'} runs its argument, not stdin; {@code sh -s -- args} and {@code bash -} read stdin. */
    private static boolean readsScriptFromArgs(Command c) {
        for (ShellWord w : c.args()) {
            String v = w.value();
            if (v.equals("-c")) return true;
            if (v.equals("-s") || v.equals("-") || v.equals("--")) return false;
            if (!v.startsWith("-")) return true; // sh script.sh
        }
        return false;
    }

    private static String url(Command fetch) {
        for (ShellWord w : fetch.args()) {
            String v = w.value();
            if (v.matches("(?i)(https?|ftp)://\\S+") && !v.contains("@")) return v.length() > 80 ? v.substring(0, 77) + "..." : v;
        }
        return "";
    }
}
