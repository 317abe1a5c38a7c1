package dev.dockmentor.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real inputs for property tests: the Before and After examples of every rule page (docs/rules/*.md),
 * every Dockerfile or compose text written in the rule tests (string literals and text blocks, «markers»
 * removed), the example projects, and the fuzz seeds. Plus seeded variants of each (CRLF, indentation,
 * lower-case keywords, a BOM, no final newline, blank lines, a stage or service before it).
 */
final class Corpus {
    static final Path REPO = Path.of(System.getProperty("dockmentor.repo", "..")).toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("```(dockerfile|yaml)\\r?\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"\"\"[ \\t]*\\n(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern JOIN = Pattern.compile("\\s*\\+\\s*");
    private static final Pattern DOCKERFILE = Pattern.compile("(?im)^\\s*(FROM|RUN|COPY|ADD|ENV|ARG|CMD|ENTRYPOINT|USER|WORKDIR|EXPOSE|HEALTHCHECK|LABEL|ONBUILD|SHELL)\\s");

    record Input(String origin, String text) {}

    private static List<Input> dockerfiles, composeFiles;

    private Corpus() {}

    static synchronized List<Input> dockerfiles() {
        if (dockerfiles == null) load();
        return dockerfiles;
    }

    static synchronized List<Input> composeFiles() {
        if (composeFiles == null) load();
        return composeFiles;
    }

    private static void load() {
        Set<String> seenD = new LinkedHashSet<>(), seenC = new LinkedHashSet<>();
        List<Input> d = new ArrayList<>(), c = new ArrayList<>();
        for (Path page : list(REPO.resolve("docs/rules"), ".md")) {
            Matcher m = FENCE.matcher(read(page));
            while (m.find()) {
                boolean yaml = m.group(1).equals("yaml");
                String t = m.group(2);
                if (yaml && !t.contains("services:")) continue; // .dockmentor.yaml snippets
                add(yaml ? c : d, yaml ? seenC : seenD, page.getFileName().toString(), t);
            }
        }
        for (Path test : list(REPO.resolve("server/src/test/java/dev/dockmentor/rules"), "Test.java")) {
            for (String s : literals(read(test))) {
                String t = s.replace("«", "").replace("»", "");
                if (t.contains("services:")) add(c, seenC, test.getFileName().toString(), t);
                else if (DOCKERFILE.matcher(t).find() && t.contains("\n")) add(d, seenD, test.getFileName().toString(), t);
            }
        }
        try (Stream<Path> ex = Files.walk(REPO.resolve("examples"))) {
            for (Path p : ex.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals("Dockerfile")) add(d, seenD, REPO.relativize(p).toString(), read(p));
                if (name.matches("(docker-)?compose.*\\.ya?ml")) add(c, seenC, REPO.relativize(p).toString(), read(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dockerfiles = List.copyOf(d);
        composeFiles = List.copyOf(c);
    }

    private static void add(List<Input> to, Set<String> seen, String origin, String text) {
        if (seen.add(text)) to.add(new Input(origin + "#" + to.size(), text));
    }

    /** String literals and text blocks of a Java source, with adjacent {@code "a" + "b"} joined. */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(src);
        StringBuilder cur = null;
        int lastEnd = -1;
        while (m.find()) {
            String value;
            try {
                value = m.group(1) != null ? m.group(1).stripIndent().translateEscapes() : m.group(2).translateEscapes();
            } catch (IllegalArgumentException e) {
                continue;
            }
            boolean joined = cur != null && JOIN.matcher(src.substring(lastEnd, m.start())).matches();
            if (joined) {
                cur.append(value);
            } else {
                if (cur != null) out.add(cur.toString());
                cur = new StringBuilder(value);
            }
            lastEnd = m.end();
        }
        if (cur != null) out.add(cur.toString());
        return out;
    }

    /** Deterministic variants of a text, as editors and people write the same file differently. */
    static List<String> variants(String text, boolean yaml, long seed, int count) {
        List<java.util.function.UnaryOperator<String>> all = new ArrayList<>(List.of(
                t -> t.replace("\r\n", "\n").replace("\n", "\r\n"),
                t -> t.endsWith("\n") ? t.substring(0, t.length() - 1) : t + "\n",
                t -> "\uFEFF" + t,
                t -> t.replace("\n", "\n\n"),
                t -> t + "\n# trailing comment\n"));
        if (yaml) {
            all.add(t -> t.replace("\n  ", "\n    ").replace("\n    ", "\n        ").replace("\n      ", "\n            "));
            all.add(t -> t.replaceFirst("(?m)^services:\\s*$", "services:\n  zz-extra:\n    image: busybox:1.36"));
        } else {
            all.add(t -> "FROM busybox:1.36 AS zz-extra\nRUN true\n\n" + t);
            all.add(t -> Pattern.compile("(?m)^(\\s*)([A-Z]+)(\\s)").matcher(t).replaceAll(r -> r.group(1) + r.group(2).toLowerCase() + r.group(3)));
            all.add(t -> t.replace("\n", "\n  ").stripTrailing() + "\n");
        }
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String v = text;
            int steps = 1 + r.nextInt(2);
            for (int s = 0; s < steps; s++) v = all.get(r.nextInt(all.size())).apply(v);
            if (!v.equals(text) && !out.contains(v)) out.add(v);
        }
        return out;
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
