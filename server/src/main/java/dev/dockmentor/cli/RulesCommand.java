package dev.dockmentor.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.dockmentor.docs.RuleDocs;
import dev.dockmentor.docs.RulePage;
import dev.dockmentor.engine.RuleRegistry;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import java.io.PrintStream;
import java.util.Optional;

/** {@code dockmentor rules} and {@code dockmentor explain}. */
final class RulesCommand {
    private RulesCommand() {}

    static int run(String[] args, PrintStream out) throws Usage {
        String format = "text";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--format") && i + 1 < args.length) format = args[++i];
            else if (args[i].startsWith("--format=")) format = args[i].substring(9);
            else throw new Usage("rules: unexpected argument '" + args[i] + "'");
        }
        RuleRegistry reg = RuleRegistry.get();
        if (format.equals("json")) {
            JsonArray a = new JsonArray();
            for (Rule r : reg.rules()) {
                RuleMeta m = r.meta();
                JsonObject o = new JsonObject();
                o.addProperty("id", m.id());
                o.addProperty("severity", m.severity().label());
                o.addProperty("profile", m.profile().label());
                JsonArray al = new JsonArray();
                m.aliases().forEach(al::add);
                o.add("aliases", al);
                JsonArray kinds = new JsonArray();
                m.kinds().stream().map(k -> k.label()).sorted().forEach(kinds::add);
                o.add("kinds", kinds);
                o.addProperty("title", m.title());
                // From the rule page's "Fix safety": safe, unsafe, sometimes or none.
                String fix = dev.dockmentor.docs.RuleDocs.page(m.id(), "en").map(dev.dockmentor.docs.RulePage::fixability).orElse("none");
                o.addProperty("fixable", !fix.equals("none"));
                o.addProperty("fix", fix);
                a.add(o);
            }
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(a));
            return 0;
        }
        if (format.equals("markdown")) {
            out.print(dev.dockmentor.docs.RulesIndex.markdown(reg.rules()));
            return 0;
        }
        if (!format.equals("text")) throw new Usage("rules: --format must be text, json or markdown");
        for (Rule r : reg.rules()) {
            RuleMeta m = r.meta();
            out.printf("%-28s %-8s %-12s %-22s %s%n", m.id(), m.severity().label(), m.profile().label(),
                    m.aliases().isEmpty() ? "-" : String.join(",", m.aliases()), m.title());
        }
        return 0;
    }

    static int explain(String[] args, PrintStream out) throws Usage {
        String id = null;
        String locale = CheckCommand.envLocale();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--locale") && i + 1 < args.length) locale = args[++i];
            else if (args[i].startsWith("--locale=")) locale = args[i].substring(9);
            else if (id == null) id = args[i];
            else throw new Usage("explain: unexpected argument '" + args[i] + "'");
        }
        if (id == null) throw new Usage("explain: which rule? (dockmentor explain RULE-ID; see dockmentor rules)");
        RuleRegistry reg = RuleRegistry.get();
        Optional<Rule> rule = reg.rule(id);
        if (rule.isEmpty()) throw new Usage("explain: no rule '" + id + "' (see dockmentor rules)");
        RuleMeta m = rule.get().meta();
        Optional<RulePage> page = RuleDocs.page(m.id(), locale);
        if (page.isEmpty()) throw new Usage("explain: rule '" + m.id() + "' has no documentation page");
        boolean es = locale != null && locale.startsWith("es");
        out.println(page.get().markdown().strip());
        out.println();
        out.println((es ? "Severidad por defecto: " : "Default severity: ") + m.severity().label()
                + (es ? " · perfil: " : " · profile: ") + m.profile().label()
                + (m.aliases().isEmpty() ? "" : (es ? " · alias: " : " · aliases: ") + String.join(", ", m.aliases())));
        return 0;
    }
}
