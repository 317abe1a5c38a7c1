package dev.dockmentor.rules;

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
                new MissingArgument(),
                new InvalidFlag(),
                new MalformedExecForm(),
                new UnknownStage(),
                new DuplicateStageName(),
                new InvalidPort(),
                new UndefinedVariable(),
                new InstructionCasing(),
                new MaintainerDeprecated(),
                // Parity with BuildKit checks and hadolint
                new LegacyKeyValueFormat(),
                new MultipleInstructions(),
                new RelativeWorkdir(),
                new StageNameCasing(),
                new ReservedStageName(),
                new EmptyContinuation(),
                new ExposeHostPort(),
                new CopyFromOwnStage(),
                new EnvSelfReference(),
                new InstructionOrder(),
                new CopyDestNotDir(),
                // Security
                new RootUser(),
                new HardcodedSecret(),
                new CurlPipeShell(),
                new SudoUsage(),
                new AddInsteadOfCopy(),
                // Runtime and operations
                new MissingHealthcheck(),
                new HealthcheckToolMissing(),
                new ShellFormCmd(),
                new ShellFormNoShell(),
                new CdInsteadOfWorkdir()
        );
    }
}
