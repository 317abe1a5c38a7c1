package dev.dockmentor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.config.Config;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.engine.RuleRegistry;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Profile;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleTester;
import dev.dockmentor.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds every rule to the severity policy (docs/severity-policy.md): its default severity and why, and the context
 * downgrade of production advice in development files.
 */
class SeverityPolicyTest {
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| (error|warning|info|hint) \\| (.+) \\|$");
    private static final List<String> ERROR_REASONS = List.of("the build fails", "docker compose up fails",
            "a credential is shipped", "a policy the user configured");

    static Map<String, String[]> table() throws IOException {
        String md = Files.readString(RuleDocsTest.REPO.resolve("docs/severity-policy.md"));
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(md);
        while (m.find()) {
            String[] prev = rows.put(m.group(1), new String[] {m.group(2), m.group(3)});
            assertEquals(null, prev, "listed twice: " + m.group(1));
        }
        return rows;
    }

    @Test
    void everyRuleIsListedWithItsDefaultSeverityAndAReasonThePolicyAllows() throws IOException {
        Map<String, String[]> rows = table();
        List<String> problems = new ArrayList<>();
        for (Rule r : RuleRegistry.get().rules()) {
            String[] row = rows.remove(r.id());
            if (row == null) {
                problems.add(r.id() + ": not in docs/severity-policy.md");
                continue;
            }
            if (!row[0].equals(r.meta().severity().label())) problems.add(r.id() + ": policy says " + row[0] + ", metadata " + r.meta().severity().label());
            String why = row[1];
            boolean ok = switch (r.meta().severity()) {
                case ERROR -> ERROR_REASONS.stream().anyMatch(why::startsWith);
                case WARNING -> why.startsWith("a real problem");
                case INFO, HINT -> why.startsWith("advice");
            };
            if (!ok) problems.add(r.id() + ": '" + why + "' is no reason for " + row[0]);
        }
        for (String stale : rows.keySet()) problems.add(stale + ": listed but no such rule");
        assertEquals(List.of(), problems);
    }

    static Stream<String> productionAdvice() {
        return RuleRegistry.get().rules().stream().filter(r -> r.meta().forProduction()).map(Rule::id);
    }

    /** The page's Before example, linted as a development file, gives this rule's findings at info at most. */
    @ParameterizedTest
    @MethodSource("productionAdvice")
    void productionAdviceIsInfoInADevelopmentFile(String id) {
        List<Finding> prod = lintBefore(id, "");
        List<Finding> dev = lintBefore(id, ".devcontainer/");
        assertTrue(prod.stream().anyMatch(f -> f.ruleId().equals(id)), id + ": the Before example fires in production");
        for (Finding f : dev) {
            if (!f.ruleId().equals(id)) continue;
            assertTrue(Severity.INFO.atLeast(f.severity()), id + " in a development file: " + f.severity() + " " + f.message().en());
            if (prod.stream().anyMatch(x -> x.ruleId().equals(id) && x.severity().atLeast(Severity.WARNING))) {
                assertTrue(f.message().en().contains("(advice only: ") || f.severity() == Severity.INFO, f.message().en());
            }
        }
    }

    /**
     * The rule page's Before example linted as {@code /project/<folder>Dockerfile} or {@code compose.yaml} (strict
     * profile, in a repository with a .dockerignore); skipped for examples that need other files or another kind.
     */
    private static List<Finding> lintBefore(String id, String folder) {
        Assumptions.assumeFalse(RuleDocsTest.CONTEXT_DEPENDENT.contains(id), "example depends on other files");
        RulePage p = RuleDocs.page(id, "en").orElseThrow();
        Rule rule = RuleRegistry.get().rule(id).orElseThrow();
        boolean compose = "yaml".equals(p.fence());
        Assumptions.assumeTrue(p.before() != null && rule.meta().kinds().contains(compose ? FileKind.COMPOSE : FileKind.DOCKERFILE));
        ProjectFiles files = RuleTester.files(".git/HEAD", "ref\n", ".dockerignore", ".git\n.env\n", ".devcontainer/.dockerignore", ".git\n");
        Config cfg = Config.DEFAULT.withProfile(Profile.STRICT);
        Analyzer a = new Analyzer();
        return compose
                ? a.analyzeCompose("/project/" + folder + "compose.yaml", p.before(), files, cfg, Cancel.NEVER)
                : a.analyzeDockerfile("/project/" + folder + "Dockerfile", p.before(), Path.of("/project/" + folder), files, cfg, Cancel.NEVER);
    }

    static Stream<String> allRules() {
        return RuleRegistry.get().rules().stream().map(Rule::id);
    }

    /**
     * The page's "Fix safety" says what the code does: a rule whose page offers no automatic fix gives none on its
     * Before example, a safe one only safe fixes, an unsafe one only unsafe fixes (what {@code dockmentor rules} reports).
     */
    @ParameterizedTest
    @MethodSource("allRules")
    void theFixSafetyPageTellsTheTruthAboutTheFixes(String id) {
        List<Finding> found = lintBefore(id, "");
        String fix = RuleDocs.page(id, "en").orElseThrow().fixability();
        for (Finding f : found) {
            if (!f.ruleId().equals(id)) continue;
            for (var x : f.fixes()) {
                switch (fix) {
                    case "none" -> org.junit.jupiter.api.Assertions.fail(id + ": the page says no automatic fix, the code offers '" + x.title().en() + "'");
                    case "safe" -> assertTrue(x.safe(), id + ": the page says safe, '" + x.title().en() + "' is not");
                    case "unsafe" -> assertTrue(!x.safe(), id + ": the page says unsafe, '" + x.title().en() + "' is safe");
                    default -> { }
                }
            }
        }
    }
}
