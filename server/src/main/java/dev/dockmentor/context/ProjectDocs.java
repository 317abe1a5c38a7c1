package dev.dockmentor.context;

import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a project's own documentation says a Docker file is for. Two signals, both written by the project's authors:
 * the README in the file's own folder says it is for development or testing ("for development purposes only"),
 * or the contributor guide (CONTRIBUTING, DEVELOPMENT, HACKING) names the file and no user-facing document (README,
 * INSTALL, the docs folder) does: the file is how contributors work on the project, not how users run it.
 */
public final class ProjectDocs {
    private static final int LEVELS = 8;
    private static final int MAX_DOC_CHARS = 64 * 1024;
    private static final int MAX_DOCS = 40;
    private static final Pattern DOC_NAME = Pattern.compile("(?i)[\\w.-]+\\.(?:md|markdown|rst|txt|adoc)|readme|contributing|install");
    private static final Pattern CONTRIBUTOR_DOC = Pattern.compile(
            "(?i)(?:contributing|contribute|contributors?|development|developing|developers?|develop|dev|hacking|local[-_]?(?:dev|development|setup))(?:\\.[\\w]+)?");
    /** Documents about the project's history or legal matters: naming a file there says nothing of who uses it. */
    private static final Pattern NEUTRAL_DOC = Pattern.compile(
            "(?i)(?:changelog|changes|history|news|releases?|release[-_]notes|license|licence|copying|security|code[-_]of[-_]conduct|authors|notice|upgrading|migration)(?:\\.\\w+)?");
    /** What a folder's README says when the files beside it are for development or tests only. */
    private static final Pattern FOLDER_PURPOSE = Pattern.compile("(?i)"
            + "for\\s+(?:\\w+\\s+){0,3}(?:local\\s+)?(development|testing|tests|test)\\s+(?:purposes?|only|use\\s+only)"
            + "|(?:only|solely)\\s+(?:for|used\\s+(?:for|in))\\s+(?:local\\s+)?(development|testing|tests|ci)\\b"
            + "|not\\s+(?:intended|meant|suitable|recommended|designed)\\s+(?:to\\s+be\\s+used\\s+)?(?:for|in)\\s+(production)");
    /** Names a README by its bare file name alone does not tell apart (every project has one). */
    private static final Set<String> GENERIC = Set.of("dockerfile", "containerfile", "docker-compose.yml", "docker-compose.yaml",
            "compose.yml", "compose.yaml");

    private ProjectDocs() {}

    /** The role the project's docs give the file at {@code file}, or empty. */
    public static Optional<FileRoles.Role> roleOf(Path file, ProjectFiles files, Path knownRoot) {
        if (file == null || files == null) return Optional.empty();
        Path f = file.toAbsolutePath().normalize();
        Path dir = f.getParent();
        if (dir == null) return Optional.empty();
        Optional<FileRoles.Role> folder = folderReadme(dir, files);
        if (folder.isPresent()) return folder;
        // Only a known project root: without one, "the project's docs" would be whatever folder the walk stopped at.
        Path root = Folders.projectRoot(dir, files, knownRoot, LEVELS);
        return root == null ? Optional.empty() : contributorOnly(f, root, files);
    }

    private static Optional<FileRoles.Role> folderReadme(Path dir, ProjectFiles files) {
        for (String name : files.fileNames(dir, n -> n.toLowerCase(Locale.ROOT).startsWith("readme"))) {
            Optional<String> text = files.read(dir.resolve(name));
            if (text.isEmpty()) continue;
            String t = text.get().length() > 8192 ? text.get().substring(0, 8192) : text.get();
            Matcher m = FOLDER_PURPOSE.matcher(t);
            if (!m.find()) continue;
            String what = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String quote = m.group().replaceAll("\\s+", " ").strip();
            boolean dev = what.equalsIgnoreCase("development") || what.equalsIgnoreCase("production");
            return Optional.of(new FileRoles.Role(dev ? FileRole.DEVELOPMENT : FileRole.TEST,
                    "its folder's " + name + " says \"" + quote + "\""));
        }
        return Optional.empty();
    }

