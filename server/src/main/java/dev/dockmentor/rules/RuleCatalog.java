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
                // Parity with BuildKit checks and hadolint
                new CopyIgnoredFile(),
                new AptGetYes(),
                new AptNotAptGet(),
                new PackageCache(),
                new MissingPipefail(),
                new UnpinnedPackage(),
                new UntrustedRegistry()
        );
    }
}
