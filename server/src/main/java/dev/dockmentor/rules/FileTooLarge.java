package dev.dockmentor.rules;

/** Files beyond the analysis size cap get this one finding instead of a hang. */
public final class FileTooLarge extends Rule {
    public FileTooLarge() {
        super(RuleMeta.of("file-too-large", Severity.WARNING, "File too large to analyse")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE));
    }
}
