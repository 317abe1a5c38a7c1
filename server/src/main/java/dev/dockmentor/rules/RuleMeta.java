package dev.dockmentor.rules;

import java.util.List;
import java.util.Set;

/**
 * A rule's identity and defaults; the documentation page adds the teaching text. {@code forProduction}
 * marks advice that matters for what ships (image size, hardening, healthchecks, limits): in a development or
 * test file its findings are info, and say why; {@code forRunningApp} marks advice about the application container.
 */
public record RuleMeta(String id, Severity severity, Profile profile, List<String> aliases, String title,
                       Set<FileKind> kinds, boolean needsConfig, boolean forProduction, boolean forRunningApp) {

    public static RuleMeta of(String id, Severity severity, String title) {
        return new RuleMeta(id, severity, Profile.RECOMMENDED, List.of(), title, Set.of(FileKind.DOCKERFILE), false, false, false);
    }

    public RuleMeta aliases(String... a) {
        return new RuleMeta(id, severity, profile, List.of(a), title, kinds, needsConfig, forProduction, forRunningApp);
    }

    public RuleMeta strict() {
        return new RuleMeta(id, severity, Profile.STRICT, aliases, title, kinds, needsConfig, forProduction, forRunningApp);
    }

    public RuleMeta kinds(FileKind... k) {
        return new RuleMeta(id, severity, profile, aliases, title, Set.of(k), needsConfig, forProduction, forRunningApp);
    }

    /** Only active when configuration gives it something to check (e.g. trusted registries). */
    public RuleMeta whenConfigured() {
        return new RuleMeta(id, severity, profile, aliases, title, kinds, true, forProduction, forRunningApp);
    }

    /**
     * Advice about the application container (its user, healthcheck, toolchain at run time): info, with the reason,
     * on a base or toolchain image that says nothing to run (built to be extended: root and compilers are its point).
     * Implies {@link #productionAdvice()}.
     */
    public RuleMeta runningAppAdvice() {
        return new RuleMeta(id, severity, profile, aliases, title, kinds, needsConfig, true, true);
    }

    /** Advice for what ships: info, with the reason, in development and test files. */
    public RuleMeta productionAdvice() {
        return new RuleMeta(id, severity, profile, aliases, title, kinds, needsConfig, true, forRunningApp);
    }
}
