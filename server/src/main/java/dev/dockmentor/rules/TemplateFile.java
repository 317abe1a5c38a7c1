package dev.dockmentor.rules;

/**
 * A Dockerfile or compose template ({@code Dockerfile.j2}, Jinja or Go template syntax, a placeholder base
 * image): the engine reports this one info instead of linting text a generator will replace.
 */
public final class TemplateFile extends Rule {
    public static final String ID = "template-file";

    public TemplateFile() {
        super(RuleMeta.of(ID, Severity.INFO, "Template, not linted").kinds(FileKind.DOCKERFILE, FileKind.COMPOSE));
    }
}
