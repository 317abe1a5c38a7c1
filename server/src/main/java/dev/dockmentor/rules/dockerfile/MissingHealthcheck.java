package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.compose.MissingHealthcheckCompose;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.Optional;

/**
 * Without a HEALTHCHECK, Docker (and compose's {@code service_healthy}) only knows the process is
 * alive, not that it serves: a hung app keeps receiving traffic and is never restarted.
 */
public final class MissingHealthcheck extends Rule implements DockerfileCheck, ComposeCheck {
    public MissingHealthcheck() {
        super(RuleMeta.of("missing-healthcheck", Severity.INFO, "No HEALTHCHECK in the final image")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE).runningAppAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        Stage fin = ctx.shippedStage().orElse(null);
        if (fin == null || fin.image == null) return;
        if (!RuntimeFacts.inChain(fin, "HEALTHCHECK").isEmpty()) return;
        // A compose service that builds this image gives it its healthcheck there: the container has one.
        if (ctx.users().stream().anyMatch(u -> u.healthcheck())) return;
        Report r = ctx.report(fin.imageWord.range(),
                "The final stage has no HEALTHCHECK: Docker cannot tell a hung service from a healthy one",
                "La etapa final no tiene HEALTHCHECK: Docker no distingue un servicio colgado de uno sano");
        Optional<String> port = RuntimeFacts.exposedPort(fin);
        Optional<String> service = RuntimeFacts.service(ctx.kb(), fin);
        // A server with its own probe gets it; one that does not speak HTTP (redis, postgres, FastCGI on
        // 9000...) never gets an HTTP probe, which would fail forever: the finding then comes without a fix.
        Optional<String> probe = service.flatMap(sv -> RuntimeFacts.nativeProbe(ctx.kb(), fin, sv, port));
        Msg title;
        if (probe.isPresent()) {
            String what = service.get();
            title = Msg.of("Add a HEALTHCHECK with the " + what + " probe", "Añadir un HEALTHCHECK con la sonda de " + what);
        } else {
            if (port.isEmpty() || service.map(ctx.kb()::isNonHttpService).orElse(false)
                    || ctx.kb().isNonHttpPort(Integer.parseInt(port.get()))) return;
            String url = "http://localhost:" + port.get() + "/";
            probe = RuntimeFacts.probe(ctx, fin, url, !ctx.kb().hasNoShell(fin.root().image));
            if (probe.isEmpty()) return;
            title = Msg.of("Add a HEALTHCHECK probing port " + port.get(), "Añadir un HEALTHCHECK que sondee el puerto " + port.get());
        }
        Instruction before = null;
        for (Instruction i : fin.instructions) {
            if (i.is("CMD") || i.is("ENTRYPOINT")) {
                before = i;
                break;
            }
        }
        Instruction anchor = before != null ? before : fin.instructions.isEmpty() ? fin.from
                : fin.instructions.get(fin.instructions.size() - 1);
        String line = ctx.indentOf(anchor) + "HEALTHCHECK --interval=30s --timeout=3s CMD " + probe.get() + ctx.newline();
        r.fix(title, false, before != null ? ctx.insertLinesBefore(before.startLine, line) : ctx.insertLinesAfter(anchor, line));
    }

    /** The compose side of the same concept lives beside the compose model. */
    @Override
    public void check(ComposeContext ctx) {
        MissingHealthcheckCompose.check(ctx);
    }
}
