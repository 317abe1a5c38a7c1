package dev.dockmentor.rules;

import java.util.List;
import java.util.Set;

/**
 * A rule's identity and defaults; the documentation page adds the teaching text. {@code forProduction}
 * marks advice that matters for what ships (image size, hardening, healthchecks, limits): in a development or
 * test file its findings are info, and say why.
 */
public record RuleMeta(String id, Severity severity, Profile profile, List<String> aliases, String title,
                       Set<FileKind> kinds, boolean needsConfig, boolean forProduction) {

    public static RuleMeta of(String id, Severity severity, String title) {
        return new RuleMeta(id, severity, Profile.RECOMMENDED, List.of(), title, Set.of(FileKind.DOCKERFILE), false, false);
    }

    public RuleMeta aliases(String... a) {
        return new RuleMeta(id, severity, profile, List.of(a), title, kinds, needsConfig, forProduction);
    }

    public RuleMeta strict() {
        return new RuleMeta(id, severity, Profile.STRICT, aliases, title, kinds, needsConfig, forProduction);
    }

    public RuleMeta kinds(FileKind... k) {
        return new RuleMeta(id, severity, profile, aliases, title, Set.of(k), needsConfig, forProduction);
    }

    /** Only active when configuration gives it something to check (e.g. trusted registries). */
    public RuleMeta whenConfigured() {
        return new RuleMeta(id, severity, profile, aliases, title, kinds, true, forProduction);
    }

    /** Advice for what ships: info, with the reason, in development and test files. */
    public RuleMeta productionAdvice() {
        return new RuleMeta(id, severity, profile, aliases, title, kinds, needsConfig, true);
    }
}
