package dev.dockmentor.intellij;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a Java 17+ to run the server: the configured path (a Java home or the java executable itself), then
 * {@code JAVA_HOME}, then the IDE's own runtime ({@code java.home} of the IDE process, JBR 21 in current IDEs).
 */
public final class JavaLocator {
    public static final int MIN_VERSION = 17;

    public record Found(Path java, String source, int version) {}

    public record Result(Optional<Found> found, List<String> rejected) {
        public String errorMessage() {
            return "dockmentor needs Java " + MIN_VERSION + " or newer to run its language server, and none was usable"
                    + (rejected.isEmpty() ? "." : " (" + String.join("; ", rejected) + ").")
                    + " Set the Java path in Settings | Tools | dockmentor, or set JAVA_HOME.";
        }
    }

    private JavaLocator() {}

    public static Result find(String configured, Map<String, String> env, String ideJavaHome, boolean windows) {
        List<String> rejected = new ArrayList<>();
        List<String[]> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) candidates.add(new String[] {"setting", configured.trim()});
        String jh = env.get("JAVA_HOME");
        if (jh != null && !jh.isBlank()) candidates.add(new String[] {"JAVA_HOME", jh.trim()});
        if (ideJavaHome != null && !ideJavaHome.isBlank()) candidates.add(new String[] {"IDE runtime", ideJavaHome.trim()});
        for (String[] c : candidates) {
            Path java = executable(Path.of(c[1]), windows);
            if (!Files.isRegularFile(java)) {
                rejected.add(c[0] + ": no java at " + java);
                continue;
            }
            Optional<Integer> v = version(java);
            if (v.isEmpty()) {
                rejected.add(c[0] + ": " + java + " did not tell its version");
                continue;
            }
            if (v.get() < MIN_VERSION) {
                rejected.add(c[0] + ": " + java + " is Java " + v.get());
                continue;
            }
            return new Result(Optional.of(new Found(java, c[0], v.get())), rejected);
        }
        return new Result(Optional.empty(), rejected);
    }

    /** A Java home gives home/bin/java; a path to the executable is taken as is. */
    static Path executable(Path p, boolean windows) {
        String exe = windows ? "java.exe" : "java";
        if (p.getFileName() != null && p.getFileName().toString().equals(exe) && Files.isRegularFile(p)) return p;
        return p.resolve("bin").resolve(exe);
    }

    /** From the runtime's {@code release} file when present, else by running {@code java -version}. */
    static Optional<Integer> version(Path java) {
        Path release = java.getParent() == null || java.getParent().getParent() == null ? null
                : java.getParent().getParent().resolve("release");
        if (release != null && Files.isRegularFile(release)) {
            try {
                Optional<Integer> v = parseVersion(Files.readString(release));
                if (v.isPresent()) return v;
            } catch (IOException ignored) {
                // fall through to running it
            }
        }
        try {
            Process p = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return parseVersion(out);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static final Pattern VERSION = Pattern.compile("(?:version|JAVA_VERSION=)\\s*\"(\\d+)(?:\\.(\\d+))?");

    /** 1.8.0_392 -> 8, 17.0.15 -> 17, "21" -> 21. */
    public static Optional<Integer> parseVersion(String text) {
        Matcher m = VERSION.matcher(text);
        if (!m.find()) return Optional.empty();
        int first = Integer.parseInt(m.group(1));
        if (first == 1 && m.group(2) != null) return Optional.of(Integer.parseInt(m.group(2)));
        return Optional.of(first);
    }
}
