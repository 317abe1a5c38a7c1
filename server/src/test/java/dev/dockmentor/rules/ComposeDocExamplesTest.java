package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each compose rule page's Before example fires the rule and its After example does not (both locales). */
class ComposeDocExamplesTest {
    @ParameterizedTest
    @ValueSource(strings = {"privileged-container", "docker-socket-mount", "host-network", "no-new-privileges", "cap-drop-missing",
            "writable-root-fs", "missing-restart-policy", "depends-on-no-condition", "depends-on-unhealthy-target", "no-resource-limits",
            "missing-named-volume", "default-network", "published-database-port", "obsolete-version", "compose-schema",
            "unknown-service", "undefined-reference", "duplicate-host-port"})
    void beforeFiresAfterDoesNot(String id) throws Exception {
        for (String suffix : new String[] {".md", ".es.md"}) {
            Path page = docs().resolve(id + suffix);
            String text = Files.readString(page);
            String before = block(text, suffix.equals(".md") ? "## Before" : "## Antes");
            String after = block(text, suffix.equals(".md") ? "## After" : "## Después");
            assertFalse(of(id, lint(PATH, before, NO_FILES)).isEmpty(), id + suffix + ": Before does not fire\n" + before);
            assertTrue(of(id, lint(PATH, after, NO_FILES)).isEmpty(), id + suffix + ": After fires\n" + after + of(id, lint(PATH, after, NO_FILES)));
        }
    }

    static Path docs() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("docs/rules"))) p = p.getParent();
        return p.resolve("docs/rules");
    }

    static String block(String page, String heading) {
        int h = page.indexOf(heading + "\n");
        int start = page.indexOf("```", h);
        int bodyStart = page.indexOf('\n', start) + 1;
        int end = page.indexOf("```", bodyStart);
        return page.substring(bodyStart, end);
    }
}
