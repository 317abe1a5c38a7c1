package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real third-party client: headless Neovim (clients/nvim/lsp_check.sh) starts {@code dockmentor lsp}
 * and must receive its diagnostics. Skipped when {@code nvim} is not on PATH
 * ({@code scripts/install-test-deps.sh} installs it). The server runs from the test class path,
 * or from the jar named by {@code -Ddockmentor.lsp.jar=...}.
 */
@Timeout(90)
class LspNeovimTest {
    private static Path script;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsNeovim() {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean found = false;
        for (String p : path.split(File.pathSeparator)) if (!p.isEmpty() && Files.isExecutable(Path.of(p, "nvim"))) found = true;
        assumeTrue(found, "nvim is not on PATH: run scripts/install-test-deps.sh to enable the Neovim client test");
        script = Path.of(System.getProperty("dockmentor.repo", ".."), "clients", "nvim", "lsp_check.sh").toAbsolutePath();
        assumeTrue(Files.isRegularFile(script), "missing " + script);
    }

    private List<JsonObject> run(String file, String text, Map<String, String> env) throws Exception {
        Files.writeString(dir.resolve(file), text);
        List<String> cmd = new ArrayList<>(List.of("sh", script.toString(), file));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("dockmentor.lsp.jar");
        if (jar != null && !jar.isEmpty()) cmd.addAll(List.of(java, "-jar", jar, "lsp"));
        else cmd.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.dockmentor.cli.Main", "lsp"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LSP_TIMEOUT_MS", "20000");
        pb.environment().put("LSP_SETTLE_MS", "200");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(80, TimeUnit.SECONDS), "nvim did not finish");
        assertEquals(0, p.exitValue(), "nvim_lsp check failed: " + out);
        List<JsonObject> lines = new ArrayList<>();
        for (String l : out.split("\n")) if (!l.isBlank()) lines.add(JsonParser.parseString(l).getAsJsonObject());
        return lines;
    }

    private static List<String> codes(List<JsonObject> lines) {
        return lines.stream().filter(o -> o.has("diagnostic")).map(o -> o.getAsJsonObject("diagnostic").get("code").getAsString()).toList();
    }

    @Test
    void neovimReceivesDiagnosticsHoverAndQuickFixesForADockerfile() throws Exception {
        List<JsonObject> lines = run("Dockerfile", "FROM alpine:3.20\nCOPPY app.py .\n",
                Map.of("LSP_HOVER", "1:1", "LSP_CODE_ACTIONS", "1"));
        assertTrue(codes(lines).contains("unknown-instruction"), lines.toString());
        assertTrue(lines.stream().anyMatch(o -> o.has("hover") && o.get("hover").getAsString().contains("Not a Dockerfile instruction")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(o -> o.has("codeAction") && o.get("codeAction").getAsString().equals("Change to COPY")
                && o.has("isPreferred") && o.get("isPreferred").getAsBoolean()), lines.toString());
    }

    @Test
    void neovimReceivesTheExactComposeDiagnostics() throws Exception {
        List<JsonObject> lines = run("compose.yaml", "services:\n  web:\n    image: nginx\n", Map.of());
        assertEquals(List.of("missing-healthcheck", "missing-restart-policy", "no-resource-limits", "unpinned-image"),
                codes(lines).stream().sorted().toList(), lines.toString());
    }

    @Test
    void neovimGetsAnEmptyPublishForACleanFile() throws Exception {
        List<JsonObject> lines = run("Dockerfile",
                "FROM alpine:3.20\nRUN adduser -D app\nUSER app\nHEALTHCHECK NONE\nCMD [\"sleep\", \"1\"]\n", Map.of());
        assertTrue(lines.stream().noneMatch(o -> o.has("error")), lines.toString());
        assertEquals(List.of(), codes(lines));
    }
}
