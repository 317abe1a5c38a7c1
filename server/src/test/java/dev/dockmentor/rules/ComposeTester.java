package dev.dockmentor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dockmentor.config.Config;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.engine.RuleRegistry;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.compose.HardcodedSecretCompose;
import dev.dockmentor.rules.compose.HealthcheckToolMissingCompose;
import dev.dockmentor.rules.compose.MissingHealthcheckCompose;
import dev.dockmentor.rules.compose.RootUserCompose;
import dev.dockmentor.rules.compose.UnpinnedImageCompose;
import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.TextEdit;
import dev.dockmentor.text.TextEdits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link RuleTester} for compose files: {@code catches(id, yaml)} with «range» markers,
 * {@code catchesNot}, {@code assertFix} (applies the first fix, re-parses, re-lints). The compose
 * halves of rules shared with Dockerfiles run through test shims until the rule classes call them.
 */
public final class ComposeTester {
    public static final String PATH = "/project/compose.yaml";
    public static final ProjectFiles NO_FILES = files();
    static final Analyzer ANALYZER = new Analyzer(registry(), msg -> {});

    private ComposeTester() {}

    private static RuleRegistry registry() {
        List<Rule> rules = new ArrayList<>(RuleCatalog.all());
        Map<String, Consumer<ComposeContext>> shared = new HashMap<>();
        shared.put("unpinned-image", UnpinnedImageCompose::check);
        shared.put("root-user", RootUserCompose::check);
        shared.put("hardcoded-secret", HardcodedSecretCompose::check);
        shared.put("missing-healthcheck", MissingHealthcheckCompose::check);
        shared.put("healthcheck-tool-missing", HealthcheckToolMissingCompose::check);
        for (var e : shared.entrySet()) {
            if (rules.stream().anyMatch(r -> r.id().equals(e.getKey()))) continue;
            rules.add(new Shim(e.getKey(), e.getValue()));
        }
        return new RuleRegistry(rules);
    }

    private static final class Shim extends Rule implements ComposeCheck {
        private final Consumer<ComposeContext> body;

        Shim(String id, Consumer<ComposeContext> body) {
            super(RuleMeta.of(id, Severity.WARNING, id).kinds(FileKind.COMPOSE));
            this.body = body;
        }

        @Override
        public void check(ComposeContext ctx) {
            body.accept(ctx);
        }
    }

    /** An in-memory project under /project (shared with the Dockerfile tests). */
    public static ProjectFiles files(String... pathAndContent) {
        return RuleTester.files(pathAndContent);
    }

    public static List<Finding> lint(String src) {
        return lint(PATH, src, NO_FILES);
    }

    public static List<Finding> lint(String path, String src, ProjectFiles files) {
        List<Finding> out = ANALYZER.analyzeCompose(path, src, files, Config.DEFAULT.withProfile(Profile.STRICT), Cancel.NEVER);
        LineIndex li = new LineIndex(src);
        Position end = li.position(src.length());
        for (Finding f : out) {
            assertEquals(path, f.path(), "finding reported in another file: " + f);
            assertTrue(f.range().start().compareTo(f.range().end()) <= 0, "range reversed: " + f);
            assertTrue(f.range().end().compareTo(end) <= 0, "range past the end of the document: " + f);
            assertFalse(f.ruleId().equals("internal-error"), "a rule crashed: " + f.message().en());
        }
        return out;
    }

    public static List<Finding> of(String id, List<Finding> all) {
        return all.stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    public static List<Finding> catches(String id, String marked) {
        return catches(id, marked, NO_FILES);
    }

    public static List<Finding> catches(String id, String marked, ProjectFiles files) {
        return catchesIn(PATH, id, marked, files);
    }

    public static List<Finding> catchesIn(String path, String id, String marked, ProjectFiles files) {
        RuleTester.Marked m = RuleTester.Marked.parse(marked);
        List<Finding> hits = of(id, lint(path, m.text(), files));
        if (hits.isEmpty()) fail(id + " did not fire on:\n" + m.text() + "\nall findings: " + lint(path, m.text(), files));
        if (!m.ranges().isEmpty()) {
            assertEquals(m.ranges(), hits.stream().map(Finding::range).toList(), id + " ranges on:\n" + m.text());
        }
        return hits;
    }

    public static void catchesNot(String id, String src) {
        catchesNot(id, src, NO_FILES);
    }

    public static void catchesNot(String id, String src, ProjectFiles files) {
        catchesNotIn(PATH, id, src, files);
    }

    public static void catchesNotIn(String path, String id, String src, ProjectFiles files) {
        List<Finding> hits = of(id, lint(path, src, files));
        if (!hits.isEmpty()) fail(id + " fired but should not on:\n" + src + "\n" + hits);
    }

    public static String assertFix(String id, String src, String expected) {
        return assertFix(id, src, expected, NO_FILES);
    }

    /** Applies the first fix of the first finding; checks the text (when expected is not null), parse and re-lint. */
    public static String assertFix(String id, String src, String expected, ProjectFiles files) {
        List<Finding> hits = of(id, lint(PATH, src, files));
        if (hits.isEmpty()) fail(id + " did not fire on:\n" + src);
        Finding f = hits.get(0);
        if (f.fixes().isEmpty()) fail(id + " offers no fix: " + f);
        List<TextEdit> edits = f.fixes().get(0).edits().stream().filter(e -> PATH.equals(e.path())).toList();
        String fixed = TextEdits.apply(src, edits);
        if (expected != null) assertEquals(expected, fixed, id + " fix result");
        List<Finding> after = lint(PATH, fixed, files);
        assertTrue(of("syntax-error", after).isEmpty(), "the fix broke the YAML:\n" + fixed + "\n" + after);
        assertTrue(of(id, after).size() < hits.size(), id + " still fires as often after its fix:\n" + fixed + "\n" + of(id, after));
        return fixed;
    }
}
