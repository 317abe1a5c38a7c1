package dev.dockmentor.context;

import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a file's {@link FileRole} from strong signals only: its own name ({@code Dockerfile.dev},
 * {@code docker-compose.ci.yml}), the folders between the project root and the file ({@code .devcontainer/},
 * {@code tests/}), what its comments say ("do not use in production"), and template syntax. Folder names count
 * only below a project root (a folder holding {@code .git} or {@code .dockmentor.yaml}): a checkout under
 * {@code ~/dev/} is not a development file. Without a root, only dot-folders that cannot be a home folder count.
 */
public final class FileRoles {
    /** The role and, for a role other than production, the signal it was read from (shown to the user). */
    public record Role(FileRole role, String signal) {
        public static final Role PRODUCTION = new Role(FileRole.PRODUCTION, "");
    }

    private static final Set<String> DEV_WORDS = Set.of("dev", "devel", "develop", "development", "local", "debug",
            "devcontainer", "codespace", "codespaces", "gitpod");
    private static final Set<String> TEST_WORDS = Set.of("test", "tests", "testing", "ci", "e2e", "integration",
            "integrationtest", "integrationtests", "unittest", "unittests", "cypress", "playwright", "selenium", "bench", "benchmark",
            "benchmarks", "perf", "loadtest");
    private static final Set<String> DEV_DIRS = Set.of(".devcontainer", ".devcontainers", "devcontainer", "dev",
            "development", "local", "devenv", "dev-env", "dev_env", "localdev", "local-dev", ".vscode", ".gitpod", ".codesandbox", ".ddev", ".lando");
    /** Words of a folder name ({@code dev-toolkit}, {@code localDev}) that make it a development folder. */
    private static final Set<String> DEV_DIR_WORDS = Set.of("dev", "devel", "develop", "development", "local", "localdev",
            "devenv", "devcontainer", "devbox");
    /** Words of a folder name ({@code TestSuite}, {@code load-tests}, {@code e2e_env}) that make it a test folder. */
    private static final Set<String> TEST_DIR_WORDS = Set.of("test", "tests", "testing", "testsuite", "e2e", "conformance",
            "fixtures", "fixture", "mock", "mocks", "bench", "benchmark", "benchmarks", "loadtest", "loadtests", "k6", "perf",
            "stresstest", "smoketest", "smoketests", "playwright", "cypress", "selenium", "puppeteer", "testcontainers", "fuzz", "fuzzing", "fuzzer", "fuzzers",
            "ci");
    /** Folders of retired files, kept for reference: nothing builds what is there any more. */
    private static final Set<String> ARCHIVE_DIRS = Set.of("archive", "archived", "archives", "attic", "deprecated", "obsolete",
            "retired", "unmaintained", "graveyard");
    /** Folders of developer tooling: what is built there serves the project's developers, not its users. */
    private static final Set<String> TOOL_DIRS = Set.of("tools", "tooling", "hack", "devtools", "dev-tools", "dev_tools");
    private static final Set<String> TEST_DIRS = Set.of("test", "tests", "testing", "e2e", "__tests__", "testdata",
            "test-data", "test_data", "fixtures", "integration-tests", "integration_tests", "integration-test",
            "ci", ".ci", "integrationtest", "integrationtests", "mock", "mocks", "bench", "benchmark", "benchmarks", "loadtest", ".github", ".gitlab", ".circleci", ".buildkite", ".woodpecker", ".forgejo", ".gitea");
    /** Compound test folder names: test-images, e2e-env, integration-tests, mocks. */
    private static final Pattern TEST_DIR_SHAPE = Pattern.compile("(?:tests?|e2e|integration)[-_].+|.+[-_](?:tests?|e2e)|mocks?");
    /** Folders that cannot be someone's home or workspace folder, so they count without a project root. */
    private static final Set<String> ROOTLESS_DIRS = Set.of(".devcontainer", ".devcontainers", ".github", ".gitlab",
            ".circleci", ".buildkite", ".woodpecker", ".forgejo", ".gitea", ".gitpod", ".codesandbox", ".ddev", ".lando");
    private static final Set<String> TEMPLATE_EXTENSIONS = Set.of("template", "tpl", "tmpl", "j2", "jinja",
            "jinja2", "erb", "mustache", "hbs", "gotmpl", "in");
    /** A comment saying the file is not for production, in English or Spanish. */
    private static final Pattern NOT_PRODUCTION = Pattern.compile("(?i)"
            + "(?:do\\s+not|don'?t|never)\\s+use\\s+(?:(?:this|it|these)\\s+)?(?:\\w+\\s+)?(?:in|for)\\s+production"
            + "|not\\s+(?:intended|meant|suitable|recommended|ready|designed)\\s+(?:to\\s+be\\s+used\\s+)?(?:for|in)\\s+production"
            + "|not\\s+(?:for|in)\\s+production|not\\s+production[- ]ready"
            + "|for\\s+(?:local\\s+)?development\\s+(?:only|purposes|use\\s+only)|(?:local\\s+)?dev(?:elopment)?[- ]only"
            // "defined here for convenience … for local development", "a stack for local dev"
            + "|\\bfor\\s+local\\s+dev(?:elopment)?\\b"
            + "|no\\s+(?:usar|utilizar)\\s+en\\s+producci[oó]n|solo\\s+para\\s+desarrollo"
            // A header naming the file a local development set-up ("# local dev stack", "Local development environment").
            + "|^\\s*(?:a\\s+|the\\s+)?local[- ]dev(?:elopment)?\\s+(?:stack|set-?up|environment|env|only|compose)\\b");
    private static final Pattern TEST_ONLY = Pattern.compile(
            "(?i)for\\s+(?:running\\s+)?(?:the\\s+)?(?:tests|testing|ci)\\s+(?:only|purposes)|(?:testing|tests|ci)[- ]only");
    /** Template syntax where a Dockerfile or YAML line begins: Jinja blocks and comments, Go/Mustache actions. */
    private static final Pattern TEMPLATE_LINE = Pattern.compile("(?m)^[ \\t]*(?:-[ \\t]*)?(?:\\{%|\\{\\{|\\{#)");
    /** A FROM whose image is a placeholder a generator fills in ({@code %%BASE%%}, {@code {{ base }}}, {@code @BASE@}). */
    private static final Pattern TEMPLATE_FROM = Pattern.compile("(?im)^[ \\t]*FROM[ \\t]+(?:--\\S+[ \\t]+)*\\S*(?:\\{\\{|\\{%|%%[A-Za-z_]|@[A-Z_]+@)");
    /**
     * {@code FROM REPLACE-ME}: an image name in capitals is no image Docker accepts (repository names are lower-case),
     * so it is a placeholder a script substitutes. Case-sensitive; FROM itself may be in any case.
     */
    /**
     * {@code ${docker.base.image}}: a variable name with dots is no Dockerfile or compose variable; Maven or Gradle
     * resource filtering replaces it before the build sees the file.
     */
    private static final Pattern BUILD_TOOL_PLACEHOLDER = Pattern.compile(
            "(?md)^(?![^\\S\\n]*#)[^\\n]*?(\\$\\{[A-Za-z_][A-Za-z0-9_-]*\\.[A-Za-z0-9_.-]+})"); // on a line that is no comment
    private static final Pattern PLACEHOLDER_FROM = Pattern.compile("(?m)^[ \\t]*(?i:FROM)[ \\t]+(?:--\\S+[ \\t]+)*([A-Z][A-Z0-9_-]*[A-Z0-9])(?:[ \\t]|$)");

