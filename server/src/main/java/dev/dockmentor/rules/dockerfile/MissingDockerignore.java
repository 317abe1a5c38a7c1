package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.TextEdit;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code COPY . .} without a .dockerignore sends the whole folder to the builder and into the
 * image: .git history, node_modules, local .env secrets, build output.
 */
public final class MissingDockerignore extends Rule implements DockerfileCheck {
    // The words that pick the stack, found in one pass without copying the text: six regexes over the whole
    // text, then a lower-cased copy split into a set of every word, were in turn the largest single cost of an
    // analysis on a project without .dockerignore (JFR profiles of the language server while typing).
    private static final Set<String> STACK_WORDS = Set.of("node", "npm", "yarn", "pnpm", "python", "pip", "poetry", "uv",
            "golang", "go", "maven", "mvn", "gradle", "openjdk", "temurin", "java", "ruby", "bundle", "gem", "php", "composer");
    private static final Pattern GO_BUILD = Pattern.compile("go (build|mod)", Pattern.CASE_INSENSITIVE);

    public MissingDockerignore() {
        super(RuleMeta.of("missing-dockerignore", Severity.WARNING, "Whole context copied with no .dockerignore").productionAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        Path ignore = ctx.dockerignorePath().orElse(null);
        if (ignore == null || ctx.dockerignore().isPresent()) return;
        for (Instruction ins : ctx.dockerfile().instructions) {
            Word src = WholeContext.source(ins);
            if (src == null) continue;
            // The Dockerfile copies paths found in no folder it could be built from: the context is a guess.
            boolean guess = ctx.contextUnresolved();
            // A builder stage's copy never reaches the image: the cost is the upload and the cache, not what ships.
            boolean builder = ins.child == null && !RunEdits.shipped(ctx.dockerfile()).contains(ctx.dockerfile().stageOf(ins))
                    && !wholeCopyShipped(ctx);
            if (builder) {
                ctx.report(src.range(),
                        ins.keyword + " copies the whole build context into a builder stage and there is no .dockerignore: the final image "
                                + "does not keep it, but .git, dependencies and build output are sent on every build and any change to them breaks the cache",
                        ins.keyword + " copia todo el contexto de build a una etapa de build y no hay .dockerignore: la imagen final no lo "
                                + "conserva, pero .git, las dependencias y los artefactos se envían en cada build y cualquier cambio en ellos rompe la caché")
                        .severity(Severity.INFO)
                        .fix(Msg.of("Create .dockerignore", "Crear .dockerignore"), false, TextEdit.createFile(shown(ctx.path(), ignore), defaults(ctx)));
                return;
            }
            ctx.report(src.range(),
                    ins.keyword + " copies the whole build context and there is no .dockerignore" + (guess ? " (if it is built from this folder)" : "")
                            + ": .git, local .env files, dependencies and build output all go into the image",
                    ins.keyword + " copia todo el contexto de build y no hay .dockerignore" + (guess ? " (si se construye desde esta carpeta)" : "")
                            + ": .git, los archivos .env locales, las dependencias y los artefactos de build acaban en la imagen")
                    .severity(guess ? Severity.INFO : Severity.WARNING)
                    .fix(Msg.of("Create .dockerignore", "Crear .dockerignore"), false,
                            TextEdit.createFile(shown(ctx.path(), ignore), defaults(ctx)));
            return;
        }
    }

    /** Some stage the final image is built on copies the whole context. */
    private static boolean wholeCopyShipped(DockerfileContext ctx) {
        for (var st : RunEdits.shipped(ctx.dockerfile())) for (Instruction i : st.instructions) if (WholeContext.source(i) != null) return true;
        return false;
    }

    /** The new file's path as the Dockerfile's was given: relative when it was, beside it (absolute otherwise). */
    private static String shown(String dockerfile, Path ignore) {
        if (dockerfile == null) return ignore.toString();
        Path dir = Path.of(dockerfile).toAbsolutePath().normalize().getParent();
        return ignore.toAbsolutePath().normalize().getParent().equals(dir) ? ProjectFiles.display(dockerfile, ignore) : ignore.toString();
    }

    /** Sensible defaults for the stack the Dockerfile shows (base images and commands). */
    static String defaults(DockerfileContext ctx) {
        String t = ctx.dockerfile().text;
        Set<String> words = stackWords(t);
        Set<String> lines = new LinkedHashSet<>();
        lines.add("# Version control and local secrets");
        lines.add(".git");
        lines.add(".gitignore");
        lines.add(".env");
        lines.add(".env.*");
        lines.add("# Docker files themselves");
        lines.add("Dockerfile*");
        lines.add(".dockerignore");
        lines.add("docker-compose*.yml");
        lines.add("compose*.yaml");
        lines.add("# Editors and OS");
        lines.add(".vscode");
        lines.add(".idea");
        lines.add("**/.DS_Store");
        if (any(words, "node", "npm", "yarn", "pnpm")) {
            lines.add("# Node");
            lines.add("node_modules");
            lines.add("npm-debug.log*");
            lines.add("yarn-error.log");
            lines.add("coverage");
        }
        if (any(words, "python", "pip", "poetry", "uv")) {
            lines.add("# Python");
            lines.add("**/__pycache__");
            lines.add("**/*.py[cod]");
            lines.add(".venv");
            lines.add("venv");
            lines.add(".pytest_cache");
            lines.add(".mypy_cache");
        }
        if (any(words, "golang") || words.contains("go") && GO_BUILD.matcher(t).find()) {
            lines.add("# Go");
            lines.add("bin");
        }
        if (any(words, "maven", "mvn", "gradle", "openjdk", "temurin", "java")) {
            lines.add("# Java");
            lines.add("target");
            lines.add("build");
            lines.add(".gradle");
        }
        if (any(words, "ruby", "bundle", "gem")) {
            lines.add("# Ruby");
            lines.add("vendor/bundle");
            lines.add("log");
            lines.add("tmp");
        }
        if (any(words, "php", "composer")) {
            lines.add("# PHP");
            lines.add("vendor");
        }
        return String.join("\n", lines) + "\n";
    }

    /** The {@link #STACK_WORDS} the text holds as whole words ([A-Za-z0-9_] runs), lower-cased. */
    static Set<String> stackWords(String text) {
        Set<String> out = new java.util.HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(text.charAt(i))) i++;
            int start = i;
            while (i < n && wordChar(text.charAt(i))) i++;
            if (i - start >= 2 && i - start <= 8) {
                String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (STACK_WORDS.contains(w)) out.add(w);
            }
        }
        return out;
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean any(Set<String> words, String... ws) {
        for (String w : ws) if (words.contains(w)) return true;
        return false;
    }
}
