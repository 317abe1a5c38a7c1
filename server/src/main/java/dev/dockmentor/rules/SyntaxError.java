package dev.dockmentor.rules;

/** Parser problems (unclosed heredoc, bad escape directive, binary content) report under this id. */
public final class SyntaxError extends Rule {
    public SyntaxError() {
        super(RuleMeta.of("syntax-error", Severity.ERROR, "The file cannot be parsed as written")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE));
    }
}