    /** Name words of a Dockerfile piece a script joins to another one. */
    private static final Set<String> FRAGMENT_WORDS = Set.of("append", "prepend", "partial", "part", "fragment", "snippet",
            "inc", "include", "tail", "head", "footer", "header");
    private static final Pattern ANY_FROM = Pattern.compile("(?im)^[ \\t]*FROM[ \\t]");

    private FileRoles() {}

    /**
     * The role of the file at {@code path} with this text and these comment texts (without their {@code #}).
     * {@code files} answers whether a folder holds a project-root marker.
     */
    public static Role of(String path, String text, List<String> comments, ProjectFiles files, boolean compose) {
        return of(path, text, comments, files, null, compose);
    }

    /** As above, with the folder the user treats as the project root (a walked folder), or null. */
    public static Role of(String path, String text, List<String> comments, ProjectFiles files, Path knownRoot, boolean compose) {
        if (path != null) {
            Path p = Path.of(path).toAbsolutePath().normalize();
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (!compose && text != null && !ANY_FROM.matcher(text).find() && nameWords(name).stream().anyMatch(FRAGMENT_WORDS::contains)) {
                return new Role(FileRole.FRAGMENT, "named " + name + " with no FROM");
            }
            Role byName = byName(name);
            if (byName != null) return byName;
            Role byDir = byFolders(p, files, knownRoot == null ? null : knownRoot.toAbsolutePath().normalize());
            if (byDir != null) return byDir;
        }
        if (!compose && text != null && text.indexOf('\0') < 0 && text.indexOf("${") >= 0) {
            java.util.regex.Matcher m = BUILD_TOOL_PLACEHOLDER.matcher(text);
            if (m.find()) return new Role(FileRole.TEMPLATE, "build-tool placeholders such as " + m.group(1));
        }
        // Binary or garbled bytes are no template (random bytes may start a line with "{{").
        if (text != null && text.indexOf('\0') < 0 && (TEMPLATE_LINE.matcher(text).find() || !compose && TEMPLATE_FROM.matcher(text).find()
                || !compose && PLACEHOLDER_FROM.matcher(text).find())) {
            return new Role(FileRole.TEMPLATE, compose ? "template syntax {{ … }} or {% … %}"
                    : "template syntax {{ … }}, {% … %} or a placeholder image");
        }
        for (String c : comments) {
            if (NOT_PRODUCTION.matcher(c).find()) return new Role(FileRole.DEVELOPMENT, "a comment: \"" + shorten(c) + "\"");
            if (TEST_ONLY.matcher(c).find()) return new Role(FileRole.TEST, "a comment: \"" + shorten(c) + "\"");
        }
        return Role.PRODUCTION;
    }

