package dev.dockmentor.engine;

import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleCatalog;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rules, by id, with every alias (hadolint code, BuildKit check name) resolving to its id. */
public final class RuleRegistry {
    private static final RuleRegistry DEFAULT = new RuleRegistry(RuleCatalog.all());

    private final Map<String, Rule> byId = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    public RuleRegistry(List<Rule> rules) {
        for (Rule r : rules) {
            if (byId.put(r.id(), r) != null) throw new IllegalStateException("duplicate rule id " + r.id());
            for (String a : r.meta().aliases()) aliases.put(a.toLowerCase(Locale.ROOT), r.id());
        }
    }

    public static RuleRegistry get() {
        return DEFAULT;
    }

    public List<Rule> rules() {
        return List.copyOf(byId.values());
    }

    public Optional<Rule> rule(String idOrAlias) {
        return Optional.ofNullable(byId.get(resolve(idOrAlias)));
    }

    /** The rule id an id or alias names; unknown names come back unchanged. */
    public String resolve(String idOrAlias) {
        if (byId.containsKey(idOrAlias)) return idOrAlias;
        return aliases.getOrDefault(idOrAlias.toLowerCase(Locale.ROOT), idOrAlias);
    }
}
