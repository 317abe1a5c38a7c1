package dev.dockmentor.lsp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The editor's byte stream as LSP4J reads it, minus any message too large to hold. LSP4J reads a body of
 * whatever {@code Content-Length} says into one JSON tree, and a header line of any length into a
 * StringBuilder: a client sending 2 GB (or a header with no end) ran the server out of memory, and its reader
 * thread died with it. This filter follows the same framing (header lines up to a blank line, then the
 * body), passes every message within {@link #limit} through unchanged, and skips a larger one without
 * keeping it, telling {@code refused} what it was.
 */
final class MessageGuard extends InputStream {
    /** Large enough for any file dockmentor analyses, JSON-escaped (the analysis stops at 4 Mi chars). */
    static final long DEFAULT_LIMIT = Long.getLong("dockmentor.maxMessageBytes", 64L << 20);
    static final int MAX_HEADER_BYTES = 8 * 1024;

    /**
     * A message that was skipped: its size (-1 for a header too long), what its first bytes say it was (each may
     * be null), and the limit it broke, so every message about it quotes the limit really in force.
     */
    record Oversized(long bytes, String method, String id, String uri, long limit) {
        boolean isRequest() {
            return id != null;
        }

        /** "64 MB", or bytes when the limit is not a whole number of megabytes. */
        String limitText() {
            return limit % (1 << 20) == 0 ? (limit >> 20) + " MB" : limit + " bytes";
        }
    }

    private final InputStream in;
    private final long limit;
    private final Consumer<Oversized> refused;
    /** Bytes ready for LSP4J: a header block that passed. */
    private byte[] pending = new byte[0];
    private int pendingPos;
    /** Body bytes still to pass through unread. */
    private long bodyLeft;

    MessageGuard(InputStream in, long limit, Consumer<Oversized> refused) {
        this.in = new BufferedInputStream(in, 64 * 1024);
        this.limit = limit;
        this.refused = refused;
    }

    @Override
    public int read() throws IOException {
        // LSP4J reads headers a byte at a time: no array per byte.
        while (true) {
            if (pendingPos < pending.length) return pending[pendingPos++] & 0xFF;
            if (bodyLeft > 0) {
                int c = in.read();
                if (c >= 0) bodyLeft--;
                return c;
            }
            if (!nextHeader()) return -1;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (true) {
            if (pendingPos < pending.length) {
                int n = Math.min(len, pending.length - pendingPos);
                System.arraycopy(pending, pendingPos, b, off, n);
                pendingPos += n;
                return n;
            }
            if (bodyLeft > 0) {
                int n = in.read(b, off, (int) Math.min(len, bodyLeft));
                if (n > 0) bodyLeft -= n;
                return n;
            }
            if (!nextHeader()) return -1;
        }
    }

    @Override
    public int available() throws IOException {
        if (pendingPos < pending.length) return pending.length - pendingPos;
        return bodyLeft > 0 ? (int) Math.min(in.available(), bodyLeft) : 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads the next header block: queues it with its body, or skips both. False at the end of input. */
    private boolean nextHeader() throws IOException {
        java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream();
        boolean newLine = false, tooLong = false;
        while (true) {
            int c = in.read();
            if (c < 0) {
                // Whatever is left goes to LSP4J, which ends on it as it would have.
                if (header.size() == 0) return false;
                pending = header.toByteArray();
                pendingPos = 0;
                return true;
            }
            if (!tooLong) header.write(c);
            if (c == '\n') {
                if (newLine) break;
                newLine = true;
            } else if (c != '\r') {
                newLine = false;
            }
            if (!tooLong && header.size() > MAX_HEADER_BYTES) {
                tooLong = true;
                header.reset();
            }
        }
        if (tooLong) {
            refused.accept(new Oversized(-1, null, null, null, MAX_HEADER_BYTES));
            return true; // nothing queued: read the next header
        }
        long length = contentLength(header.toString(StandardCharsets.US_ASCII));
        if (length > limit) {
            refused.accept(skipBody(length));
            return true;
        }
        pending = header.toByteArray();
        pendingPos = 0;
        bodyLeft = Math.max(0, length);
        return true;
    }

    /** Skips a body, reading what it was as it streams past (see {@link JsonHeadFields}) without keeping it. */
    private Oversized skipBody(long length) throws IOException {
        JsonHeadFields fields = new JsonHeadFields();
        long left = length;
        byte[] sink = new byte[64 * 1024];
        while (left > 0) {
            int n = in.read(sink, 0, (int) Math.min(sink.length, left));
            if (n < 0) break;
            fields.feed(sink, 0, n);
            left -= n;
        }
        return new Oversized(length, fields.method(), fields.id(), fields.uri(), limit);
    }

    /**
     * Content-Length as LSP4J reads it: the header named exactly so, an int; anything else is -1 and the
     * block passes through for LSP4J to report as it always has.
     */
    static long contentLength(String header) {
        long length = -1;
        for (String line : header.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).trim().equals("Content-Length")) continue;
            try {
                length = Integer.parseInt(line.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                // LSP4J logs it and keeps any earlier value
            }
        }
        return length;
    }
}
