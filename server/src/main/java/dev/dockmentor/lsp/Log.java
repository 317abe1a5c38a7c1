package dev.dockmentor.lsp;

import java.io.PrintStream;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/** Logs to stderr and, once connected, to the client's output (window/logMessage). Never throws. */
final class Log {
    private final PrintStream err;
    private volatile LanguageClient client;

    Log(PrintStream err) {
        this.err = err;
    }

    void connect(LanguageClient c) {
        this.client = c;
    }

    void info(String msg) {
        send(MessageType.Info, msg);
    }

    void warn(String msg) {
        send(MessageType.Warning, msg);
    }

    void error(String msg) {
        send(MessageType.Error, msg);
    }

    private void send(MessageType type, String msg) {
        try {
            err.println("dockmentor: " + msg);
        } catch (RuntimeException ignored) {
            // stderr closed
        }
        LanguageClient c = client;
        if (c == null) return;
        try {
            c.logMessage(new MessageParams(type, msg));
        } catch (RuntimeException ignored) {
            // client gone
        }
    }

    /** Held so the logger (and its settings) is not collected: java.util.logging keeps loggers weakly. */
    private static java.util.logging.Logger lsp4j;

    /**
     * LSP4J logs through java.util.logging to stderr, which editors show as errors. Its records go to this log
     * instead, warnings and above only; a cancellation of a request already answered is routine, not a warning.
     */
    static synchronized void routeJavaLogging(Log log) {
        lsp4j = java.util.logging.Logger.getLogger("org.eclipse.lsp4j");
        lsp4j.setUseParentHandlers(false);
        for (java.util.logging.Handler h : lsp4j.getHandlers()) lsp4j.removeHandler(h);
        lsp4j.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r == null || r.getLevel().intValue() < java.util.logging.Level.WARNING.intValue()) return;
                String m = r.getMessage() == null ? "" : r.getMessage();
                if (isRoutine(m)) return;
                if (r.getThrown() != null) m += ": " + r.getThrown();
                if (r.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) log.error("lsp4j: " + m);
                else log.warn("lsp4j: " + m);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
    }

    /** A cancel notification for a request that was already answered (the editor cancels as it types). */
    static boolean isRoutine(String message) {
        return message.startsWith("Unmatched cancel notification");
    }
}
