package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageGuardTest {
    static final long LIMIT = 100;

    static byte[] frame(String header, String body) {
        return (header + body).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] msg(String body) {
        return frame("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n", body);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    /** Everything the guard lets through, read in the way LSP4J mixes single bytes and arrays. */
    static byte[] through(byte[] input, List<MessageGuard.Oversized> refused) throws IOException {
        InputStream g = new MessageGuard(new ByteArrayInputStream(input), LIMIT, refused::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[7];
        for (int i = 0; ; i++) {
            if (i % 2 == 0) {
                int c = g.read();
                if (c < 0) break;
                out.write(c);
            } else {
                int n = g.read(buf, 0, buf.length);
                if (n < 0) break;
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    @Test
    void messagesWithinTheLimitPassThroughByteForByte() throws IOException {
        byte[] in = concat(msg("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}"),
                frame("Content-Length: 2\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n\n", "{}"),
                msg("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"text\":\"é\"}}"));
        List<MessageGuard.Oversized> refused = new ArrayList<>();
        assertArrayEquals(in, through(in, refused));
        assertEquals(List.of(), refused);
    }

    @Test
    void aLargerMessageIsSkippedAndTheNextOnePasses() throws IOException {
        String big = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///p/Dockerfile\","
                + "\"text\":\"" + "RUN x\\n".repeat(40) + "\"}}}";
        byte[] next = msg("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
        List<MessageGuard.Oversized> refused = new ArrayList<>();
        assertArrayEquals(next, through(concat(msg(big), next), refused));
        assertEquals(List.of(new MessageGuard.Oversized(big.length(), "textDocument/didOpen", null, "file:///p/Dockerfile", LIMIT)), refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "number id            | {\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"textDocument/hover\",\"params\":{\"x\":\"PAD\"}}             | 42",
            "string id            | {\"jsonrpc\":\"2.0\",\"id\":\"a-1\",\"method\":\"textDocument/hover\",\"params\":{\"x\":\"PAD\"}}      | \"a-1\"",
            "id after params only | {\"jsonrpc\":\"2.0\",\"method\":\"m\",\"params\":{\"id\":7,\"x\":\"PAD\"}}                            | ",
            "escaped id in text   | {\"jsonrpc\":\"2.0\",\"method\":\"m\",\"params\":{\"text\":\"{\\\"id\\\": 3} PAD\"}}                  | ",
            "id after big params  | {\"jsonrpc\":\"2.0\",\"method\":\"m\",\"params\":{\"id\":7,\"x\":[\"PAD\",{\"id\":8}]},\"id\":9}     | 9",
            "string id at the end | {\"method\":\"m\",\"params\":{\"x\":\"PAD\"},\"id\":\"z\"}                                  | \"z\"",
            "id not an integer    | {\"method\":\"m\",\"params\":{\"x\":\"PAD\"},\"id\":1.5}                                  | "})
    void aSkippedRequestKeepsItsOwnIdOnly(String name, String body, String id) throws IOException {
        String padded = body.replace("PAD", "p".repeat(200));
        List<MessageGuard.Oversized> refused = new ArrayList<>();
        through(msg(padded), refused);
        assertEquals(1, refused.size());
        assertEquals(id, refused.get(0).id());
    }

    @Test
    void theFieldsAreReadWhateverTheChunksTheBodyArrivesIn() {
        String body = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"contentChanges\":[{\"text\":\"\\\"uri\\\":\\\"no\\\"\"}],"
                + "\"textDocument\":{\"version\":3,\"uri\":\"file:///p/compose.yaml\"}},\"id\":-12}";
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 2, 5, b.length}) {
            JsonHeadFields f = new JsonHeadFields();
            for (int i = 0; i < b.length; i += chunk) f.feed(b, i, Math.min(chunk, b.length - i));
            assertEquals("-12", f.id(), "chunk " + chunk);
            assertEquals("textDocument/didChange", f.method());
            assertEquals("file:///p/compose.yaml", f.uri());
        }
    }

    @Test
    void aHeaderWithNoEndIsDroppedWithoutKeepingIt() throws IOException {
        byte[] next = msg("{}");
        byte[] junk = ("X-Junk: " + "j".repeat(20_000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        List<MessageGuard.Oversized> refused = new ArrayList<>();
        assertArrayEquals(next, through(concat(junk, next), refused));
        assertEquals(List.of(new MessageGuard.Oversized(-1, null, null, null, MessageGuard.MAX_HEADER_BYTES)), refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "past an int: LSP4J's to report | Content-Length: 99999999999",
            "name in another case           | content-length: 500",
            "negative                       | Content-Length: -5",
            "not a number                   | Content-Length: lots"})
    void headersLsp4jWouldNotReadAsALengthPassThroughForItToReport(String name, String header) throws IOException {
        byte[] in = (header + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        List<MessageGuard.Oversized> refused = new ArrayList<>();
        assertArrayEquals(in, through(in, refused));
        assertEquals(List.of(), refused);
    }

    @Test
    void theEndOfInputInsideASkippedBodyEndsTheStream() throws IOException {
        byte[] in = frame("Content-Length: 5000\r\n\r\n", "{\"method\":\"textDocument/didChange\"");
        List<MessageGuard.Oversized> refused = new ArrayList<>();
        assertArrayEquals(new byte[0], through(in, refused));
        assertEquals("textDocument/didChange", refused.get(0).method());
        assertNull(refused.get(0).uri());
    }
}
