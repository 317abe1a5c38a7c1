package dev.dockmentor.docs;

import static org.junit.jupiter.api.Assertions.*;

import dev.dockmentor.config.Config;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.engine.RuleRegistry;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Profile;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule pages are the single source of teaching text: complete, bilingual, and their examples true. */
class RuleDocsTest {
    static final Path REPO = Path.of(System.getProperty("dockmentor.repo", "..")).toAbsolutePath().normalize();
    /** Pages whose examples depend on files beside the Dockerfile or on configuration. */
    static final Set<String> CONTEXT_DEPENDENT = Set.of("missing-dockerignore", "dockerignore-gaps", "copy-ignored-file",
            "untrusted-registry", "file-too-large", "internal-error",
            // compose pages needing a *prod* file name, a Dockerfile or paths beside them (ComposeDocExamplesTest builds those)
            "source-bind-mount", "unknown-build-target", "missing-file");

    static Stream<String> ruleIds() {
        return RuleRegistry.get().rules().stream().map(Rule::id);
    }

    @ParameterizedTest
    @MethodSource("ruleIds")
    void everyRuleHasBothPagesWithEverySection(String id) {
        for (String locale : List.of("en", "es")) {
            RulePage p = RuleDocs.page(id, locale).orElseThrow(() -> new AssertionError("no " + locale + " page for " + id));
            assertEquals(locale, p.locale(), id + ": " + locale + " page missing (fell back)");
            assertNotNull(p.what(), id + " " + locale + ": What is wrong");
            assertNotNull(p.why(), id + " " + locale + ": Why it matters");
            assertNotNull(p.impact(), id + " " + locale + ": Impact");
            assertNotNull(p.before(), id + " " + locale + ": Before example");
            assertNotNull(p.after(), id + " " + locale + ": After example");
            assertNotNull(p.silence(), id + " " + locale + ": How to silence");
            assertTrue(p.markdown().startsWith("# " + id + ":"), id + " " + locale + ": title line");
        }
    }

    /** Every page says what the rule leaves alone and how far its quick fix can be trusted, between After and How to silence. */
    @ParameterizedTest
    @MethodSource("ruleIds")
    void everyPageHasNotFlaggedAndFixSafetyInOrder(String id) {
        for (String locale : List.of("en", "es")) {
            RulePage p = RuleDocs.page(id, locale).orElseThrow(() -> new AssertionError("no " + locale + " page for " + id));
            boolean es = locale.equals("es");
            assertNotNull(p.notFlagged(), id + " " + locale + ": " + (es ? RulePage.ES_NOT_FLAGGED : RulePage.EN_NOT_FLAGGED));
            assertFalse(p.notFlagged().isBlank(), id + " " + locale + ": empty " + (es ? RulePage.ES_NOT_FLAGGED : RulePage.EN_NOT_FLAGGED));
            assertNotNull(p.fixSafety(), id + " " + locale + ": " + (es ? RulePage.ES_FIX_SAFETY : RulePage.EN_FIX_SAFETY));
            assertFalse(p.fixSafety().isBlank(), id + " " + locale + ": empty " + (es ? RulePage.ES_FIX_SAFETY : RulePage.EN_FIX_SAFETY));
            assertEquals(RulePage.pageOrder(locale), RuleDocs.headings(p.markdown()),
                    id + " " + locale + ": sections missing, repeated or out of order (see docs/rules/FORMAT.md)");
        }
    }

    @Test
    void parseReadsTheNewSectionsAndToleratesPagesWithoutThem() {
        String full = "# x: t\n\n## What is wrong\nw\n\n## Why it matters\ny\n\n## Impact\ni\n\n## Before\n```dockerfile\nFROM a\n```\n\n"
                + "## After\n```dockerfile\nFROM b\n```\n\n## What it does not flag\n- n\n\n## Fix safety\nNo automatic fix.\n\n"
                + "## How to silence\ns\n";
        RulePage p = RuleDocs.parse("x", "en", full);
        assertEquals("- n", p.notFlagged());
        assertEquals("No automatic fix.", p.fixSafety());
        assertEquals("s", p.silence());
        assertEquals(RulePage.EN_PAGE_ORDER, RuleDocs.headings(full));
        String old = full.replace("## What it does not flag\n- n\n\n## Fix safety\nNo automatic fix.\n\n", "");
        RulePage q = RuleDocs.parse("x", "en", old);
        assertNull(q.notFlagged());
        assertNull(q.fixSafety());
        assertEquals("s", q.silence());
        assertEquals("FROM b\n", q.after());
        RulePage legacy = new RulePage("x", "en", "t", old, "w", "y", "i", "FROM a\n", "FROM b\n", "dockerfile", "s");
        assertNull(legacy.notFlagged());
        assertEquals("s", legacy.silence());
    }

    @ParameterizedTest
    @MethodSource("ruleIds")
    void beforeExampleFiresAndAfterExampleDoesNot(String id) {
        Rule rule = RuleRegistry.get().rule(id).orElseThrow();
        RulePage p = RuleDocs.page(id, "en").orElseThrow();
        Assumptions.assumeFalse(CONTEXT_DEPENDENT.contains(id), "example depends on other files or configuration");
        boolean compose = "yaml".equals(p.fence());
        Assumptions.assumeTrue(compose ? rule.meta().kinds().contains(FileKind.COMPOSE) && Analyzer.COMPOSE_SUPPORTED
                : rule.meta().kinds().contains(FileKind.DOCKERFILE), "example kind not analysed by this rule yet");
        assertFalse(lint(compose, p.before()).stream().noneMatch(f -> f.ruleId().equals(id)),
                id + ": the Before example does not fire the rule:\n" + p.before());
        List<Finding> after = lint(compose, p.after()).stream().filter(f -> f.ruleId().equals(id)).toList();
        assertTrue(after.isEmpty(), id + ": the After example still fires the rule:\n" + p.after() + "\n" + after);
    }

    private static List<Finding> lint(boolean compose, String src) {
        Analyzer a = new Analyzer();
        Config cfg = Config.DEFAULT.withProfile(Profile.STRICT);
        if (compose) return a.analyzeCompose("/project/compose.yaml", src, RuleTester.WITH_DOCKERIGNORE, cfg, Cancel.NEVER);
        return a.analyzeDockerfile(RuleTester.PATH, src, Path.of("/project"), RuleTester.WITH_DOCKERIGNORE, cfg, Cancel.NEVER);
    }

    @Test
    void everyCatalogueRuleHasItsPages() throws IOException {
        Path catalogue = REPO.resolve("../shared/spec/rules.md");
        Assumptions.assumeTrue(Files.exists(catalogue), "the shared catalogue is not beside this clone");
        Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)`").matcher(Files.readString(catalogue));
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            for (String suffix : List.of(".md", ".es.md")) {
                if (!Files.exists(REPO.resolve("docs/rules/" + m.group(1) + suffix))) missing.add(m.group(1) + suffix);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void readmeRuleTableIsTheGeneratedOne() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        int s = readme.indexOf(RulesIndex.START);
        int e = readme.indexOf(RulesIndex.END);
        assertTrue(s >= 0 && e > s, "README.md lacks the generated rule table markers");
        String committed = readme.substring(readme.indexOf('\n', s) + 1, e);
        assertEquals(RulesIndex.markdown(RuleRegistry.get().rules()), committed,
                "README rule table is stale: run scripts/update-readme-rules.sh");
    }
}
