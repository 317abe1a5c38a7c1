package dev.dockmentor.rules;

import dev.dockmentor.rules.compose.*;
import dev.dockmentor.rules.dockerfile.*;
import java.util.List;

/** The explicit list of every rule; a test checks it against the catalogue and the docs. */
public final class RuleCatalog {
    private RuleCatalog() {}

    public static List<Rule> all() {
        return List.of(
                new SyntaxError(),
                new FileTooLarge(),
                new InternalError(),
                // Dockerfile: syntax and semantics
                new UnknownInstruction(),
                // Compose (security, runtime and operations, structure and references)
                new PrivilegedContainer(),
                new DockerSocketMount(),
                new HostNetwork(),
                new NoNewPrivileges(),
                new CapDropMissing(),
                new WritableRootFs(),
                new MissingRestartPolicy(),
                new DependsOnNoCondition(),
                new DependsOnUnhealthyTarget(),
                new NoResourceLimits(),
                new MissingNamedVolume(),
                new DefaultNetwork(),
                new PublishedDatabasePort(),
                new ObsoleteVersion(),
                new SourceBindMount(),
                new ComposeSchema(),
                new UnknownService(),
                new UndefinedReference(),
                new DuplicateHostPort(),
                new UnknownBuildTarget(),
                new MissingFile()
        );
    }
}
