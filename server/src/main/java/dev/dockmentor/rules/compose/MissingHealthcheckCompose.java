package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
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
        for (Service s : ctx.model().containers()) {
            if (s.node == null || ComposeRules.healthcheckDecided(ctx, s)) continue;
            // A job that runs and exits serves nothing to probe.
            if (ctx.serviceRoles().isOneShot(s)) continue;
            boolean waitedFor = ctx.serviceRoles().isDependedUpon(s);
            // The image may bring a HEALTHCHECK we cannot read: say what we know (compose sets none), not that there is
            // none, and as advice (the severity policy: a rule that cannot be sure drops to info).
            Report r = ComposeRules.healthcheckUnknowable(ctx, s)
                    ? ctx.report(s.key, "Service '" + s.name + "' sets no healthcheck in compose, and its image may not define one: "
                                    + "without one Docker reports it running even when it cannot serve, and depends_on cannot wait for it",
                            "El servicio '" + s.name + "' no define healthcheck en compose, y puede que su imagen tampoco: "
                                    + "sin él Docker lo da por activo aunque no pueda atender, y depends_on no puede esperar a que esté listo")
                            .severity(Severity.INFO)
                    : waitedFor
                    // Whether the services that wait for it retry their connection is not in the file: advice either way.
                    ? ctx.report(s.key, "Service '" + s.name + "' has no healthcheck, and other services depend on it: they start as soon as "
                                    + "it runs, not when it is ready; fine if they retry, else add a healthcheck and wait with condition: service_healthy",
                            "El servicio '" + s.name + "' no tiene healthcheck y otros servicios dependen de él: arrancan en cuanto se ejecuta, "
                                    + "no cuando está listo; bien si reintentan, si no añade un healthcheck y espera con condition: service_healthy")
                            .severity(Severity.INFO)
                    : ctx.report(s.key, "Service '" + s.name + "' has no healthcheck: Docker reports it running even when it cannot serve, "
                            + "and depends_on cannot wait for it",
                    "El servicio '" + s.name + "' no tiene healthcheck: Docker lo da por activo aunque no pueda atender, "
                            + "y depends_on no puede esperar a que esté listo").severity(Severity.INFO);
            YNode written = s.node.get("healthcheck");
            if (written == null) {
                ComposeRules.suggestedHealthcheck(ctx, s).flatMap(hc -> ctx.addToService(s, "healthcheck", hc))
                        .ifPresent(e -> r.fix(Msg.of("Add healthcheck", "Añadir healthcheck"), false, e));
            } else if (written.isMap() && !written.flow && written.path.equals(ctx.path()) && !written.has("test")) {
                // A healthcheck: block without a test (say a misspelt 'tesd:'): complete it; adding a second
                // healthcheck: key made a duplicate key (fuzzing). A test: that is there but not a command
                // (an anchor where CMD should be) is left to the user: a second test: key was a duplicate too.
                ComposeRules.suggestedHealthcheck(ctx, s).map(hc -> hc.get("test")).filter(java.util.Objects::nonNull)
                        .ifPresent(t -> r.fix(Msg.of("Add the healthcheck test", "Añadir el test del healthcheck"), false,
                                ctx.addEntry(written, "test", t)));
            }
        }
    }

}
