package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client that misbehaves, against the real server over piped streams: edits far outside the document,
 * changes for documents never opened, requests for closed ones, storms of cancelled requests, hundreds of
 * documents edited at once, and a client that stops reading. The server stays up, keeps the same text as
 * the client, answers, and its queues stay bounded.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LspAbuseTest {
    static final String DF = LspTestClient.uri("abuse/Dockerfile");
    static final String COMPOSE = LspTestClient.uri("abuse/compose.yaml");

    @Test
    void randomOutOfRangeEditsKeepServerAndClientTextsEqual() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            c.open(DF, "FROM alpine:3.20\nRUN apk add curl\n");
            Random r = new Random(42);
            String[] inserts = {"", "x", "\n", "\r\n", "RUN echo hi\n", "\uD83D\uDE00", "\uD83D", "\\\n", "<<EOF\n", "\"", "FROM scratch AS s\n"};
            int v = 1;
            for (int i = 0; i < 600; i++) {
                Position a = new Position(r.nextInt(12) - 2, r.nextInt(40) - 5);
                Position b = r.nextInt(4) == 0 ? new Position(r.nextInt(200), r.nextInt(9999)) : new Position(a.getLine(), a.getCharacter() + r.nextInt(3));
                v = c.change(DF, new Range(a, b), inserts[r.nextInt(inserts.length)]);
            }
            c.awaitDiagnostics(DF, v);
            assertEquals(c.text(DF), c.serverImpl.store.get(DF).orElseThrow().text);
            assertNotNull(c.hover(DF, 0, 0) == null ? "" : "hover answered");
        }
    }

    @Test
    void changesBeforeOpenAfterCloseAndOutOfOrderVersionsAreHarmless() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            var td = c.server.getTextDocumentService();
            td.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(DF, 9),
                    List.of(new TextDocumentContentChangeEvent(new Range(new Position(0, 0), new Position(0, 0)), "FORM x\n"))));
            td.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(DF)));
            c.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"" + DF
                    + "\"},\"contentChanges\":null}}");
            int v = c.open(DF, "FROM alpine:3.20\n");
            c.awaitDiagnostics(DF, v);
            assertEquals("FROM alpine:3.20\n", c.serverImpl.store.get(DF).orElseThrow().text, "a change sent before didOpen leaked in");
            // Versions going backwards, then a re-open with new text: the server follows the last message.
            td.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(DF, 7), List.of(new TextDocumentContentChangeEvent("FROM alpine:3.19\n"))));
            td.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(DF, 3), List.of(new TextDocumentContentChangeEvent("FORM alpine\n"))));
            c.awaitDiagnostics(DF, 3);
            c.open(DF, "FROM alpine:3.21\nUSER nobody\n");
            eventually(() -> c.serverImpl.store.get(DF).map(d -> d.text.equals("FROM alpine:3.21\nUSER nobody\n")).orElse(false), "re-open replaces the text");
            c.close(DF);
            c.close(DF);
            eventually(() -> c.serverImpl.store.get(DF).isEmpty(), "closed");
            assertFalse(c.serverImpl.exited().isDone());
        }
    }

    @Test
    void everyRequestOnAClosedDocumentAnswersEmpty() throws Exception {
        try (LspTestClient c = LspTestClient.start(o -> o.pull = true)) {
            var td = c.server.getTextDocumentService();
            c.open(DF, "FORM alpine\n");
            c.close(DF);
            TextDocumentIdentifier id = new TextDocumentIdentifier(DF);
            assertNull(LspTestClient.get(td.hover(new HoverParams(id, new Position(0, 1)))));
            assertTrue(LspTestClient.get(td.codeAction(new CodeActionParams(id, new Range(new Position(0, 0), new Position(9, 9)),
                    new CodeActionContext(List.of())))).isEmpty());
            assertTrue(LspTestClient.get(td.completion(new CompletionParams(id, new Position(0, 0)))).getLeft().isEmpty());
            assertTrue(LspTestClient.get(td.documentSymbol(new DocumentSymbolParams(id))).isEmpty());
            assertTrue(LspTestClient.get(td.diagnostic(new DocumentDiagnosticParams(id))).getLeft().getItems().isEmpty());
            assertTrue(LspTestClient.get(td.formatting(new org.eclipse.lsp4j.DocumentFormattingParams(id, new org.eclipse.lsp4j.FormattingOptions(4, true)))).isEmpty());
            assertTrue(LspTestClient.get(td.rangeFormatting(new org.eclipse.lsp4j.DocumentRangeFormattingParams(id,
                    new org.eclipse.lsp4j.FormattingOptions(4, true), new Range(new Position(0, 0), new Position(9, 9))))).isEmpty());
            c.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":\"no-document\",\"method\":\"textDocument/hover\",\"params\":{\"position\":{\"line\":0,\"character\":0}}}");
            c.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":\"no-params\",\"method\":\"textDocument/codeAction\"}");
            c.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":\"no-params-format\",\"method\":\"textDocument/formatting\"}");
            c.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":\"no-range\",\"method\":\"textDocument/rangeFormatting\",\"params\":{\"textDocument\":{\"uri\":\"" + DF + "\"}}}");
            c.open(DF, "FORM alpine\n");
            eventually(() -> LspTestClient.get(td.diagnostic(new DocumentDiagnosticParams(id))).getLeft().getItems().stream()
                    .anyMatch(x -> "unknown-instruction".equals(x.getCode().getLeft())), "the server still serves");
        }
    }

    @Test
    void aStormOfCancelledRequestsLeavesTheServerResponsive() throws Exception {
        try (LspTestClient c = LspTestClient.start()) {
            var td = c.server.getTextDocumentService();
            StringBuilder big = new StringBuilder("FROM debian:12\n");
            for (int i = 0; i < 400; i++) big.append("RUN apt-get install curl").append(i).append(" && echo ").append(i).append('\n');
            c.open(DF, big.toString());
            TextDocumentIdentifier id = new TextDocumentIdentifier(DF);
            long t0 = System.nanoTime();
            for (int round = 0; round < 10; round++) {
                c.type(DF, 0, 14, " "); // a new snapshot: requests must analyse it, or share one analysis
                List<CompletableFuture<?>> fs = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    Position p = new Position(i % 400, 3);
                    fs.add(switch (i % 4) {
                        case 0 -> td.hover(new HoverParams(id, p));
                        case 1 -> td.codeAction(new CodeActionParams(id, new Range(p, p), new CodeActionContext(List.of())));
                        case 2 -> td.completion(new CompletionParams(id, p));
                        default -> td.documentSymbol(new DocumentSymbolParams(id));
                    });
                }
                for (CompletableFuture<?> f : fs) f.cancel(true); // LSP4J sends $/cancelRequest for each
            }
            for (int i = 0; i < 500; i++) c.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":" + (100_000 + i) + "}}");
            int v = c.change(DF, new Range(new Position(0, 0), new Position(0, 4)), "FORM");
            List<org.eclipse.lsp4j.Diagnostic> ds = c.awaitDiagnostics(DF, v, 20_000);
            assertTrue(LspTestClient.has(ds, "unknown-instruction"));
            assertTrue(c.hover(DF, 0, 1).contains("unknown-instruction"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 20_000, "1,000 cancelled requests then one edit took " + ms + " ms");
        }
    }

    @Test
    void hundredsOfDocumentsEditedConcurrently() throws Exception {
        int docs = 300, threads = 4, edits = 20;
        try (LspTestClient c = LspTestClient.start()) {
            List<String> uris = new ArrayList<>();
            for (int i = 0; i < docs; i++) {
                boolean compose = i % 3 == 0;
                String uri = LspTestClient.uri("many/" + i + (compose ? "/compose.yaml" : "/Dockerfile"));
                uris.add(uri);
                if (compose) c.open(uri, "dockercompose", "services:\n  web:\n    image: nginx:1.27\n");
                else c.open(uri, "FROM alpine:3.20\nRUN apk add curl\n");
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Map<String, Integer> last = new ConcurrentHashMap<>();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int me = t;
                done.add(pool.submit(() -> {
                    for (int e = 0; e < edits; e++) {
                        for (int i = me; i < docs; i += threads) {
                            String uri = uris.get(i);
                            int line = i % 3 == 0 ? 2 : 1;
                            last.put(uri, c.change(uri, new Range(new Position(line, 0), new Position(line, 0)), i % 3 == 0 ? "    # x\n" : "# x\n"));
                        }
                    }
                }));
            }
            for (Future<?> f : done) f.get(30, TimeUnit.SECONDS);
            pool.shutdown();
            for (String uri : uris) {
                c.awaitDiagnostics(uri, last.get(uri));
                assertEquals(c.text(uri), c.serverImpl.store.get(uri).orElseThrow().text, uri);
            }
            assertTrue(c.serverImpl.scheduler.queued() <= docs, "pending analyses: " + c.serverImpl.scheduler.queued());
        }
    }

    /**
     * The client stops reading: the server's writes block once the pipe is full. It must keep reading the
     * client's edits (its reader thread never writes), keep at most one pending analysis per document, and
     * answer as soon as the client reads again.
     */
    @Test
    void aClientThatStopsReadingCannotMakeTheServerGrowOrDie() throws Exception {
        try (Piped piped = new Piped(MessageGuard.DEFAULT_LIMIT)) {
            OutputStream toServer = piped.toServer;
            InputStream fromServer = piped.fromServer;
            DockmentorServer server = piped.server;
            Future<Void> listening = piped.listening;
            int docs = 20, rounds = 150;
            ExecutorService writer = Executors.newSingleThreadExecutor();
            Future<?> writing = writer.submit(() -> {
                for (int d = 0; d < docs; d++) {
                    send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri(d)
                            + "\",\"languageId\":\"dockerfile\",\"version\":1,\"text\":\"FROM debian:12\\n" + "RUN apt-get update && apt-get install curl\\n".repeat(40) + "\"}}}");
                }
                for (int r = 0; r < rounds; r++) {
                    for (int d = 0; d < docs; d++) {
                        send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"" + uri(d)
                                + "\",\"version\":" + (r + 2) + "},\"contentChanges\":[{\"range\":{\"start\":{\"line\":41,\"character\":0},"
                                + "\"end\":{\"line\":41,\"character\":0}},\"text\":\"# comment\\n\"}]}}");
                    }
                }
                return null;
            });
            // Nobody reads: 3,000 edits for 20 documents (each publish ~20 KB, far more than a pipe holds) must
            // still be consumed by the server.
            writing.get(20, TimeUnit.SECONDS);
            assertFalse(listening.isDone(), "the server stopped listening");
            assertTrue(server.scheduler.queued() <= docs, "analyses queued while the client does not read: " + server.scheduler.queued());
            // The client reads again: everything it is owed arrives, and requests are answered.
            Map<String, Integer> versions = new ConcurrentHashMap<>();
            Map<Integer, JsonObject> responses = new ConcurrentHashMap<>();
            java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
            Thread reader = new Thread(() -> readAll(fromServer, versions, responses, bytes), "stalled-client-reader");
            reader.setDaemon(true);
            reader.start();
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"" + uri(3)
                    + "\"},\"position\":{\"line\":1,\"character\":0}}}");
            long end = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < end && (!responses.containsKey(99) || versions.values().stream().filter(v -> v == rounds + 1).count() < docs)) {
                Thread.sleep(20);
            }
            assertTrue(responses.containsKey(99), "no answer to a hover after the client read again");
            for (int d = 0; d < docs; d++) assertEquals(rounds + 1, versions.get(uri(d)), "last diagnostics of " + uri(d));
            assertTrue(bytes.get() > 1 << 20, "the server wrote only " + bytes.get() + " bytes: the pipe never filled");
            writer.shutdown();
        }
    }

    /**
     * Messages over the server's limit (1 MB here, 64 MB by default) are skipped unread: a request still gets
     * an error answer, an open or edit drops that document (no stale diagnostics) and the user is told; a
     * header that never ends is dropped; everything after is served as usual.
     */
    @Test
    void messagesTooLargeToReadAreRefusedAndTheServerCarriesOn() throws Exception {
        try (Piped piped = new Piped(1 << 20)) {
            OutputStream toServer = piped.toServer;
            List<JsonObject> received = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> readEvery(piped.fromServer, received), "big-message-reader");
            reader.setDaemon(true);
            reader.start();
            String df = uri(100), big = uri(101);
            String huge = "RUN echo hello\\n".repeat(100_000); // 1.6 MB of JSON
            send(toServer, didOpen(df, "FROM debian:12\\nRUN apt-get install curl\\n"));
            eventually(() -> published(received, df) != null && published(received, df).size() > 0, "diagnostics for the small file");
            // An edit too large to read: the server's copy cannot follow, so it is dropped and its diagnostics cleared.
            send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"" + df
                    + "\",\"version\":2},\"contentChanges\":[{\"text\":\"FROM debian:12\\n" + huge + "\"}]}}");
            eventually(() -> published(received, df) != null && published(received, df).isEmpty(), "diagnostics cleared after the refused edit");
            send(toServer, didOpen(big, "FROM debian:12\\n" + huge));
            synchronized (toServer) { // a header block past 8 KB, with no length
                toServer.write(("X-Junk: " + "j".repeat(20_000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"" + df
                    + "\"},\"position\":{\"line\":0,\"character\":0},\"pad\":\"" + "x".repeat(1_100_000) + "\"}}");
            eventually(() -> response(received, 7) != null, "an answer to the refused request");
            JsonObject error = response(received, 7).getAsJsonObject("error");
            assertEquals(-32600, error.get("code").getAsInt());
            assertTrue(error.get("message").getAsString().contains("more than 1 MB"), "the limit in force: " + error);
            List<String> warnings;
            synchronized (received) {
                warnings = received.stream().filter(m -> m.has("method") && m.get("method").getAsString().equals("window/showMessage"))
                        .map(m -> m.getAsJsonObject("params").get("message").getAsString()).toList();
            }
            assertEquals(2, warnings.size(), "one message per refused document: " + warnings);
            for (String w : warnings) assertTrue(w.contains("over the 1 MB dockmentor reads"), w);
            assertNull(published(received, big), "the refused open was analysed");
            // The server carries on: a new open is analysed, a request answered.
            send(toServer, didOpen(big, "FROM debian:12\\nRUN apt-get install curl\\n"));
            eventually(() -> published(received, big) != null && !published(received, big).isEmpty(), "diagnostics after the refusals");
            assertFalse(piped.listening.isDone(), "the server stopped listening");
        }
    }

    /** The real server over in-process pipes, initialized (no debounce); closing shuts it down. */
    private static final class Piped implements AutoCloseable {
        final OutputStream toServer;
        final InputStream fromServer;
        final DockmentorServer server = new DockmentorServer(new PrintStream(OutputStream.nullOutputStream()));
        final Future<Void> listening;

        Piped(long maxMessageBytes) throws IOException {
            Pipe up = Pipe.open(), down = Pipe.open();
            toServer = Channels.newOutputStream(up.sink());
            fromServer = Channels.newInputStream(down.source());
            Launcher<LanguageClient> l = ServerLauncher.create(server, Channels.newInputStream(up.source()), Channels.newOutputStream(down.sink()), maxMessageBytes);
            listening = l.startListening();
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},\"initializationOptions\":{\"delayMs\":0}}}");
            send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        }

        @Override
        public void close() throws IOException {
            server.shutdown();
            server.exit();
            toServer.close();
            fromServer.close();
        }
    }

    private static String didOpen(String uri, String text) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
                + "\",\"languageId\":\"dockerfile\",\"version\":1,\"text\":\"" + text + "\"}}}";
    }

    /** The last diagnostics published for a document, or null if none yet. */
    private static List<JsonObject> published(List<JsonObject> received, String uri) {
        List<JsonObject> last = null;
        synchronized (received) {
            for (JsonObject m : received) {
                if (!m.has("method") || !m.get("method").getAsString().equals("textDocument/publishDiagnostics")) continue;
                JsonObject p = m.getAsJsonObject("params");
                if (!p.get("uri").getAsString().equals(uri)) continue;
                last = new ArrayList<>();
                for (var d : p.getAsJsonArray("diagnostics")) last.add(d.getAsJsonObject());
            }
        }
        return last;
    }

    private static JsonObject response(List<JsonObject> received, int id) {
        synchronized (received) {
            for (JsonObject m : received) if (!m.has("method") && m.has("id") && m.get("id").getAsInt() == id) return m;
        }
        return null;
    }

    private static void readEvery(InputStream in, List<JsonObject> out) {
        try {
            for (byte[] body; (body = readFrame(in)) != null; ) {
                out.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            // stream closed at the end of the test
        }
    }

    static void eventually(java.util.function.BooleanSupplier cond, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + LspTestClient.WAIT_MS;
        while (!cond.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("not within " + LspTestClient.WAIT_MS + " ms: " + what);
            Thread.sleep(10);
        }
    }

    private static String uri(int d) {
        return LspTestClient.uri("stalled/" + d + "/Dockerfile");
    }

    private static void send(OutputStream out, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        synchronized (out) {
            out.write(("Content-Length: " + b.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(b);
            out.flush();
        }
    }

    /** The body of the next Content-Length framed message, or null at the end of the stream. */
    private static byte[] readFrame(InputStream in) throws IOException {
        int len = -1;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int ch = in.read();
            if (ch < 0) return null;
            if (ch == '\n') {
                String h = line.toString(StandardCharsets.US_ASCII).trim();
                line.reset();
                if (h.isEmpty()) break;
                if (h.toLowerCase().startsWith("content-length:")) len = Integer.parseInt(h.substring(15).trim());
            } else {
                line.write(ch);
            }
        }
        return in.readNBytes(len);
    }

    /** Reads framed JSON-RPC messages: the last published version per document, and responses by id. */
    private static void readAll(InputStream in, Map<String, Integer> versions, Map<Integer, JsonObject> responses,
                                java.util.concurrent.atomic.AtomicLong bytes) {
        try {
            for (byte[] body; (body = readFrame(in)) != null; ) {
                bytes.addAndGet(body.length);
                JsonObject m = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
                if (m.has("id") && !m.has("method")) responses.put(m.get("id").getAsInt(), m);
                if (m.has("method") && m.get("method").getAsString().equals("textDocument/publishDiagnostics")) {
                    JsonObject p = m.getAsJsonObject("params");
                    if (p.has("version")) versions.merge(p.get("uri").getAsString(), p.get("version").getAsInt(), Math::max);
                }
            }
        } catch (IOException | RuntimeException e) {
            // stream closed at the end of the test
        }
    }
}
