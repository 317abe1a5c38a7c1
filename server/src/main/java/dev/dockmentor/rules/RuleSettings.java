package dev.dockmentor.rules;

import java.util.List;

/** What configuration tells rules (beyond on/off and severity, which the engine applies). */
public record RuleSettings(List<String> trustedRegistries) {
    public static final RuleSettings DEFAULT = new RuleSettings(List.of());
}
