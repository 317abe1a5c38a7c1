package dev.dockmentor.rules;

import java.nio.file.Path;
import java.util.List;

/**
 * What configuration tells rules (beyond on/off and severity, which the engine applies): trusted registries, and the
 * folder the user treats as the project root (null: found from {@code .git} or {@code .dockmentor.yaml}).
 */
public record RuleSettings(List<String> trustedRegistries, Path projectRoot) {
    public static final RuleSettings DEFAULT = new RuleSettings(List.of(), null);

    public RuleSettings(List<String> trustedRegistries) {
        this(trustedRegistries, null);
    }
}
