package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;
import java.util.LinkedHashMap;
import java.util.Map;

/** Without limits one runaway container can take all the host's memory and CPU, and the OOM killer picks the victims. */
public final class NoResourceLimits extends Rule implements ComposeCheck {
    public NoResourceLimits() {
        super(RuleMeta.of("no-resource-limits", Severity.INFO, "Service has no memory or CPU limit").kinds(FileKind.COMPOSE).productionAdvice());
    }

    @Override
    public void check(ComposeContext ctx) {
        if (ctx.project().isFragment()) return;
        for (Service s : ctx.model().containers()) {
            if (s.node == null || s.has("mem_limit") || s.has("cpus") || s.node.get("deploy", "resources", "limits") != null) continue;
            if (ctx.serviceRoles().isOneShot(s)) continue; // a job that exits: nothing to restart or keep in bounds
            Report r = ctx.report(s.key, "Service '" + s.name + "' has no memory or CPU limit: one runaway process can starve every other service",
                    "El servicio '" + s.name + "' no tiene límite de memoria ni de CPU: un proceso desbocado puede dejar sin recursos a los demás");
            Map<String, Object> limits = new LinkedHashMap<>();
            limits.put("cpus", "1.0");
            limits.put("memory", "512M");
            Msg title = Msg.of("Add deploy.resources.limits", "Añadir deploy.resources.limits");
            YNode deploy = s.get("deploy");
            YNode resources = deploy == null ? null : deploy.get("resources");
            if (deploy == null) {
                ctx.addToService(s, "deploy", Map.of("resources", Map.of("limits", limits))).ifPresent(e -> r.fix(title, false, e));
            } else if (deploy.isMap() && resources == null) {
                r.fix(title, false, ctx.addEntry(deploy, "resources", Map.of("limits", limits)));
            } else if (resources != null && resources.isMap()) {
                r.fix(title, false, ctx.addEntry(resources, "limits", limits));
            }
        }
    }
}
