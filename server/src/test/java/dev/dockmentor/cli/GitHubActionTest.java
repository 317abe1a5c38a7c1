package dev.dockmentor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The repository's GitHub Action (action.yml): inputs documented with defaults, inputs passed to the shell only
 * through environment variables, and each step's dockmentor command line, with the inputs' defaults, accepted by the
 * CLI and printing what GitHub reads (workflow commands; SARIF).
 */
class GitHubActionTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void theActionsStepsRunTheCliWithTheInputsDefaults() throws Exception {
        Map<String, Object> action = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(REPO.resolve("action.yml")));
        Map<String, Map<String, Object>> inputs = (Map<String, Map<String, Object>>) action.get("inputs");
        for (var e : inputs.entrySet()) {
            assertTrue(e.getValue().get("description") instanceof String, e.getKey() + " is described");
            assertTrue(e.getValue().containsKey("default"), e.getKey() + " has a default");
        }
        Map<String, Object> runs = (Map<String, Object>) action.get("runs");
        assertEquals("composite", runs.get("using"));
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12\nENV A 1\nCMD [\"python\"]\n");
        int commands = 0;
        for (Map<String, Object> step : (List<Map<String, Object>>) runs.get("steps")) {
            String run = (String) step.get("run");
            if (run == null) continue;
            assertFalse(run.contains("${{"), "inputs reach the script as environment variables only: " + run);
            Map<String, String> env = (Map<String, String>) step.get("env");
            List<String> args = new ArrayList<>();
            String redirect = null;
            Matcher m = Pattern.compile("\"[^\"]*\"|>|\\S+").matcher(run);
            boolean afterCheck = false, toFile = false;
            while (m.find()) {
                String w = m.group();
                if (w.equals(">")) {
                    toFile = true;
                    continue;
                }
                w = w.startsWith("\"") ? w.substring(1, w.length() - 1) : w;
                String value = substitute(w, env, inputs);
                if (toFile) redirect = value;
                else if (afterCheck) args.addAll(w.startsWith("$") && !m.group().startsWith("\"") ? List.of(value.split("\\s+")) : List.of(value));
                else if (w.equals("check")) {
                    afterCheck = true;
                    args.add("check");
                }
            }
            assertTrue(afterCheck, "the step runs dockmentor check: " + run);
            args.replaceAll(a -> a.equals(".") ? dir.toString() : a);
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(code == 0 || code == 1, args + " is accepted: " + err.toString(StandardCharsets.UTF_8));
            if (redirect != null) assertTrue(text.contains("\"$schema\"") && text.contains("sarif"), "SARIF: " + text);
            else assertTrue(text.lines().anyMatch(l -> l.startsWith("::warning ")), "workflow commands: " + text);
            commands++;
        }
        assertEquals(2, commands, "a SARIF step and an annotations step");
    }

    /** A word with {@code $VAR} replaced by the step's env value, itself {@code ${{ inputs.x }}} replaced by its default. */
    @SuppressWarnings("unchecked")
    private static String substitute(String word, Map<String, String> env, Map<String, Map<String, Object>> inputs) {
        Matcher v = Pattern.compile("\\$\\{?([A-Z_]+)}?").matcher(word);
        StringBuilder b = new StringBuilder();
        while (v.find()) {
            String value = v.group(1).equals("GITHUB_ACTION_PATH") ? "" : env == null ? "" : env.getOrDefault(v.group(1), "");
            Matcher in = Pattern.compile("\\$\\{\\{\\s*inputs\\.([\\w-]+)\\s*}}").matcher(value);
            if (in.matches()) {
                Object def = inputs.get(in.group(1)).get("default");
                value = String.valueOf(def);
                if (in.group(1).equals("sarif")) value = "out.sarif";
            }
            v.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        v.appendTail(b);
        return b.toString();
    }
}
