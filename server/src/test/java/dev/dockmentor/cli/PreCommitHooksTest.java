package dev.dockmentor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.project.FileClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The pre-commit hooks file: valid, its entry the launcher, and its file pattern the names the folder walk lints. */
class PreCommitHooksTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @Test
    @SuppressWarnings("unchecked")
    void theHooksRunTheLauncherOnTheFilesDockmentorLints() throws Exception {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(REPO.resolve(".pre-commit-hooks.yaml")));
        List<Map<String, Object>> hooks = (List<Map<String, Object>>) loaded;
        assertEquals(List.of("dockmentor", "dockmentor-fix", "dockmentor-format"), hooks.stream().map(h -> h.get("id")).toList());
        for (Map<String, Object> h : hooks) {
            if (h.get("id").equals("dockmentor-format")) {
                assertTrue(((String) h.get("entry")).startsWith("./dockmentor format"));
                Pattern dockerfiles = Pattern.compile((String) h.get("files"));
                assertTrue(dockerfiles.matcher("app/Dockerfile.prod").find() && dockerfiles.matcher("x/api.Dockerfile").find());
                assertFalse(dockerfiles.matcher("compose.yaml").find(), "compose files are not formatted");
                continue;
            }
            assertEquals("script", h.get("language"));
            String entry = (String) h.get("entry");
            assertTrue(entry.startsWith("./dockmentor check"), entry);
            assertTrue(Files.isExecutable(REPO.resolve("dockmentor")), "the launcher is executable");
            Pattern files = Pattern.compile((String) h.get("files"));
            for (String p : List.of("Dockerfile", "app/Dockerfile.prod", "x/api.Dockerfile", "Containerfile", "compose.yaml",
                    "deploy/docker-compose.prod.yml", "docker-compose-dev.yml", "compose.override.yaml")) {
                assertTrue(FileClassifier.classify(Path.of(p).getFileName().toString()).isPresent(), p + " is linted");
                assertTrue(files.matcher(p).find(), p + " is passed to the hook");
            }
            for (String p : List.of("README.md", "app/main.py", "config.yaml", "Dockerfile.md/notes.txt")) {
                assertFalse(files.matcher(p).find(), p + " is not passed");
            }
        }
    }
}
