package dev.dockmentor.engine;

import dev.dockmentor.config.Config;
import dev.dockmentor.docs.RuleDocs;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Analyses two built-in sample files (a multi-stage Dockerfile and a compose project) so that a fresh
 * JVM has loaded the analysis classes and the JIT has compiled the hot paths before the user's first
 * keystrokes. A cold JVM needs ~1 ms per edit on a 20-line Dockerfile for its first few hundred
 * analyses and ~0.2 ms once compiled; the language server does this work in the background instead of
 * making the user's first minute of typing pay for it. The samples live in memory: nothing is read
 * from or written to the user's disk.
 */
public final class Warmup {
    private static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"), "dockmentor-warmup").toAbsolutePath();
    private static final Path DOCKERFILE = DIR.resolve("Dockerfile");
    private static final Path COMPOSE = DIR.resolve("compose.yaml");

    private final Analyzer analyzer;
    private final String dockerfile;
    private final String compose;
    private final ProjectFiles files;
    private volatile int rounds;

    public Warmup(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.dockerfile = sample("Dockerfile");
        this.compose = sample("compose.yaml");
        this.files = ProjectFiles.inMemory(Map.of(
                DOCKERFILE, dockerfile,
                COMPOSE, compose,
                DIR.resolve("package.json"), "{}\n",
                DIR.resolve(".dockerignore"), "node_modules\n.git\n*.log\n",
                DIR.resolve(".env"), "DB_PASSWORD=example\n"));
    }

    /**
     * Runs one round (a Dockerfile and a compose analysis; the first round also renders a rule page).
     * Returns the Dockerfile's findings (a caller can warm its own output path with them), or null when
     * {@code stop} cut the round short.
     */
    public List<Finding> round(BooleanSupplier stop) {
        Cancel cancel = stop::getAsBoolean;
        int i = rounds++;
        try {
            // A comment that changes each round, as typing does: no cache can answer it.
            List<Finding> a = analyzer.analyzeDockerfile(DOCKERFILE.toString(), dockerfile + "# " + i + "\n", DIR, files,
                    Config.DEFAULT, cancel);
            List<Finding> b = analyzer.analyzeComposeProject(COMPOSE.toString(), compose + "# " + i + "\n", files,
                    Config.DEFAULT, cancel).findings();
            if (i == 0) touch(a, b);
            return a;
        } catch (java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    /** The sample Dockerfile's path (in memory only). */
    public static Path dockerfilePath() {
        return DOCKERFILE;
    }

    /** Rounds started so far. */
    public int rounds() {
        return rounds;
    }

    /** What a first hover loads: a rule page, parsed and rendered. */
    private static void touch(List<Finding> a, List<Finding> b) {
        for (List<Finding> fs : List.of(a, b)) {
            if (!fs.isEmpty()) RuleDocs.page(fs.get(0).ruleId(), "en").ifPresent(p -> RuleDocs.hoverMarkdown(p, "warning"));
        }
    }

    /** A built-in sample file by name ({@code Dockerfile}, {@code compose.yaml}); empty when missing. */
    public static String sample(String name) {
        try (InputStream in = Warmup.class.getResourceAsStream("warmup/" + name)) {
            if (in == null) return "";
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
