package dev.dockmentor.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.engine.RuleRegistry;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Fix;
import dev.dockmentor.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests over {@link Corpus} (rule pages, rule tests, examples) and deterministic variants of
 * each input: for every rule with a fix, applying each of its fixes to every input that triggers it yields a
 * file that parses as well as before and triggers that rule fewer times; analysis is deterministic; every
 * range lies inside its document.
 */
@Timeout(120)
class FixPropertyTest {
    static final long SEED = 20261123L;
    static final int VARIANTS = 2;
    static final ProjectFiles COMPOSE_FILES = Invariants.files(
            "Dockerfile", "FROM python:3.12-slim AS deps\nFROM deps AS build\nFROM build AS runtime\nUSER app\n",
            "app/main.py", "print(1)\n", ".env", "TAG=1\n");
    /** Dockerfile projects besides the default one: without a .dockerignore, and with one that misses .git/.env. */
    static final Map<String, ProjectFiles> OTHER_PROJECTS = Map.of(
            "no .dockerignore", Invariants.files("package.json", "{}", "requirements.txt", "flask\n"),
            ".dockerignore with gaps", Invariants.files(".dockerignore", "node_modules\n", "package.json", "{}"));

    record Sample(Invariants.Kind kind, String origin, String text, ProjectFiles files, List<Finding> findings) {}

    /** Rule id -> inputs on which it reported at least one fix. */
    static final Map<String, List<Sample>> BY_RULE = new TreeMap<>();
    static final List<Sample> ALL = new ArrayList<>();

    @BeforeAll
    static synchronized void analyseCorpus() {
        if (!ALL.isEmpty()) return;
        long seed = SEED;
        for (Corpus.Input in : Corpus.dockerfiles()) {
            add(Invariants.Kind.DOCKERFILE, in.origin(), in.text(), Invariants.PROJECT);
            for (String v : Corpus.variants(in.text(), false, seed++, VARIANTS)) {
                add(Invariants.Kind.DOCKERFILE, in.origin() + "~v", v, Invariants.PROJECT);
            }
        }
        for (Corpus.Input in : Corpus.dockerfiles()) {
            if (!in.origin().toLowerCase().contains("dockerignore") && !in.origin().startsWith("examples")) continue;
            for (var p : OTHER_PROJECTS.entrySet()) add(Invariants.Kind.DOCKERFILE, in.origin() + " (" + p.getKey() + ")", in.text(), p.getValue());
        }
        for (Corpus.Input in : Corpus.composeFiles()) {
            add(Invariants.Kind.COMPOSE, in.origin(), in.text(), COMPOSE_FILES);
            for (String v : Corpus.variants(in.text(), true, seed++, VARIANTS)) add(Invariants.Kind.COMPOSE, in.origin() + "~v", v, COMPOSE_FILES);
        }
    }

    private static void add(Invariants.Kind kind, String origin, String text, ProjectFiles files) {
        List<Finding> fs = kind == Invariants.Kind.DOCKERFILE ? Invariants.analyzeDockerfile(text, files)
                : Invariants.analyzeCompose(text, files); // checks ranges and "no rule crashed" on the way
        Sample s = new Sample(kind, origin, text, files, fs);
        ALL.add(s);
        for (Finding f : fs) {
            if (f.fixes().isEmpty()) continue;
            List<Sample> l = BY_RULE.computeIfAbsent(f.ruleId(), k -> new ArrayList<>());
            if (l.isEmpty() || l.get(l.size() - 1) != s) l.add(s);
        }
    }

    static Set<String> rulesWithFixes() {
        analyseCorpus();
        return BY_RULE.keySet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesWithFixes")
    void everyFixParsesAndRemovesItsFinding(String id) {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Sample s : BY_RULE.get(id)) {
            List<Finding> mine = s.findings().stream().filter(f -> f.ruleId().equals(id)).toList();
            try {
                checked += Invariants.everyFix(s.kind(), s.text(), mine, s.findings(), s.files(), 50);
            } catch (AssertionError e) {
                failures.add(s.origin() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) fail(failures.size() + " of " + BY_RULE.get(id).size() + " inputs break the property for " + id
                + ":\n" + String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
        assertTrue(checked > 0);
    }

    /** Every rule whose class (or a base class) offers a fix has at least one input in the corpus exercising it. */
    @Test
    void everyRuleWithAFixIsExercised() throws IOException {
        Set<String> missing = new TreeSet<>();
        Path main = Corpus.REPO.resolve("server/src/main/java");
        for (Rule r : RuleRegistry.get().rules()) {
            boolean offersFix = false;
            for (Class<?> c = r.getClass(); c != null && c != Rule.class; c = c.getSuperclass()) {
                Path src = main.resolve(c.getName().replace('.', '/') + ".java");
                if (Files.exists(src) && Files.readString(src).contains(".fix(")) offersFix = true;
            }
            if (offersFix && !rulesWithFixes().contains(r.id())) missing.add(r.id());
        }
        assertEquals(Set.of(), missing, "rules with a fix that no corpus input exercises");
    }

    /** Same text, same findings, in the same order, whichever analyzer instance and whatever ran before. */
    @Test
    void analysisIsDeterministic() {
        Analyzer fresh = new Analyzer(RuleRegistry.get(), msg -> {});
        List<String> diffs = new ArrayList<>();
        for (int i = ALL.size() - 1; i >= 0; i--) { // reverse order: other state before each input
            Sample s = ALL.get(i);
            List<Finding> again = s.kind() == Invariants.Kind.DOCKERFILE
                    ? fresh.analyzeDockerfile(Invariants.DOCKERFILE, s.text(), Path.of("/project"), s.files(), Invariants.STRICT, Cancel.NEVER)
                    : fresh.analyzeCompose(Invariants.COMPOSE, s.text(), s.files(), Invariants.STRICT, Cancel.NEVER);
            if (!again.equals(s.findings())) diffs.add(s.origin());
        }
        assertEquals(List.of(), diffs, "inputs analysed differently the second time");
    }

    @Test
    void theCorpusIsLargeEnoughToMeanSomething() {
        analyseCorpus();
        assertTrue(Corpus.dockerfiles().size() > 300, "dockerfiles: " + Corpus.dockerfiles().size());
        assertTrue(Corpus.composeFiles().size() > 80, "compose files: " + Corpus.composeFiles().size());
        assertTrue(ALL.size() > 3 * 380, "samples: " + ALL.size());
    }
}
