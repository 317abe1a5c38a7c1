package dev.dockmentor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockmentor format}: the editor's Dockerfile formatting for CI: in place, --check, --diff, standard input. */
class FormatCommandTest {
    private static final String MESSY = "from python:3.12-slim\nrun apt-get update &&\\\n  apt-get install -y curl\n\n\n\ncopy . /app\n";
    private static final String TIDY = "FROM python:3.12-slim\nRUN apt-get update && \\\n    apt-get install -y curl\n\nCOPY . /app\n";

    @TempDir
    Path dir;

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void formatsTheDockerfilesOfAFolderInPlaceAndLeavesComposeFilesAlone() throws IOException {
        Path df = dir.resolve("api/Dockerfile");
        Files.createDirectories(df.getParent());
        Files.writeString(df, MESSY);
        Path compose = dir.resolve("compose.yaml");
        String composeText = "services:\n  api:   {build: ./api}\n";
        Files.writeString(compose, composeText);
        CliTest.Run r = run("format", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(TIDY, Files.readString(df));
        assertEquals(composeText, Files.readString(compose));
        assertTrue(r.out().contains("formatted " + df), r.out());
        // Formatting is idempotent: a second run changes nothing.
        CliTest.Run again = run("format", dir.toString());
        assertEquals(0, again.code());
        assertTrue(again.out().contains("0 formatted, 1 already formatted"), again.out());
    }

    @Test
    void checkAndDiffWriteNothingAndExitOneWhenAFileWouldChange() throws IOException {
        Path df = dir.resolve("Dockerfile");
        Files.writeString(df, MESSY);
        CliTest.Run check = run("format", "--check", df.toString());
        assertEquals(1, check.code());
        assertTrue(check.out().contains("would reformat " + df), check.out());
        CliTest.Run diff = run("format", "--diff", df.toString());
        assertEquals(1, diff.code());
        assertTrue(diff.out().contains("-from python:3.12-slim") && diff.out().contains("+FROM python:3.12-slim"), diff.out());
        assertEquals(MESSY, Files.readString(df), "nothing written");
        Files.writeString(df, TIDY);
        assertEquals(0, run("format", "--check", df.toString()).code());
    }

    @Test
    void standardInputIsFormattedToStandardOutput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = assertDoesNotThrowUsage(() -> new FormatCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).stdin(new ByteArrayInputStream(MESSY.getBytes(StandardCharsets.UTF_8)))
                .run(new String[] {"-"}));
        assertEquals(0, code);
        assertEquals(TIDY, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aComposeFileOrAnUnknownOptionIsAUsageError() throws IOException {
        Path compose = dir.resolve("compose.yaml");
        Files.writeString(compose, "services: {}\n");
        CliTest.Run r = run("format", compose.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("compose files are not formatted"), r.err());
        assertEquals(2, run("format", "--write", dir.toString()).code());
        CliTest.Run help = run("format", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--check/--diff write nothing"), help.out());
    }

    @Test
    void bytesThatAreNotUtf8AreLeftAlone() throws IOException {
        Path df = dir.resolve("Dockerfile");
        byte[] latin1 = "from alpine:3.20\nlabel author=\"Jos\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(df, latin1);
        assertEquals(0, run("format", df.toString()).code());
        assertTrue(java.util.Arrays.equals(latin1, Files.readAllBytes(df)));
    }

    private interface UsageCall {
        int call() throws Usage;
    }

    private static int assertDoesNotThrowUsage(UsageCall c) {
        try {
            return c.call();
        } catch (Usage u) {
            throw new AssertionError(u);
        }
    }
}
