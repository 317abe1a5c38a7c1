package dev.dockmentor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layer picture true: parse -> model -> rules -> engine / ide -> cli/lsp, arrows pointing down.
 * Only lsp may import LSP4J; only compose and config may import snakeyaml.
 */
class ArchitectureTest {
    static final Path MAIN = Path.of("src/main/java/dev/dockmentor");
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("dockerfile", Set.of("text")),
            Map.entry("shell", Set.of("text", "dockerfile")),
            Map.entry("compose", Set.of("text", "dockerfile", "project.ProjectFiles")),
            Map.entry("kb", Set.of("text", "dockerfile")),
            // FileKind is the one word the project layer shares with the rules.
            Map.entry("project", Set.of("text", "rules.FileKind")),
            // What each file, stage, image and service is for: computed once from the models, consulted by rules.
            Map.entry("context", Set.of("text", "dockerfile", "shell", "compose", "kb", "project")),
            Map.entry("rules", Set.of("text", "dockerfile", "shell", "compose", "kb", "project", "context", "rules")),
            Map.entry("docs", Set.of("text", "rules")),
            // The config file is found by asking the same probe the rest of the project reading uses.
            Map.entry("config", Set.of("text", "rules", "project.FileProbe")),
            Map.entry("fix", Set.of("text", "rules")),
            Map.entry("engine", Set.of("text", "dockerfile", "shell", "compose", "kb", "project", "context", "rules", "docs", "config", "fix")),
            // The CLI is the process entry point: it starts the language server.
            Map.entry("cli", Set.of("text", "dockerfile", "shell", "compose", "kb", "project", "context", "rules", "docs", "config", "fix", "engine", "ide", "lsp")),
            Map.entry("ide", Set.of("text", "dockerfile", "shell", "compose", "kb", "project", "context", "rules")),
            Map.entry("lsp", Set.of("text", "dockerfile", "shell", "compose", "kb", "project", "context", "rules", "docs", "config", "fix", "engine", "ide")));
    static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");

    @Test
    void importsPointDownTheLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String layer = MAIN.relativize(f).getName(0).toString();
                if (MAIN.relativize(f).getNameCount() == 1) continue;
                Set<String> allowed = ALLOWED.get(layer);
                if (allowed == null) {
                    violations.add(f + ": package '" + layer + "' has no place in the layer map");
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String imp = m.group(1);
                    if (imp.startsWith("org.eclipse.lsp4j") && !layer.equals("lsp")) violations.add(f + " imports " + imp);
                    if (imp.startsWith("org.snakeyaml") && !layer.equals("compose") && !layer.equals("config")) violations.add(f + " imports " + imp);
                    if (!imp.startsWith("dev.dockmentor.")) continue;
                    String rest = imp.substring("dev.dockmentor.".length());
                    String target = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
                    if (target.equals(layer)) continue;
                    boolean ok = allowed.contains(target) || allowed.stream().anyMatch(a -> a.contains(".") && rest.startsWith(a));
                    if (!ok) violations.add(f + " (" + layer + ") imports " + imp);
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
