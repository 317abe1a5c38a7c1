package dev.dockmentor.config;

import dev.dockmentor.rules.Profile;
import dev.dockmentor.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Settings from {@code .dockmentor.yaml} (or a {@code .hadolint.yaml} fallback), the CLI and the
 * editor. {@code rules} maps a rule id or alias to a severity, or to null for "off".
 * {@code source} is the file it came from, or null.
 */
public record Config(Profile profile, String locale, Map<String, Severity> rules, List<String> ignorePaths,
                     List<String> trustedRegistries, Path source, Path projectRoot) {

    public Config(Profile profile, String locale, Map<String, Severity> rules, List<String> ignorePaths,
                  List<String> trustedRegistries, Path source) {
        this(profile, locale, rules, ignorePaths, trustedRegistries, source, null);
    }

    /**
     * The folder the user treats as the project (a folder {@code check} walks): folder names below it say what a
     * file is for even where no {@code .git} marks the root.
     */
    public Config withProjectRoot(Path root) {
        return new Config(profile, locale, rules, ignorePaths, trustedRegistries, source, root);
    }

    public static final Config DEFAULT = new Config(Profile.RECOMMENDED, null, Map.of(), List.of(), List.of(), null);

    public boolean isOff(String idOrAlias) {
        return rules.containsKey(idOrAlias) && rules.get(idOrAlias) == null;
    }

    public Config withProfile(Profile p) {
        return p == null ? this : new Config(p, locale, rules, ignorePaths, trustedRegistries, source, projectRoot);
    }

    public Config withLocale(String l) {
        return l == null ? this : new Config(profile, l, rules, ignorePaths, trustedRegistries, source, projectRoot);
    }

    /** Layers {@code over} on this: its explicit values win. */
    public Config overlay(Config over) {
        java.util.Map<String, Severity> merged = new java.util.LinkedHashMap<>(rules);
        merged.putAll(over.rules);
        return new Config(over.profile != Profile.RECOMMENDED || over.source != null ? over.profile : profile,
                over.locale != null ? over.locale : locale, merged,
                over.ignorePaths.isEmpty() ? ignorePaths : over.ignorePaths,
                over.trustedRegistries.isEmpty() ? trustedRegistries : over.trustedRegistries,
                over.source != null ? over.source : source, over.projectRoot != null ? over.projectRoot : projectRoot);
    }
}
