package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** LSP4J's java.util.logging goes to the server's log; a cancel of an answered request is not a warning (issue 19). */
class QuietLogsTest {
    @Test
    void lsp4jWarningsReachTheServerLogButRoutineCancellationsDoNot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Log log = new Log(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Log.routeJavaLogging(log);
        Logger endpoint = Logger.getLogger("org.eclipse.lsp4j.jsonrpc.RemoteEndpoint");
        endpoint.log(Level.WARNING, "Unmatched cancel notification for request id 42");
        endpoint.log(Level.INFO, "an informational line");
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        endpoint.log(Level.WARNING, "Unmatched response message: {\"id\":7}");
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("dockmentor: lsp4j: Unmatched response message"), bytes.toString(StandardCharsets.UTF_8));
    }
}
