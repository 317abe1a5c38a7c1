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
}
