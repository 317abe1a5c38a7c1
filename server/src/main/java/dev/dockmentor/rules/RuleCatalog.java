package dev.dockmentor.rules;

import dev.dockmentor.rules.compose.*;
import dev.dockmentor.rules.dockerfile.*;
import java.util.List;

/** The explicit list of every rule, in catalogue order; a test checks it against the catalogue and the docs. */
public final class RuleCatalog {
    private RuleCatalog() {}

    public static List<Rule> all() {
        return List.of(
                new SyntaxError(),
                new FileTooLarge(),
                new TemplateFile(),
                new InternalError(),
                // Dockerfile: syntax and semantics
                new UnknownInstruction(),
                new MissingArgument(),
                new InvalidFlag(),
                new MalformedExecForm(),
                new UnknownStage(),
                new DuplicateStageName(),
                new InvalidPort(),
                new UndefinedVariable(),
                new InstructionCasing(),
                new MaintainerDeprecated(),
                // Base images
                new UnpinnedImage(),
                new FullBaseImage(),
                new OsBaseForRuntime(),
                // Build cache, size and multi-stage
                new CopyBeforeDeps(),
                new AptNoInstallRecommends(),
                new AptListsNotRemoved(),
                new AptUpdateAlone(),
                new PipNoCacheDir(),
                new ApkNoCache(),
                new ConsecutiveRun(),
                new BuildToolsInFinalImage(),
                new UnneededPackages(),
                new MissingDockerignore(),
                new DockerignoreGaps(),
                // Security
                new RootUser(),
                new HardcodedSecret(),
                new CurlPipeShell(),
                new SudoUsage(),
                new AddInsteadOfCopy(),
                // Runtime and operations
                new MissingHealthcheck(),
                new HealthcheckToolMissing(),
                new HealthcheckWithoutFail(),
                new WorldWritablePath(),
                new ShellFormCmd(),
                new ShellFormNoShell(),
                new CdInsteadOfWorkdir(),
                // Parity with BuildKit checks and hadolint
                new LegacyKeyValueFormat(),
                new MultipleInstructions(),
                new RelativeWorkdir(),
                new StageNameCasing(),
                new ReservedStageName(),
                new EmptyContinuation(),
                new CopyIgnoredFile(),
                new ExposeHostPort(),
                new CopyFromOwnStage(),
                new EnvSelfReference(),
                new InstructionOrder(),
                new CopyDestNotDir(),
                new AptGetYes(),
                new AptNotAptGet(),
                new PackageCache(),
                new MissingPipefail(),
                new UnpinnedPackage(),
                new UntrustedRegistry(),
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
