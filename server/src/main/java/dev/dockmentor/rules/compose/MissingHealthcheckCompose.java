package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Severity;

/**
 * Compose half of {@code missing-healthcheck} (a warning for compose): a service with no
 * {@code healthcheck:} and none inherited from the Dockerfile it builds; {@code disable: true} or
 * {@code HEALTHCHECK NONE} is an explicit choice. The fix inserts a probe fitted to the image.
 */
public final class MissingHealthcheckCompose {
    private MissingHealthcheckCompose() {}

    public static void check(ComposeContext ctx) {
        if (ctx.project().isFragment()) return;
        for (Service s : ctx.model().services.values()) {
            if (s.node == null || ComposeRules.healthcheckDecided(ctx, s)) continue;
            Report r = ctx.report(s.key, "Service '" + s.name + "' has no healthcheck: Docker reports it running even when it cannot serve, "
                            + "and depends_on cannot wait for it",
                    "El servicio '" + s.name + "' no tiene healthcheck: Docker lo da por activo aunque no pueda atender, "
                            + "y depends_on no puede esperar a que esté listo").severity(Severity.WARNING);
            ComposeRules.suggestedHealthcheck(ctx, s).flatMap(hc -> ctx.addToService(s, "healthcheck", hc))
                    .ifPresent(e -> r.fix(Msg.of("Add healthcheck", "Añadir healthcheck"), false, e));
        }
    }
}