    private static Optional<FileRoles.Role> contributorOnly(Path file, Path root, ProjectFiles files) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        String name = file.getFileName().toString();
        // A generic name counts only where it is the file's own path (the root compose file is "docker-compose.yml").
        List<Pattern> names = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        names.add(mention(rel));
        plain.add(rel);
        if (!GENERIC.contains(name.toLowerCase(Locale.ROOT)) && !rel.equals(name)) {
            names.add(mention(name));
            plain.add(name);
        }
        java.util.function.Predicate<String> mentions = t -> plain.stream().anyMatch(t::contains) && names.stream().anyMatch(p -> p.matcher(t).find());
        String devUse = null;
        int read = 0;
        for (Path d : new Path[] {root, root.resolve(".github"), root.resolve("docs"), root.resolve("doc")}) {
            for (String doc : files.fileNames(d, n -> DOC_NAME.matcher(n).matches())) {
                if (read++ >= MAX_DOCS) return Optional.empty();
                if (NEUTRAL_DOC.matcher(doc).matches()) continue;
                Optional<String> text = files.read(d.resolve(doc));
                if (text.isEmpty()) continue;
                String t = text.get().length() > MAX_DOC_CHARS ? text.get().substring(0, MAX_DOC_CHARS) : text.get();
                if (!mentions.test(t)) continue;
                // Any user-facing document naming the file makes it the users' as well: no signal.
                if (!CONTRIBUTOR_DOC.matcher(doc).matches()) return Optional.empty();
                if (devUse == null) devUse = "the contributor guide " + (d.equals(root) ? doc : root.relativize(d.resolve(doc)).toString().replace('\\', '/'));
            }
        }
        // The Makefile's targets and the scripts that run the file: by their names, a development or test task, or not.
        for (String mk : files.fileNames(root, n -> MAKEFILE.matcher(n).matches())) {
            Optional<String> text = files.read(root.resolve(mk));
            if (text.isEmpty() || text.get().length() > MAX_DOC_CHARS || !mentions.test(text.get())) continue;
            for (String[] target : targets(text.get())) {
                if (!mentions.test(target[1])) continue;
                if (!devWords(target[0])) return Optional.empty();
                if (devUse == null) devUse = "the " + mk + " target " + target[0];
            }
        }
        for (Path d : new Path[] {root, root.resolve("scripts"), root.resolve("bin")}) {
            for (String sh : files.fileNames(d, n -> n.endsWith(".sh") || n.endsWith(".bash"))) {
                if (read++ >= MAX_DOCS) return Optional.empty();
                Optional<String> text = files.read(d.resolve(sh));
                if (text.isEmpty() || text.get().length() > MAX_DOC_CHARS || !mentions.test(text.get())) continue;
                if (!devWords(sh.replaceFirst("\\.(?:sh|bash)$", ""))) return Optional.empty();
                if (devUse == null) devUse = "the script " + root.relativize(d.resolve(sh)).toString().replace('\\', '/');
            }
        }
        if (devUse == null) return Optional.empty();
        return Optional.of(new FileRoles.Role(FileRole.DEVELOPMENT, devUse + " uses it, nothing for users does"));
    }

    private static final Pattern MAKEFILE = Pattern.compile("(?i)makefile|gnumakefile|justfile");
    private static final Pattern TARGET = Pattern.compile("^([A-Za-z0-9_.%/-]+)\\s*:(?![=:])", Pattern.MULTILINE);
    private static final Set<String> DEV_TASK_WORDS = Set.of("dev", "devel", "develop", "development", "local", "debug", "test", "tests",
            "testing", "e2e", "integration", "ci", "bench", "benchmark", "lint", "hack");

    /** A Makefile's targets: name and text (header line and recipe), in order. */
    private static List<String[]> targets(String text) {
        List<String[]> out = new ArrayList<>();
        Matcher m = TARGET.matcher(text);
        int prevStart = -1;
        String prevName = null;
        while (m.find()) {
            if (prevName != null) out.add(new String[] {prevName, text.substring(prevStart, m.start())});
            prevName = m.group(1);
            prevStart = m.start();
        }
        if (prevName != null) out.add(new String[] {prevName, text.substring(prevStart)});
        return out;
    }

    /** A task's name says development or tests ({@code jit_dev_setup}, {@code test-e2e}, {@code docker-dev}). */
    private static boolean devWords(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[-_.:/ ]+")) if (DEV_TASK_WORDS.contains(w)) return true;
        return false;
    }

    /** The path as a whole word of prose or a command line ({@code -f docker/compose.dev.yml}, {@code `docker/Dockerfile`}). */
    private static Pattern mention(String path) {
        return Pattern.compile("(?<![\\w./-])(?:\\./)?" + Pattern.quote(path) + "(?![\\w-]|\\.\\w)");
    }
}
