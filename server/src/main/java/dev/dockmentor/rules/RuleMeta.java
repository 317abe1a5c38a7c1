package dev.dockmentor.rules;

import java.util.List;
import java.util.Set;

/** A rule's identity and defaults; the documentation page adds the teaching text. */
public record RuleMeta(String id, Severity severity, Profile profile, List<String> aliases, String title,
                       Set<FileKind> kinds, boolean needsConfig) {

    public static RuleMeta of(String id, Severity severity, String title) {
        return new RuleMeta(id, severity, Profile.RECOMMENDED, List.of(), title, Set.of(FileKind.DOCKERFILE), false);
    }

    public RuleMeta aliases(String... a) {
        return new RuleMeta(id, severity, profile, List.of(a), title, kinds, needsConfig);
    }

    public RuleMeta strict() {
        return new RuleMeta(id, severity, Profile.STRICT, aliases, title, kinds, needsConfig);
    }

    public RuleMeta kinds(FileKind... k) {
        return new RuleMeta(id, severity, profile, aliases, title, Set.of(k), needsConfig);
    }

    /** Only active when configuration gives it something to check (e.g. trusted registries). */
    public RuleMeta whenConfigured() {
        return new RuleMeta(id, severity, profile, aliases, title, kinds, true);
    }
}
