package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.compose.HealthcheckToolMissingCompose;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.Command;
import dev.dockmentor.shell.ShellParser;
import dev.dockmentor.shell.ShellWord;
import dev.dockmentor.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * A HEALTHCHECK that calls curl on an image without curl fails every time: the container is
 * reported unhealthy forever and orchestrators keep restarting a perfectly fine service.
 */
public final class HealthcheckToolMissing extends Rule implements DockerfileCheck, ComposeCheck {
    public HealthcheckToolMissing() {
        super(RuleMeta.of("healthcheck-tool-missing", Severity.WARNING, "HEALTHCHECK uses a tool the image lacks")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE));
    }

    @Override
    public void check(DockerfileContext ctx) {
        Stage fin = ctx.shippedStage().orElse(null);
        if (fin == null || fin.image == null) return;
        List<Instruction> hcs = RuntimeFacts.inChain(fin, "HEALTHCHECK");
        if (hcs.isEmpty()) return;
        Instruction hc = hcs.get(hcs.size() - 1);
        if (hc.words.isEmpty() || !hc.words.get(0).value().equalsIgnoreCase("CMD")) return;
        String tool = null, url = null;
        Range at = null;
        if (hc.execForm) {
            if (hc.execArgs.isEmpty()) return;
            Word first = hc.execArgs.get(0);
            tool = basename(first.value());
            at = first.range();
            for (Word w : hc.execArgs) if (url == null && w.value().matches("https?://\\S+")) url = w.value();
        } else {
            for (Command c : ShellParser.parse(hc.args, hc.words.get(0).end(), hc.args.length()).commands()) {
                String p = c.program();
                if (!p.equals("curl") && !p.equals("wget")) continue;
                tool = p;
                at = c.programWord().range();
                for (ShellWord w : c.args()) if (url == null && w.value().matches("https?://\\S+")) url = w.value();
                if (RuntimeFacts.has(ctx, fin, tool).equals(Optional.of(false))) break;
            }
        }
        if (tool == null || !(tool.equals("curl") || tool.equals("wget"))) return;
        if (!RuntimeFacts.has(ctx, fin, tool).equals(Optional.of(false))) return;
        String image = fin.root().image.raw();
        Report r = ctx.report(at,
                "The HEALTHCHECK runs " + tool + ", but " + image + " does not ship it and no RUN leaves it installed: "
                        + "the check always fails and the container stays unhealthy",
                "El HEALTHCHECK ejecuta " + tool + ", pero " + image + " no lo incluye y ningún RUN lo deja instalado: "
                        + "la comprobación siempre falla y el contenedor queda como unhealthy");
        if (url == null || url.contains("$")) return;
        Optional<String> probe = RuntimeFacts.probe(ctx, fin, url, !ctx.kb().hasNoShell(fin.root().image));
        if (probe.isEmpty()) return;
        Range cmd = new Range(hc.words.get(0).range().start(), hc.argsRange().end());
        r.fix(Msg.of("Probe with a tool the image has", "Sondear con una herramienta que la imagen tiene"), false,
                ctx.replace(cmd, "CMD " + probe.get()));
    }

    private static String basename(String v) {
        int s = v.lastIndexOf('/');
        return s >= 0 ? v.substring(s + 1) : v;
    }

    /** The compose side of the same concept lives beside the compose model. */
    @Override
    public void check(ComposeContext ctx) {
        HealthcheckToolMissingCompose.check(ctx);
    }
}
