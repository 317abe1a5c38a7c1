package dev.dockmentor.rules;

/** A rule: metadata beside logic. Subclasses implement {@link DockerfileCheck} and/or a compose check. */
public abstract class Rule {
    private final RuleMeta meta;

    protected Rule(RuleMeta meta) {
        this.meta = meta;
    }

    public final RuleMeta meta() {
        return meta;
    }

    public final String id() {
        return meta.id();
    }
}
