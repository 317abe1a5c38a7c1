// Cold start and per-edit latency of a language server, measured over real stdio JSON-RPC:
//   java -cp server/target/dockmentor.jar bench/LspLatencyBench.java FILE [SERVER-COMMAND...]
// (default server: java -jar server/target/dockmentor.jar lsp). Any LSP server that publishes
// diagnostics can be measured with the same file and edits, so peers compare like for like.
//
// cold start  = process launch -> first publishDiagnostics for the opened file
// edit latency = didChange (one character typed) -> publishDiagnostics for that version, read in full
//   (timed when its last byte arrives, before this harness parses the JSON, so a larger publish is
//   not charged for the harness's parsing speed)
//
// Options (system properties): -Dedits=N (default 200), -DthinkMs=N (pause before typing, default 0), -DgapMs=N (pause between
// keystrokes, default 0: each edit is sent as soon as the previous one's diagnostics arrive), -DlanguageId=ID (default from the file name),
// -Dsettings=JSON, an object of configuration sections ({"yaml":{...}}) sent with
// workspace/didChangeConfiguration and used to answer workspace/configuration. The last line printed,
// "RESULT cold_ms=.. median_ms=.. p95_ms=..", is for scripts (bench/peers.sh).

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

public class LspLatencyBench {
    static final Gson GSON = new Gson();
    static final BlockingQueue<JsonObject> INBOX = new LinkedBlockingQueue<>();
    static OutputStream toServer;
    static int nextId = 1;
    static JsonObject SETTINGS;
    static String FIRST = "";
    /** When a message's last byte was read, added to each message by the reader. */
    static final String ARRIVED = "__arrivedNs";

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        List<String> cmd = args.length > 1 ? List.of(Arrays.copyOfRange(args, 1, args.length))
                : List.of("java", "-jar", "server/target/dockmentor.jar", "lsp");
        String languageId = System.getProperty("languageId",
                file.getFileName().toString().contains("ompose") ? "dockercompose" : "dockerfile");
        if (System.getProperty("settings") != null) SETTINGS = JsonParser.parseString(System.getProperty("settings")).getAsJsonObject();
        String text = Files.readString(file);
        String uri = file.toUri().toString();
        int edits = Integer.getInteger("edits", 200);

        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        toServer = p.getOutputStream();
        Thread reader = new Thread(() -> read(p.getInputStream()), "lsp-reader");
        reader.setDaemon(true);
        reader.start();

        JsonObject init = new JsonObject();
        init.addProperty("processId", ProcessHandle.current().pid());
        init.addProperty("rootUri", file.getParent().toUri().toString());
        init.add("capabilities", JsonParser.parseString("{\"textDocument\":{\"publishDiagnostics\":{\"versionSupport\":true}}}"));
        init.add("initializationOptions", JsonParser.parseString("{\"delayMs\":0}"));
        request("initialize", init);
        double initMs = (System.nanoTime() - t0) / 1e6;
        notify("initialized", new JsonObject());
        if (SETTINGS != null) {
            JsonObject change = new JsonObject();
            change.add("settings", SETTINGS);
            notify("workspace/didChangeConfiguration", change);
        }
        notify("textDocument/didOpen", JsonParser.parseString("{\"textDocument\":{\"uri\":" + GSON.toJson(uri)
                + ",\"languageId\":\"" + languageId + "\",\"version\":1,\"text\":" + GSON.toJson(text) + "}}").getAsJsonObject());
        double coldMs = (awaitDiagnostics(uri, 1) - t0) / 1e6;

        // A user reads before typing: -DthinkMs=N waits that long after the first diagnostics (default 0).
        Thread.sleep(Long.getLong("thinkMs", 0));
        // Type a comment at the end of the file, one character per edit, as a user would.
        String[] lines = text.split("\n", -1);
        int line = lines.length - 1;
        int col = lines[line].length();
        String typed = "# dockmentor latency benchmark, typing one character at a time ";
        List<Double> lat = new ArrayList<>();
        long gapMs = Long.getLong("gapMs", 0);
        for (int i = 0; i < edits; i++) {
            if (gapMs > 0 && i > 0) Thread.sleep(gapMs);
            int version = i + 2;
            String ch = String.valueOf(typed.charAt(i % typed.length()));
            JsonObject params = JsonParser.parseString("{\"textDocument\":{\"uri\":" + GSON.toJson(uri) + ",\"version\":" + version
                    + "},\"contentChanges\":[{\"range\":{\"start\":{\"line\":" + line + ",\"character\":" + col + "},\"end\":{\"line\":"
                    + line + ",\"character\":" + col + "}},\"text\":" + GSON.toJson(ch) + "}]}").getAsJsonObject();
            long s = System.nanoTime();
            notify("textDocument/didChange", params);
            long arrived = awaitDiagnostics(uri, version);
            lat.add((arrived - s) / 1e6);
            col++;
        }
        double peakMb = peakRssMb(p.toHandle());
        request("shutdown", null);
        notify("exit", null);
        p.waitFor(5, TimeUnit.SECONDS);
        p.destroyForcibly();

