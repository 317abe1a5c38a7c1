package dev.dockmentor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.rules.Finding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WarmupTest {
    private final Warmup warmup = new Warmup(new Analyzer());

    @Test
    void samplesParseCleanlyAndExerciseManyRules() {
        List<Finding> found = warmup.round(() -> false);
        assertNotNull(found);
        Set<String> ids = found.stream().map(Finding::ruleId).collect(Collectors.toSet());
        // A sample that stopped parsing would warm the error path instead of the rules.
        assertFalse(ids.contains("syntax-error"), ids.toString());
        assertFalse(ids.contains("internal-error"), ids.toString());
        assertTrue(ids.size() >= 8, "the sample should trigger a broad set of rules: " + ids);
    }

    @Test
    void roundsAreDeterministicApartFromTheTypedComment() {
        List<Finding> a = warmup.round(() -> false);
        List<Finding> b = warmup.round(() -> false);
        assertEquals(a.stream().map(Finding::ruleId).toList(), b.stream().map(Finding::ruleId).toList());
        assertEquals(2, warmup.rounds());
    }

    @Test
    void aRoundStopsAsSoonAsTheEditorNeedsTheCpu() {
        assertNull(warmup.round(() -> true));
    }

    @Test
    void samplesAreBundled() {
        assertTrue(Warmup.sample("Dockerfile").contains("FROM "));
        assertTrue(Warmup.sample("compose.yaml").contains("services:"));
        assertEquals("", Warmup.sample("no-such-sample"));
    }
}
