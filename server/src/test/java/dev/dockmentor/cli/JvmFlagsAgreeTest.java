package dev.dockmentor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server's JVM flags are written where each way of starting it needs them: the launcher, the VS Code
 * extension, the IntelliJ plugin, and the benchmark's transport floor. They must be the same flags (a
 * start-up cache recorded under others is refused; the CLI should answer as the editor does).
 */
class JvmFlagsAgreeTest {
    static final Path REPO = Path.of(System.getProperty("dockmentor.repo", "..")).toAbsolutePath().normalize();
    /** A JVM option other than logging (which each place sets as its output needs). */
    static final Pattern FLAG = Pattern.compile("-X(?!log)[A-Za-z0-9:+=-]+");

    static List<String> flagsOnLine(String file, String lineMarker) throws IOException {
        for (String line : Files.readAllLines(REPO.resolve(file))) {
            if (!line.contains(lineMarker)) continue;
            List<String> out = new ArrayList<>();
            Matcher m = FLAG.matcher(line);
            while (m.find()) out.add(m.group());
            return out;
        }
        throw new AssertionError("no line with " + lineMarker + " in " + file);
    }

    @Test
    void theLauncherTheClientsAndTheBenchmarkStartTheServerWithTheSameFlags() throws IOException {
        List<String> launcher = flagsOnLine("dockmentor", "opts=(");
        assertEquals(List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmn12m", "-XX:TieredStopAtLevel=1", "-Xss4m"), launcher);
        assertEquals(launcher, flagsOnLine("vscode-extension/src/cds.ts", "export const SERVER_FLAGS"), "VS Code");
        assertEquals(launcher, flagsOnLine("intellij-plugin/src/main/java/dev/dockmentor/intellij/ServerCommand.java", "return List.of(java.toString()"), "IntelliJ");
        assertEquals(launcher, flagsOnLine("bench/peers.sh", "floor_jvm="), "bench/peers.sh's JVM floor");
    }
}
