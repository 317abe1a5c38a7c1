package dev.dockmentor.rules;

/** A rule crashed on this file; the other rules' findings are still shown. */
public final class InternalError extends Rule {
    public InternalError() {
        super(RuleMeta.of("internal-error", Severity.WARNING, "A dockmentor rule failed on this file")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE));
    }
}
