package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Dependency;
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
import java.util.List;
import java.util.Map;

/** A plain depends_on only orders start-up: the dependent starts while its database is still initialising. */
public final class DependsOnNoCondition extends Rule implements ComposeCheck {
    public DependsOnNoCondition() {
        super(RuleMeta.of("depends-on-no-condition", Severity.INFO, "depends_on does not wait for a healthy service").kinds(FileKind.COMPOSE));
    }

    @Override
    public void check(ComposeContext ctx) {
        for (Service s : ctx.model().services.values()) {
            List<Dependency> deps = s.dependsOn();
            for (Dependency d : deps) {
                Service target = ctx.model().services.get(d.service());
                if (target == null || !ComposeRules.healthy(ctx, target)) continue;
                String cond = d.condition();
                if (cond != null && !cond.equals("service_started")) continue;
                Report r = ctx.report(d.nameNode(), "'" + s.name + "' depends on '" + d.service() + "', which has a healthcheck, but does not wait "
                                + "for it to be healthy (condition: service_healthy): it may start before '" + d.service() + "' is ready",
                        "'" + s.name + "' depende de '" + d.service() + "', que tiene healthcheck, pero no espera a que esté sano "
                                + "(condition: service_healthy): puede arrancar antes de que '" + d.service() + "' esté listo");
                Msg title = Msg.of("Wait until healthy", "Esperar a que esté sano");
                YNode list = s.get("depends_on");
                // Never edit a node an anchor shares: the change would reach every alias and merge key using it
                // (an anchored 'condition: service_started' turned into service_healthy broke a service that waits
                // for one without a healthcheck).
                if (d.shortForm() && list != null && list.isSeq()) {
                    if (!ctx.shared(list) && !ctx.definesAnchor(list)) r.fix(title, false, ctx.replace(list, longForm(ctx, list, deps)));
                } else if (!d.shortForm() && d.conditionNode() != null && !ctx.shared(d.conditionNode())) {
                    r.fix(title, false, ctx.replace(d.conditionNode(), "service_healthy"));
                } else if (!d.shortForm()) {
                    // The entry reported, not the first of its name: with 'app:' twice (a duplicate key, which
                    // Compose refuses) the condition went to the other one and the finding stayed (fuzzing).
                    // A condition merged in (<<: *started) is overridden by an explicit key at the use site.
                    YNode body = null;
                    for (YNode.Entry e : list.entries) if (e.key() == d.nameNode()) body = e.value();
                    if (body != null && body.isMap() && !ctx.shared(body)) r.fix(title, false, ctx.addEntry(body, "condition", "service_healthy"));
                }
            }
        }
    }

    /** The long form of a short depends_on list: service_healthy where the target has a healthcheck. */
    private static String longForm(ComposeContext ctx, YNode list, List<Dependency> deps) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Dependency d : deps) {
            Service t = ctx.model().services.get(d.service());
            m.put(d.service(), Map.of("condition", t != null && ComposeRules.healthy(ctx, t) ? "service_healthy" : "service_started"));
        }
        if (list.flow) return ctx.writer().flow(m);
        String indent = " ".repeat(list.range.start().character());
        String nl = ctx.newline();
        StringBuilder sb = new StringBuilder();
        for (var e : m.entrySet()) sb.append(ctx.writer().entry(indent, e.getKey(), e.getValue(), nl));
        String text = sb.toString();
        return text.substring(indent.length(), text.length() - nl.length());
    }
}
