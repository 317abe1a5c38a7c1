package dev.dockmentor.seeds;

import static org.junit.jupiter.api.Assertions.*;

import dev.dockmentor.config.Config;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The teaching documents this product grew from (../shared/seeds, read in place, never copied):
 * each complete anti-pattern Dockerfile gets the findings the document names, and each
 * "solution" Dockerfile gets no warning or error beyond the few listed and justified here.
 */
class SeedExamplesTest {
    static final Path SEEDS = Path.of(System.getProperty("dockmentor.repo", "..")).resolve("../shared/seeds").normalize();

    /** seed file prefix, index of the ```dockerfile block in it, expected rules, or allowed rules for solutions. */
    record Case(String seed, int block, boolean antiPattern, Set<String> rules, String why) {}

    static final List<Case> CASES = List.of(
            new Case("000", 0, true, Set.of("full-base-image", "copy-before-deps", "root-user", "missing-healthcheck", "pip-no-cache-dir"),
                    "Pattern 1: full python image, COPY before deps, root, no healthcheck"),
            new Case("000", 1, false, Set.of(), "Pattern 1 solution: multi-stage slim, non-root, healthcheck"),
            new Case("000", 2, true, Set.of("os-base-for-runtime", "apt-no-install-recommends", "apt-lists-not-removed", "unneeded-packages", "root-user"),
                    "Pattern 3: ubuntu + apt python, vim/git in the final image"),
            new Case("000", 3, false, Set.of(), "Pattern 3 solution"),
            new Case("001", 0, true, Set.of("full-base-image", "copy-before-deps", "root-user", "missing-healthcheck"),
                    "Nivel 1: python:3.11, COPY . . first, root, no healthcheck"),
            // Genuine: its HEALTHCHECK runs curl, which python:3.11-slim does not ship.
            new Case("001", 1, false, Set.of("healthcheck-tool-missing"), "Nivel 2: multi-stage slim"),
            // Genuine: distroless without a tag is :latest, whose user is root (only :nonroot runs as 65532).
            new Case("001", 2, false, Set.of("unpinned-image", "root-user"), "Nivel 3: distroless"));

    static Stream<Arguments> cases() {
        return CASES.stream().map(c -> Arguments.of(c.seed + "#" + c.block + " " + c.why, c));
    }

    static String block(Case c) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "the shared seeds are not beside this clone");
        Path file;
        try (Stream<Path> s = Files.list(SEEDS)) {
            file = s.filter(p -> p.getFileName().toString().startsWith(c.seed + "_")).findFirst().orElseThrow();
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```dockerfile\\r?\\n(.*?)```", Pattern.DOTALL).matcher(text);
        List<String> blocks = new ArrayList<>();
        while (m.find()) blocks.add(m.group(1));
        return blocks.get(c.block);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void seedDockerfilesAreJudgedAsTheDocumentsSay(String name, Case c) throws IOException {
        String src = block(c);
        // Solutions come with their .dockerignore in the documents; anti-patterns with none.
        var files = c.antiPattern ? RuleTester.files() : RuleTester.WITH_DOCKERIGNORE;
        List<Finding> found = new Analyzer().analyzeDockerfile(RuleTester.PATH, src, Path.of("/project"), files,
                Config.DEFAULT, Cancel.NEVER);
        Set<String> ids = new TreeSet<>();
        for (Finding f : found) ids.add(f.ruleId());
        if (c.antiPattern) {
            Set<String> missing = new TreeSet<>(c.rules);
            missing.removeAll(ids);
            assertTrue(missing.isEmpty(), "missing " + missing + " on:\n" + src + "\nfound " + ids);
        } else {
            List<String> serious = found.stream().filter(f -> f.severity().atLeast(dev.dockmentor.rules.Severity.WARNING))
                    .filter(f -> !c.rules.contains(f.ruleId())).map(f -> f.ruleId() + "@" + (f.range().start().line() + 1) + " " + f.message().en()).toList();
            assertEquals(List.of(), serious, "warnings on a solution:\n" + src);
        }
    }
}
