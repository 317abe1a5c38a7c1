package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Healthcheck;
import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import java.util.List;
import java.util.Optional;

/**
 * Compose half of {@code healthcheck-tool-missing}: the healthcheck runs curl/wget but the image (pulled,
 * or the base of the built stage) is known not to ship it and the Dockerfile never installs it: the check
 * always fails and the service is never healthy.
 */
public final class HealthcheckToolMissingCompose {
    private HealthcheckToolMissingCompose() {}

    public static void check(ComposeContext ctx) {
        for (Service s : ctx.model().containers()) {
            Healthcheck hc = s.healthcheck();
            if (hc == null || hc.disabled() || !hc.hasTest()) continue;
            String tool = hc.program();
            if (!"curl".equals(tool) && !"wget".equals(tool)) continue;
            Optional<ImageRef> ref = ComposeRules.image(ctx, s);
            if (ref.isEmpty()) continue;
            Optional<boolean[]> tools = ctx.kb().tools(ref.get());
            if (tools.isEmpty() || tools.get()[tool.equals("curl") ? 0 : 1]) continue;
            if (installs(ComposeRules.stage(ctx, s), tool)) continue;
            YNode at = hc.test().isSeq() && hc.test().items.size() > 1 ? hc.test().items.get(1) : hc.test();
            Report r = ctx.report(at, "The healthcheck of '" + s.name + "' runs " + tool + ", which " + ref.get().raw()
                            + " does not ship: the check always fails and the service is never healthy",
                    "El healthcheck de '" + s.name + "' ejecuta " + tool + ", que " + ref.get().raw()
                            + " no incluye: la comprobación siempre falla y el servicio nunca está sano");
            String url = hc.words().stream().filter(w -> w.startsWith("http")).findFirst().orElse(null);
            String repo = ref.get().repository();
            if (url == null) continue;
            List<String> probe = null;
            if (repo.endsWith("python")) {
                probe = List.of("CMD", "python", "-c", "import urllib.request; urllib.request.urlopen('" + url + "', timeout=3)");
            } else if (repo.endsWith("node")) {
                probe = List.of("CMD", "node", "-e", "fetch('" + url + "').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))");
            }
            if (probe != null) {
                r.fix(Msg.of("Probe with " + probe.get(1) + " instead", "Comprobar con " + probe.get(1) + " en su lugar"), false,
                        ctx.replace(hc.test(), ctx.writer().flow(probe)));
            }
        }
    }

    private static boolean installs(Optional<Stage> stage, String tool) {
        int guard = 0;
        for (Stage s = stage.orElse(null); s != null && guard++ < 100; s = s.parent()) {
            for (Instruction i : s.all("RUN")) if (i.argsText().matches("(?s).*\\b" + tool + "\\b.*")) return true;
        }
        return false;
    }
}