        List<Double> warm = new ArrayList<>(lat.subList(Math.min(20, lat.size() / 2), lat.size()));
        warm.sort(null);
        System.out.printf("server: %s%nfile: %s (%d lines)%n", String.join(" ", cmd), file.getFileName(), lines.length);
        System.out.printf("cold start to first diagnostics: %.0f ms (initialize answered at %.0f ms; %s)%n", coldMs, initMs, FIRST);
        System.out.printf("per-edit latency over %d edits (first 20 excluded): median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                warm.size(), warm.get(warm.size() / 2), warm.get((int) (warm.size() * 0.95)), warm.get(warm.size() - 1));
        System.out.printf("peak resident memory of the server (VmHWM, with its child processes): %.0f MB%n", peakMb);
        System.out.printf(java.util.Locale.ROOT, "RESULT cold_ms=%.0f median_ms=%.2f p95_ms=%.2f peak_rss_mb=%.0f%n", coldMs, warm.get(warm.size() / 2),
                warm.get((int) (warm.size() * 0.95)), peakMb);
    }

    /** The high-water resident set (Linux VmHWM) of the server and its descendants (a launcher script's java), in MB. */
    static double peakRssMb(ProcessHandle h) {
        double kb = hwmKb(h.pid());
        for (ProcessHandle d : (Iterable<ProcessHandle>) h.descendants()::iterator) kb += hwmKb(d.pid());
        return kb / 1024.0;
    }

    private static double hwmKb(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmHWM:")) return Double.parseDouble(l.replaceAll("[^0-9]", ""));
            }
        } catch (Exception e) { // not Linux, or the process is gone
        }
        return 0;
    }

    /** Waits for the diagnostics of this version; returns when they arrived (System.nanoTime). */
    static long awaitDiagnostics(String uri, int version) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonObject m = INBOX.poll(100, TimeUnit.MILLISECONDS);
            if (m == null || !m.has("method") || !m.get("method").getAsString().equals("textDocument/publishDiagnostics")) continue;
            JsonObject params = m.getAsJsonObject("params");
            if (!params.get("uri").getAsString().equals(uri)) continue;
            // Servers without versioned publishes are credited with the first publish after the change.
            if (!params.has("version") || params.get("version").isJsonNull() || params.get("version").getAsInt() >= version) {
                if (version == 1) {
                    JsonArray ds = params.getAsJsonArray("diagnostics");
                    FIRST = ds.size() + " diagnostics" + (ds.size() > 0 ? ", e.g. \"" + ds.get(0).getAsJsonObject().get("message").getAsString()
                            .lines().findFirst().orElse("") + "\"" : "");
                }
                return m.get(ARRIVED).getAsLong();
            }
        }
        throw new IllegalStateException("no diagnostics for version " + version + " within 30 s");
    }

    static void request(String method, JsonElement params) throws Exception {
        int id = nextId++;
        JsonObject o = new JsonObject();
        o.addProperty("jsonrpc", "2.0");
        o.addProperty("id", id);
        o.addProperty("method", method);
        if (params != null) o.add("params", params);
        send(o);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonObject m = INBOX.poll(100, TimeUnit.MILLISECONDS);
            if (m == null) continue;
            if (m.has("id") && !m.has("method") && m.get("id").getAsInt() == id) return;
            if (m.has("id") && m.has("method")) answer(m); // e.g. workspace/configuration
            else INBOX.offer(m);
            if (INBOX.size() > 1 && m.has("method")) Thread.sleep(1);
        }
        throw new IllegalStateException("no answer to " + method);
    }

    static void answer(JsonObject req) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("jsonrpc", "2.0");
        o.add("id", req.get("id"));
        if (req.get("method").getAsString().equals("workspace/configuration")) {
            JsonArray items = new JsonArray();
            for (JsonElement item : req.getAsJsonObject("params").getAsJsonArray("items")) {
                JsonElement section = item.getAsJsonObject().get("section");
                JsonElement v = SETTINGS != null && section != null ? lookup(SETTINGS, section.getAsString()) : null;
                items.add(v != null ? v : SETTINGS != null && section != null ? com.google.gson.JsonNull.INSTANCE
                        : JsonParser.parseString("{\"delayMs\":0}"));
            }
            o.add("result", items);
        } else {
            o.add("result", null);
        }
        send(o);
    }

    /** A configuration section, dotted ("yaml.schemas") or not. */
    static JsonElement lookup(JsonObject settings, String section) {
        JsonElement cur = settings;
        for (String part : section.split("\\.")) {
            if (cur == null || !cur.isJsonObject()) return null;
            cur = cur.getAsJsonObject().get(part);
        }
        return cur;
    }

    static void notify(String method, JsonElement params) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("jsonrpc", "2.0");
        o.addProperty("method", method);
        if (params != null) o.add("params", params);
        send(o);
    }

    static synchronized void send(JsonObject o) throws IOException {
        byte[] body = GSON.toJson(o).getBytes(StandardCharsets.UTF_8);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    static void read(InputStream raw) {
        try (InputStream in = new BufferedInputStream(raw)) {
            while (true) {
                int len = -1;
                StringBuilder header = new StringBuilder();
                int c;
                while ((c = in.read()) != -1) {
                    header.append((char) c);
                    if (header.toString().endsWith("\r\n\r\n")) break;
                }
                if (c == -1) return;
                for (String h : header.toString().split("\r\n")) {
                    if (h.toLowerCase().startsWith("content-length:")) len = Integer.parseInt(h.substring(15).trim());
                }
                byte[] body = in.readNBytes(len);
                long arrived = System.nanoTime(); // before this harness parses it: its JSON speed is not the server's
                JsonObject m = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
                m.addProperty(ARRIVED, arrived);
                if (m.has("id") && m.has("method")) answer(m);
                else INBOX.offer(m);
            }
        } catch (IOException e) {
            // server closed its output: the benchmark is over or the server died
        }
    }
}
