package dev.dockmentor.lsp;

import static dev.dockmentor.lsp.LspTestClient.get;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.engine.Warmup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The background JIT warm-up uses idle time only and never holds up the user's diagnostics. */
@Timeout(60)
class LspWarmupTest {
    @Test
    void warmsUpWhileIdleYieldsToEditsAndStopsAtShutdown() throws Exception {
        LspTestClient c = LspTestClient.start();
        Warmup w = c.serverImpl.startWarmup(Integer.MAX_VALUE).join();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (w.rounds() == 0 && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(w.rounds() > 0, "the idle server warms up");

        String uri = LspTestClient.uri("Dockerfile");
        c.open(uri, "FROM python:3.12\nRUN pip install flask\n");
        int v = c.type(uri, 1, 21, " requests gunicorn");
        // Typing interrupts the warm-up, and the last version still gets its diagnostics.
        assertTrue(LspTestClient.has(c.awaitDiagnostics(uri, v), "pip-no-cache-dir"));

        c.close();
        int after = w.rounds();
        Thread.sleep(700);
        assertTrue(w.rounds() <= after + 1, "no warm-up after shutdown: " + after + " then " + w.rounds());
    }
}
