package dev.dockmentor.cli;

import dev.dockmentor.lsp.DockmentorServer;
import dev.dockmentor.lsp.SelfTest;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code dockmentor lsp [--stdio]}: the language server over stdin/stdout. The real stdout is
 * kept for the protocol; {@code System.out} is pointed at stderr so a stray print can never
 * corrupt a message. Returns when the client sends {@code exit} or closes the stream.
 * {@code dockmentor lsp --self-test} runs a scripted session in-process instead (see {@link SelfTest}).
 */
final class LspCommand {
    private LspCommand() {}

    static int run(String[] args, PrintStream stdout) throws Usage {
        if (args.length == 1 && args[0].equals("--self-test")) {
            try {
                return SelfTest.run(stdout);
            } catch (java.io.IOException e) {
                throw new Usage("lsp --self-test: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        for (String a : args) if (!a.equals("--stdio")) throw new Usage("lsp: unexpected argument '" + a + "'");
        // Buffered: LSP4J reads each header byte with read() (a system call each, unbuffered) and writes a
        // message as header then body, flushing after both (one write call each message when buffered).
        InputStream in = new java.io.BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16);
        OutputStream out = new java.io.BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(err);
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
        return DockmentorServer.run(in, out, err);
    }
}
