package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Dependency;
import dev.dockmentor.compose.Service;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;

/** condition: service_healthy on a service with no healthcheck: docker compose up fails ("has no healthcheck configured"). */
public final class DependsOnUnhealthyTarget extends Rule implements ComposeCheck {
    public DependsOnUnhealthyTarget() {
        super(RuleMeta.of("depends-on-unhealthy-target", Severity.ERROR, "Waits for a service that has no healthcheck").kinds(FileKind.COMPOSE));
    }

    @Override
    public void check(ComposeContext ctx) {
        for (Service s : ctx.model().services.values()) {
            for (Dependency d : s.dependsOn()) {
                if (!"service_healthy".equals(d.condition())) continue;
                Service target = ctx.model().services.get(d.service());
                if (target == null || ComposeRules.healthy(ctx, target)) continue;
                // An error says compose up fails: only say it when we know the image has no HEALTHCHECK either.
                if (ComposeRules.healthcheckUnknowable(ctx, target)) continue;
                Report r = ctx.report(d.conditionNode() != null ? d.conditionNode() : d.nameNode(),
                        "'" + s.name + "' waits for '" + d.service() + "' to be healthy, but '" + d.service()
                                + "' has no healthcheck: docker compose up fails",
                        "'" + s.name + "' espera a que '" + d.service() + "' esté sano, pero '" + d.service()
                                + "' no tiene healthcheck: docker compose up falla");
                if (target.get("healthcheck") == null) {
                    ComposeRules.suggestedHealthcheck(ctx, target).flatMap(hc -> ctx.addToService(target, "healthcheck", hc))
                            .ifPresent(e -> r.fix(Msg.of("Add a healthcheck to '" + d.service() + "'",
                                    "Añadir un healthcheck a '" + d.service() + "'"), false, e));
                }
            }
        }
    }
}