    /** The words of a file name besides the Dockerfile/compose stem and the YAML extension. */
    static List<String> nameWords(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : n.split("[._-]+")) {
            if (w.isEmpty() || w.equals("dockerfile") || w.equals("containerfile") || w.equals("docker") || w.equals("compose")
                    || w.equals("yml") || w.equals("yaml")) continue;
            words.add(w);
        }
        return words;
    }

    static Role byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot > 0 && TEMPLATE_EXTENSIONS.contains(lower.substring(dot + 1))) {
            return new Role(FileRole.TEMPLATE, "named *" + name.substring(dot));
        }
        for (String w : nameWords(name)) {
            // docker-compose.template.yml: a generator fills it in (services, names) before anything runs it.
            if (w.equals("template") || w.equals("tmpl") || w.equals("tpl")) return new Role(FileRole.TEMPLATE, "named " + name);
            if (DEV_WORDS.contains(w)) return new Role(FileRole.DEVELOPMENT, "named " + name);
            if (TEST_WORDS.contains(w)) return new Role(FileRole.TEST, "named " + name);
        }
        return null;
    }

    private static Role byFolders(Path file, ProjectFiles files, Path knownRoot) {
        List<String> dirs = new ArrayList<>();
        boolean rooted = false;
        Path d = file.getParent();
        for (int depth = 0; d != null && depth < 24; depth++, d = d.getParent()) {
            if (d.equals(knownRoot) || files != null && (files.exists(d.resolve(".git")) || files.exists(d.resolve(".dockmentor.yaml")))) {
                rooted = true;
                break;
            }
            if (d.getFileName() != null) dirs.add(d.getFileName().toString());
        }
        for (String dir : dirs) {
            String lower = dir.toLowerCase(Locale.ROOT);
            if (!rooted && !ROOTLESS_DIRS.contains(lower)) continue;
            if (ARCHIVE_DIRS.contains(lower)) return new Role(FileRole.ARCHIVE, "in " + dir + "/");
            if (DEV_DIRS.contains(lower)) return new Role(FileRole.DEVELOPMENT, "in " + dir + "/");
            for (String w : folderWords(dir)) if (DEV_DIR_WORDS.contains(w)) return new Role(FileRole.DEVELOPMENT, "in " + dir + "/");
            if (TEST_DIRS.contains(lower) || TEST_DIR_SHAPE.matcher(lower).matches()) return new Role(FileRole.TEST, "in " + dir + "/");
            for (String w : folderWords(dir)) if (TEST_DIR_WORDS.contains(w)) return new Role(FileRole.TEST, "in " + dir + "/");
        }
        // Tooling folders count after the nearer test and development folders (tools/TestSuite/ is a test folder).
        for (String dir : dirs) {
            String lower = dir.toLowerCase(Locale.ROOT);
            if (rooted && TOOL_DIRS.contains(lower)) return new Role(FileRole.TOOL, "in " + dir + "/");
        }
        return null;
    }

    /** A folder name's words: split at separators and at lower-to-upper case changes ({@code TestSuite}: test, suite). */
    static List<String> folderWords(String dir) {
        List<String> out = new ArrayList<>();
        for (String part : dir.split("[-_. ]+")) {
            for (String w : part.split("(?<=[a-z0-9])(?=[A-Z])")) if (!w.isEmpty()) out.add(w.toLowerCase(Locale.ROOT));
            if (!part.isEmpty()) out.add(part.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }
}
