package dev.dockmentor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockmentor.project.FileProbe.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettledDirectoryProbeTest {
    @TempDir
    Path dir;
    final AtomicInteger asked = new AtomicInteger();
    SettledDirectoryProbe probe;

    @BeforeEach
    void setUp() {
        probe = new SettledDirectoryProbe(d -> name -> {
            asked.incrementAndGet();
            return FileProbe.DISK.folder(d).kind(name);
        }, System::currentTimeMillis);
    }

    private int settled;

    /** The folder as if last changed long ago (each time a different instant, as real changes are). */
    private void settle() throws Exception {
        Files.setLastModifiedTime(dir, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000 - 1_000 * ++settled));
    }

    @Test
    void aSettledFolderIsAskedOncePerName() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        Files.createDirectory(dir.resolve(".git"));
        settle();
        for (int i = 0; i < 3; i++) {
            assertEquals(Kind.NONE, probe.kind(dir.resolve(".dockmentor.yaml")));
            assertEquals(Kind.FILE, probe.kind(dir.resolve("Dockerfile")));
            assertEquals(Kind.DIRECTORY, probe.kind(dir.resolve(".git")));
        }
        assertEquals(3, asked.get());
    }

    @Test
    void aFileCreatedOrDeletedAfterwardsIsSeenAtOnce() throws Exception {
        settle();
        assertEquals(Kind.NONE, probe.kind(dir.resolve(".dockerignore")));
        Files.writeString(dir.resolve(".dockerignore"), ".git\n");
        assertEquals(Kind.FILE, probe.kind(dir.resolve(".dockerignore")));
        settle();
        assertEquals(Kind.FILE, probe.kind(dir.resolve(".dockerignore")));
        Files.delete(dir.resolve(".dockerignore"));
        assertEquals(Kind.NONE, probe.kind(dir.resolve(".dockerignore")));
    }

    @Test
    void aFolderChangedInTheLastSecondsIsAskedEveryTime() throws Exception {
        Files.writeString(dir.resolve("x"), "");
        for (int i = 0; i < 3; i++) assertEquals(Kind.NONE, probe.kind(dir.resolve(".dockmentor.yaml")));
        assertEquals(3, asked.get());
    }

    @Test
    void aPathInAMissingFolderIsNothing() {
        assertEquals(Kind.NONE, probe.kind(dir.resolve("no/such/.dockerignore")));
        assertEquals(Kind.NONE, probe.kind(dir.resolve("no/such/.dockerignore")));
    }

    @Test
    void relativeAndUnnormalisedPathsShareTheirFoldersAnswers() throws Exception {
        Files.createDirectory(dir.resolve("sub"));
        settle();
        assertEquals(Kind.DIRECTORY, probe.kind(dir.resolve("sub/../sub")));
        assertEquals(Kind.DIRECTORY, probe.kind(dir.resolve("./sub")));
        assertEquals(1, asked.get());
    }
}
