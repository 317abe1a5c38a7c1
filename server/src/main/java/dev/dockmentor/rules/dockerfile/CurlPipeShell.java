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

    public CurlPipeShell() {
        super(RuleMeta.of("curl-pipe-shell", Severity.WARNING, "Remote script piped into a shell").productionAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        java.util.Set<dev.dockmentor.dockerfile.Stage> shipped = new java.util.HashSet<>(RunEdits.shipped(ctx.dockerfile()));
        for (Instruction ins : ctx.dockerfile().instructions) {
            if (!(ins.child != null ? ins.child : ins).is("RUN")) continue;
            boolean builder = ins.child == null && !shipped.contains(ctx.dockerfile().stageOf(ins));
            List<Command> cmds = ctx.shell(ins).commands();
            for (int i = 0; i < cmds.size(); i++) {
                Command fetch = cmds.get(i);
                if (!FETCHERS.contains(fetch.program()) || !fetch.pipedOut() || savesToFile(fetch)) continue;
                // Follow the pipeline (curl … | tee x | sh) to a shell reading the script from stdin.
                for (int j = i + 1; j < cmds.size() && cmds.get(j).pipedIn(); j++) {
                    Command c = cmds.get(j);
                    if (!Command.isPosixShell(c.program()) || readsScriptFromArgs(c)) continue;
                    String url = url(fetch);
                    String shell = c.program();
                    boolean vendor = vendorInstaller(url);
                    String whyEn = vendor ? " (the vendor's documented installer over HTTPS: pin the version it installs)"
                            : builder ? " (in a builder stage: the final image does not keep it, but the build runs whatever the server sends)" : "";
                    String whyEs = vendor ? " (el instalador documentado del proveedor por HTTPS: fija la versión que instala)"
                            : builder ? " (en una etapa de build: la imagen final no lo conserva, pero el build ejecuta lo que envíe el servidor)" : "";
                    ctx.report(new Range(fetch.range().start(), c.range().end()),
                            "Remote script" + (url.isEmpty() ? "" : " " + url) + " piped straight into " + shell
                                    + ": download it, verify its checksum (sha256sum -c), then run it" + whyEn,
                            "Script remoto" + (url.isEmpty() ? "" : " " + url) + " enviado directamente a " + shell
                                    + ": descárgalo, verifica su checksum (sha256sum -c) y después ejecútalo" + whyEs)
                            .severity(vendor || builder ? dev.dockmentor.rules.Severity.INFO : dev.dockmentor.rules.Severity.WARNING);
                    break;
                }
            }
        }
    }

    /**
     * Installers their vendors document as {@code curl … | sh}, served over HTTPS from the vendor's own host (a
     * checksum is rarely published for them): advice to pin the version rather than a sure risk.
     */
    private static final java.util.regex.Pattern VENDOR_INSTALLER = java.util.regex.Pattern.compile(
            "https://(?:sh\\.rustup\\.rs|static\\.rust-lang\\.org/rustup/|bun\\.sh/install|get\\.rvm\\.io|install\\.python-poetry\\.org"
                    + "|astral\\.sh/uv/|deb\\.nodesource\\.com/setup_|rpm\\.nodesource\\.com/setup_|get\\.sdkman\\.io|raw\\.githubusercontent\\.com/nvm-sh/nvm/v"
                    + "|get\\.pnpm\\.io/install\\.sh|deno\\.land/install\\.sh|install\\.determinate\\.systems/|get\\.docker\\.com"
                    + "|dot\\.net/v1/dotnet-install\\.sh|cli\\.github\\.com/|starship\\.rs/install\\.sh|get\\.helm\\.sh/).*");

    static boolean vendorInstaller(String url) {
        return url != null && VENDOR_INSTALLER.matcher(url).matches();
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

    /**
     * The download goes to a file, so nothing reaches the pipe: {@code curl -o f}, {@code curl -O}, or wget without
     * {@code -O -} (wget saves to a file by default). Laradock's {@code curl -fsSL -o /usr/local/bin/wp … | bash}.
     */
    static boolean savesToFile(Command fetch) {
        boolean curl = fetch.program().equals("curl");
        List<ShellWord> args = fetch.args();
        for (int k = 0; k < args.size(); k++) {
            String v = args.get(k).value();
            String next = k + 1 < args.size() ? args.get(k + 1).value() : null;
            String out = null;
            if (v.equals(curl ? "--output" : "--output-document")) out = next;
            else if (v.startsWith(curl ? "--output=" : "--output-document=")) out = v.substring(v.indexOf('=') + 1);
            else if (curl && (v.equals("--remote-name") || v.equals("--remote-name-all"))) return true;
            else if (v.length() > 1 && v.charAt(0) == '-' && v.charAt(1) != '-') {
                int at = v.indexOf(curl ? 'o' : 'O');
                if (curl && v.indexOf('O') > 0) return true;
                if (at > 0) out = at == v.length() - 1 ? next : v.substring(at + 1);
            }
            if (out != null) return !out.equals("-") && !out.equals("/dev/stdout");
        }
        return !curl;
    }

    private static String url(Command fetch) {
        for (ShellWord w : fetch.args()) {
            String v = w.value();
            if (v.matches("(?i)(https?|ftp)://\\S+") && !v.contains("@")) return v.length() > 80 ? v.substring(0, 77) + "..." : v;
        }
        return "";
    }
}
