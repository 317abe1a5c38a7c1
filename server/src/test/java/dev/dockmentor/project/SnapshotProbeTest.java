package dev.dockmentor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.project.FileProbe.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotProbeTest {
    @TempDir
    Path dir;
    final AtomicInteger asked = new AtomicInteger();
    SnapshotProbe probe;

    @BeforeEach
    void setUp() {
        probe = new SnapshotProbe(d -> name -> {
            asked.incrementAndGet();
            return FileProbe.DISK.folder(d).kind(name);
        });
    }

    @Test
    void absentNamesAreAnsweredFromTheListingWithoutAskingTheDisk() {
        for (String n : new String[] {".dockmentor.yaml", ".dockmentor.yml", ".hadolint.yaml", "compose.override.yaml", ".env"}) {
            assertEquals(Kind.NONE, probe.kind(dir.resolve(n)));
        }
        assertEquals(0, asked.get());
    }

    @Test
    void presentNamesAreAskedOnceAndRemembered() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        Files.createDirectory(dir.resolve(".git"));
        for (int i = 0; i < 3; i++) {
            assertEquals(Kind.FILE, probe.kind(dir.resolve("Dockerfile")));
            assertEquals(Kind.DIRECTORY, probe.kind(dir.resolve(".git")));
            assertEquals(Kind.NONE, probe.kind(dir.resolve(".dockerignore")));
        }
        assertEquals(2, asked.get());
    }

    @Test
    void theTreeIsTakenAsItWasWhenTheFolderWasFirstAsked() throws Exception {
        assertEquals(Kind.NONE, probe.kind(dir.resolve(".env")));
        Files.writeString(dir.resolve(".env"), "A=1\n");
        assertEquals(Kind.NONE, probe.kind(dir.resolve(".env")), "one run, one view of each folder");
        assertEquals(Kind.FILE, new SnapshotProbe(FileProbe.DISK).kind(dir.resolve(".env")), "the next run sees it");
    }

    @Test
    void aNameDifferingOnlyInCaseIsLeftToTheFileSystem() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        // Whatever this file system says (Linux: no such file; macOS, Windows: the same file), the probe agrees.
        assertEquals(FileProbe.diskKind(dir.resolve("dockerfile")), probe.kind(dir.resolve("dockerfile")));
        assertEquals(1, asked.get());
    }

    @Test
    void aMissingFolderHasNothingInIt() {
        Path gone = dir.resolve("nope");
        assertEquals(Kind.NONE, probe.kind(gone.resolve("compose.yaml")));
        assertEquals(Kind.NONE, probe.kind(gone.resolve("compose.yaml")));
        assertEquals(1, asked.get(), "asked by name, once");
        assertFalse(probe.isDirectory(gone));
    }

    @Test
    void projectFilesOnTheProbeReadOnlyWhatItKnows() throws Exception {
        Files.writeString(dir.resolve(".dockerignore"), "node_modules\n");
        ProjectFiles files = ProjectFiles.on(probe);
        assertEquals("node_modules\n", files.read(dir.resolve(".dockerignore")).orElseThrow());
        assertTrue(files.read(dir.resolve("Dockerfile")).isEmpty());
        assertTrue(files.exists(dir.resolve(".dockerignore")));
        assertFalse(files.exists(dir.resolve("Dockerfile")));
        assertTrue(files.exists(dir), "a folder exists too");
        assertTrue(ProjectFiles.inMemory(Map.of()).read(dir).isEmpty());
    }
}
