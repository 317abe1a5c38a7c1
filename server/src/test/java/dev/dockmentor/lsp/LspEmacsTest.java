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
 * A second real client: Emacs in batch mode with Eglot (clients/emacs/eglot_check.sh) starts
 * {@code dockmentor lsp} and must receive exactly dockmentor's diagnostics and a hover.
 * Skipped when emacs is not on PATH ({@code scripts/install-test-deps.sh} installs emacs-nox and elpa-eglot).
 */
@Timeout(120)
class LspEmacsTest {
    private static Path script;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsEmacs() {
        boolean found = false;
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, "emacs"))) found = true;
        }
        assumeTrue(found, "emacs is not on PATH: run scripts/install-test-deps.sh to enable the Eglot client test");
        script = Path.of(System.getProperty("dockmentor.repo", ".."), "clients", "emacs", "eglot_check.sh").toAbsolutePath();
    }

    private List<JsonObject> run(String file, String lang, String text, Map<String, String> env) throws Exception {
        Files.writeString(dir.resolve(file), text);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of("sh", script.toString(), file, java, "-cp",
                System.getProperty("java.class.path"), "dev.dockmentor.cli.Main", "lsp"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DM_LANG", lang);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(100, TimeUnit.SECONDS), "emacs did not finish");
        assertEquals(0, p.exitValue(), "eglot check failed: " + out);
        List<JsonObject> lines = new ArrayList<>();
        for (String l : out.split("\n")) if (l.startsWith("{")) lines.add(JsonParser.parseString(l).getAsJsonObject());
        return lines;
    }

    private static List<String> codes(List<JsonObject> lines) {
        return lines.stream().filter(o -> o.has("diagnostic"))
                .map(o -> o.getAsJsonObject("diagnostic").get("code").getAsString()).sorted().toList();
    }

    @Test
    void eglotReceivesDiagnosticsAndHoverForADockerfile() throws Exception {
        List<JsonObject> lines = run("Dockerfile", "dockerfile", "FROM alpine:3.20\nCOPPY app.py .\n", Map.of("DM_HOVER", "1:1"));
        assertTrue(codes(lines).contains("unknown-instruction"), lines.toString());
        assertTrue(lines.stream().anyMatch(o -> o.has("hover") && o.get("hover").getAsString().contains("unknown-instruction")),
                lines.toString());
    }

    @Test
    void eglotReceivesTheExactComposeDiagnostics() throws Exception {
        List<JsonObject> lines = run("compose.yaml", "dockercompose", "services:\n  web:\n    image: nginx\n", Map.of());
        assertEquals(List.of("missing-healthcheck", "missing-restart-policy", "no-resource-limits", "unpinned-image"), codes(lines));
    }

    @Test
    void eglotGetsAnEmptyPublishForACleanFile() throws Exception {
        List<JsonObject> lines = run("Dockerfile", "dockerfile",
                "FROM alpine:3.20\nRUN adduser -D app\nUSER app\nHEALTHCHECK NONE\nCMD [\"sleep\", \"1\"]\n", Map.of());
        assertTrue(lines.stream().anyMatch(o -> o.has("published")), lines.toString());
        assertEquals(List.of(), codes(lines));
    }
}
