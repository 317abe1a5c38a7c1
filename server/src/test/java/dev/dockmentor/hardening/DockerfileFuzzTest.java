package dev.dockmentor.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dockmentor.project.DockerIgnore;
import java.util.List;

/**
 * Fuzz targets for the Dockerfile side. In a plain {@code mvn test} each target replays its saved inputs
 * ({@code src/test/resources/dev/dockmentor/hardening/DockerfileFuzzTestInputs/<method>/}); with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them, coverage-guided (docs/hardening.md). Inputs are raw bytes
 * decoded as UTF-8 with replacement, as an editor would show them.
 */
class DockerfileFuzzTest {
    /** The parser never gives up and every range it builds lies inside the document. */
    @FuzzTest(maxDuration = "2m")
    void parse(byte[] input) {
        Invariants.parseDockerfile(Invariants.decode(input));
    }

    /** Every rule on any text: no crash, ranges inside; every fix parses, re-analyses and removes its finding. */
    @FuzzTest(maxDuration = "2m")
    void analyze(byte[] input) {
        String text = Invariants.decode(input);
        var findings = Invariants.analyzeDockerfile(text, Invariants.PROJECT);
        Invariants.everyFix(Invariants.Kind.DOCKERFILE, text, findings, Invariants.PROJECT, 25);
    }

    /**
     * The .dockerignore beside the Dockerfile: the first line is the Dockerfile's COPY source, the rest
     * are patterns. Matching must answer (the patterns compile to linear regexes) and the rules reading
     * the file must not crash.
     */
    @FuzzTest(maxDuration = "2m")
    void dockerignore(byte[] input) {
        String text = Invariants.decode(input);
        int nl = text.indexOf('\n');
        String src = nl < 0 ? text : text.substring(0, nl);
        String patterns = nl < 0 ? "" : text.substring(nl + 1);
        DockerIgnore ig = DockerIgnore.parse(patterns);
        for (String p : List.of(src, ".git", ".env", "node_modules/x/y", "a/b/c/d/e/f/g/h", src + "/x")) {
            ig.excludes(p);
            ig.mentions(p);
        }
        String df = "FROM alpine:3.20\nCOPY " + src.replace('\r', ' ') + " /app/\nCOPY . /app\n";
        Invariants.analyzeDockerfile(df, Invariants.files(".dockerignore", patterns, "package.json", "{}"));
    }
}
