package dev.dockmentor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./dockmentor} launcher, copied beside a stand-in jar whose main prints the JVM flags and
 * arguments it got: which java runs, that the start-up cache is recorded once and then used, and that
 * DOCKMENTOR_CDS=0 and DOCKMENTOR_JAVA_OPTS do what the README says. (The stand-in keeps the test from
 * building the real jar: Maven runs tests before it packages.)
 */
class LauncherScriptTest {
    static final Path LAUNCHER = Path.of(System.getProperty("dockmentor.repo", "..")).resolve("dockmentor").toAbsolutePath().normalize();

    @TempDir
    Path repo;

    /** A main that prints its JVM flags, then its arguments; exits 0. */
    public static final class EchoMain {
        public static void main(String[] args) {
            System.out.println("flags " + ManagementFactory.getRuntimeMXBean().getInputArguments());
            System.out.println("args " + List.of(args));
            System.out.println("java " + System.getProperty("java.home"));
        }
    }

    @BeforeEach
    void layout() throws IOException {
        Files.copy(LAUNCHER, repo.resolve("dockmentor"));
        Files.setPosixFilePermissions(repo.resolve("dockmentor"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path target = Files.createDirectories(repo.resolve("server/target"));
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, EchoMain.class.getName());
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target.resolve("dockmentor.jar")), mf)) {
            String entry = EchoMain.class.getName().replace('.', '/') + ".class";
            jar.putNextEntry(new JarEntry(entry));
            try (var in = EchoMain.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(jar);
            }
            jar.closeEntry();
        }
    }

    private String run(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(repo.resolve("dockmentor").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("DOCKMENTOR_CDS");
        pb.environment().remove("DOCKMENTOR_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void recordsTheStartUpCacheOnceThenStartsWithIt() throws Exception {
        String first = run(Map.of(), "check", "x");
        assertTrue(first.contains("args [check, x]"), first);
        Path cache = repo.resolve("server/target/dockmentor.jsa");
        // The stand-in's "self-test" run is what the cache was recorded from.
        assertTrue(Files.size(cache) > 0, "a cache was recorded");
        String key = Files.readString(repo.resolve("server/target/dockmentor.jsa.key"));
        assertTrue(key.matches("(?s).*/bin/java -Xlog.* -XX:TieredStopAtLevel=1 -Xss4m\t(aot|cds)\n"), key);
        for (String flag : new String[] {"-XX:+UseSerialGC", "-Xmn12m", "-XX:TieredStopAtLevel=1"}) assertTrue(first.contains(flag), flag + ": " + first);
        assertTrue(first.contains("-XX:SharedArchiveFile=" + cache) || first.contains("-XX:AOTCache=" + cache), first);
        long recorded = Files.getLastModifiedTime(cache).toMillis();
        String second = run(Map.of(), "--version");
        assertTrue(second.contains("args [--version]"), second);
        assertEquals(recorded, Files.getLastModifiedTime(cache).toMillis(), "not recorded again");
        // A cache recorded under other flags (another collector, say) is recorded again: a JVM refuses an AOT
        // cache recorded under another collector, and says so on every start.
        Path keyFile = repo.resolve("server/target/dockmentor.jsa.key");
        Files.writeString(keyFile, key.replace("-XX:+UseSerialGC ", ""));
        Files.setLastModifiedTime(cache, java.nio.file.attribute.FileTime.fromMillis(recorded - 10_000));
        run(Map.of(), "--version");
        assertEquals(key, Files.readString(keyFile), "the key names the flags it was recorded with");
        assertTrue(Files.getLastModifiedTime(cache).toMillis() > recorded - 10_000, "recorded again");
    }

    @Test
    void javaHomeChoosesTheJava() throws Exception {
        // A JAVA_HOME whose java says so, then runs the real one.
        Path bin = Files.createDirectories(repo.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho via-java-home\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        String out = run(Map.of("JAVA_HOME", repo.resolve("jdk").toString(), "DOCKMENTOR_CDS", "0"), "rules");
        assertTrue(out.startsWith("via-java-home"), out);
        assertTrue(out.contains("args [rules]"), out);
    }

    @Test
    void cacheOffAndExtraOptions() throws Exception {
        String out = run(Map.of("DOCKMENTOR_CDS", "0", "DOCKMENTOR_JAVA_OPTS", "-Ddockmentor.probe=1"), "lsp");
        assertFalse(out.contains("SharedArchiveFile") || out.contains("AOTCache"), out);
        assertTrue(out.contains("-Ddockmentor.probe=1"), out);
        assertFalse(Files.exists(repo.resolve("server/target/dockmentor.jsa")));
    }
}
