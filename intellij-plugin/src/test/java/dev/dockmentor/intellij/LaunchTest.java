package dev.dockmentor.intellij;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the template's and the plugin's command lines against the built jar, up to the initialize answer. */
class LaunchTest {
    static final Path JAR = Path.of(System.getProperty("dockmentor.repo", "..")).resolve("server/target/dockmentor.jar");

    static void assumeLspAvailable() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "SKIP: no built jar at " + JAR + " (run mvn package)");
        Process p = new ProcessBuilder("java", "-jar", JAR.toString(), "lsp").redirectErrorStream(true).start();
        p.getOutputStream().close();
        boolean exited = p.waitFor(10, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!exited) p.destroyForcibly();
        assumeTrue(!out.contains("not part of this build"), "SKIP: `dockmentor lsp` is not available in this build yet");
    }

    /** Splits a command line on spaces, keeping double-quoted parts together. */
    static List<String> split(String cmd) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (char c : cmd.toCharArray()) {
            if (c == '"') q = !q;
            else if (c == ' ' && !q) {
                if (cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(c);
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    @Test
    void templateCommandAnswersInitialize(@TempDir Path home) throws Exception {
        assumeLspAvailable();
        Files.createDirectories(home.resolve(".dockmentor"));
        Files.copy(JAR, home.resolve(".dockmentor/dockmentor.jar"));
        String cmd = TemplateAndPluginTest.template().getAsJsonObject("programArgs").get("default").getAsString()
                .replace("$USER_HOME$", home.toString());
        assertTrue(!cmd.contains("$"), "every macro filled: " + cmd);
        JsonObject caps = initialize(split(cmd), "{}");
        assertTrue(caps.has("textDocumentSync"), caps.toString());
    }

    @Test
    void pluginCommandLineAnswersInitialize() throws Exception {
        assumeLspAvailable();
        // No setting, no JAVA_HOME: the IDE's own runtime (here the test JVM's java.home) is used.
        JavaLocator.Result r = JavaLocator.find("", Map.of(), System.getProperty("java.home"), false);
        assertTrue(r.found().isPresent(), r.errorMessage());
        List<String> cmd = ServerCommand.commandLine(r.found().get().java(), JAR);
        DockmentorSettings s = new DockmentorSettings();
        s.locale = "es";
        s.rules.put("unpinned-image", "error");
        JsonObject caps = initialize(cmd, s.toServerJson(java.util.Locale.ENGLISH));
        assertTrue(caps.has("codeActionProvider") || caps.has("hoverProvider"), caps.toString());
    }

    static JsonObject initialize(List<String> cmd, String initOptions) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            OutputStream in = p.getOutputStream();
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,"
                    + "\"capabilities\":{},\"initializationOptions\":" + initOptions + "}}");
            JsonObject resp = read(p.getInputStream(), 30);
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
            return resp.getAsJsonObject("result").getAsJsonObject("capabilities");
        } finally {
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    static void send(OutputStream out, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + b.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(b);
        out.flush();
    }

    /** Reads messages until the response with id 1 (notifications and requests from the server are skipped). */
    static JsonObject read(InputStream in, int timeoutS) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutS);
        while (System.nanoTime() < end) {
            int len = -1;
            String line;
            while (!(line = readLine(in)).isEmpty()) {
                if (line.toLowerCase().startsWith("content-length:")) len = Integer.parseInt(line.substring(15).trim());
            }
            if (len < 0) throw new IOException("no Content-Length");
            JsonObject msg = JsonParser.parseString(new String(in.readNBytes(len), StandardCharsets.UTF_8)).getAsJsonObject();
            if (msg.has("id") && msg.get("id").getAsInt() == 1 && (msg.has("result") || msg.has("error"))) {
                assertTrue(msg.has("result"), msg.toString());
                return msg;
            }
        }
        throw new AssertionError("no initialize answer in " + timeoutS + " s");
    }

    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') if (c != '\r') b.write(c);
        if (c == -1 && b.size() == 0) throw new IOException("server closed its output");
        return b.toString(StandardCharsets.US_ASCII);
    }
}
