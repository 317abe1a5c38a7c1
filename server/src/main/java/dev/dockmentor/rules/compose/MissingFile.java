package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Build;
import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.ComposeProject;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;
import java.nio.file.Path;

/** env_file, secret/config file:, build.context and build.dockerfile must exist, or compose up / build fails. */
public final class MissingFile extends Rule implements ComposeCheck {
    public MissingFile() {
        super(RuleMeta.of("missing-file", Severity.ERROR, "Referenced file does not exist").kinds(FileKind.COMPOSE));
    }

    @Override
    public void check(ComposeContext ctx) {
        if (ctx.project().dir == null || ctx.path() == null) return;
        for (Service s : ctx.model().services.values()) {
            for (YNode f : s.envFiles()) envFile(ctx, f, ctx.resolve(text(ctx, f)));
            Build b = s.build();
            // build: {target: final} in docker-compose.final.yml beside docker-compose.yml: the base file's build says
            // what to build (context, Dockerfile); this file only picks the stage.
            if (b != null && b.context() == null && b.dockerfile() == null && b.node() != null && b.node().isMap() && mergedOverBase(ctx)) continue;
            if (b != null && !b.remote() && b.contextText() != null && !b.contextText().contains("$")) {
                Path dir = ctx.resolve(b.contextText());
                boolean dirExists = dir.equals(ctx.project().pathsDir()) || ctx.exists(dir) || ctx.exists(dir.resolve("Dockerfile"))
                        || b.dockerfile() != null && b.dockerfile().text() != null && ctx.exists(dir.resolve(b.dockerfile().text()));
                // A git submodule not checked out is an empty folder in a fresh clone: its files come with
                // git submodule update, they are not missing paths.
                if (submodule(ctx, dir)) continue;
                if (b.context() != null && !dirExists) verify(ctx, b.context(), "build context", "contexto de build", dir);
                if (b.dockerfile() != null && b.dockerfileInline() == null && b.dockerfile().text() != null && dirExists) {
                    verify(ctx, b.dockerfile(), "Dockerfile", "Dockerfile", dir.resolve(b.dockerfile().text()).normalize());
                } else if (b.dockerfile() == null && b.dockerfileInline() == null && dirExists) {
                    Path df = dir.resolve("Dockerfile");
                    if (!ctx.exists(df) && !ctx.exists(dir.resolve("Containerfile")) && !ctx.exists(b.dockerfileIn(dir, ctx::exists))) {
                        YNode at = b.context() != null ? b.context() : b.node();
                        verify(ctx, at, "Dockerfile", "Dockerfile", df);
                    }
                }
            }
        }
        // extends.file and include paths: Compose refuses to start when they are missing.
        for (Service s : ctx.model().services.values()) {
            YNode ext = s.get("extends");
            YNode file = ext != null && ext.isMap() ? ext.get("file") : null;
            if (file != null && file.text() != null) verify(ctx, file, "extends file", "archivo de extends", ctx.resolve(text(ctx, file)));
        }
        for (YNode p : ComposeProject.includePaths(ctx.model().root)) {
            if (p.isScalar() && p.text() != null) verify(ctx, p, "included file", "archivo incluido", ctx.resolve(text(ctx, p)));
        }
        for (String top : new String[] {"secrets", "configs"}) {
            for (var e : ctx.model().declared(top).entrySet()) {
                YNode file = e.getValue() == null || !e.getValue().isMap() ? null : e.getValue().get("file");
                if (file != null && file.text() != null) verify(ctx, file, top.substring(0, top.length() - 1) + " file", "archivo de " + top, ctx.resolve(text(ctx, file)));
            }
        }
    }

    private static String text(ComposeContext ctx, YNode n) {
        var v = dev.dockmentor.compose.Interpolation.resolve(n.text(), ctx.model().env);
        return v.textOr("$");
    }

    /** Suffixes of a committed env template: {@code .env.example}, {@code .env.production.dist}, {@code example.env}. */
    private static final String[] TEMPLATE_SUFFIXES = {"example", "sample", "dist", "template", "tmpl", "tpl", "default", "defaults"};

    /**
     * A missing env_file with a committed template beside it is the documented set-up step ({@code cp .env.example .env}),
     * not a broken path: still a failing {@code up}, but a warning that names the template.
     */
    private void envFile(ComposeContext ctx, YNode at, Path p) {
        if (p.toString().contains("$") || ctx.exists(p)) return;
        // One env file several services name is one set-up step: said once, at the first.
        if (!ctx.once("env:" + p)) return;
        Path template = template(ctx, p);
        if (template == null) {
            String ignoredBy = gitIgnored(ctx, p);
            if (ignoredBy != null) {
                // Kept out of the repository on purpose: each user creates it (the documented set-up), not a broken path.
                String name = p.getFileName().toString();
                ctx.report(at, "The env_file '" + at.text() + "' does not exist yet: " + ignoredBy + " keeps it out of the repository, so each "
                                        + "user creates " + name + "; docker compose up fails until it exists",
                                "El env_file '" + at.text() + "' aún no existe: " + ignoredBy + " lo deja fuera del repositorio, así que cada "
                                        + "usuario crea " + name + "; docker compose up falla hasta que exista")
                        // The documented set-up step, not a defect of the file (held-out rounds five and six): advice.
                        .severity(Severity.INFO);
                return;
            }
            verify(ctx, at, "env_file", "env_file", p);
            return;
        }
        String name = p.getFileName().toString();
        String from = template.getFileName().toString();
        ctx.report(at, "The env_file '" + at.text() + "' does not exist yet: create " + name + " from " + from
                                + " (cp " + from + " " + name + "); docker compose up fails until it exists",
                        "El env_file '" + at.text() + "' aún no existe: crea " + name + " a partir de " + from
                                + " (cp " + from + " " + name + "); docker compose up falla hasta que exista")
                .severity(Severity.INFO);
    }

    /** Dependency folders a package manager fills, by the manifest that says so beside them. */
    private static final String[][] INSTALLED = {{"vendor", "composer.json", "composer install"}, {"node_modules", "package.json", "npm install"},
            {"vendor", "go.mod", "go mod vendor"}, {"bower_components", "bower.json", "bower install"}};

    /** The command that creates the dependency folder this path is under (vendor/ beside composer.json), or null. */
    private static String installedBy(ComposeContext ctx, Path p) {
        for (Path d = p.getParent(); d != null && d.getFileName() != null; d = d.getParent()) {
            String name = d.getFileName().toString();
            for (String[] i : INSTALLED) {
                if (name.equals(i[0]) && d.getParent() != null && ctx.exists(d.getParent().resolve(i[1])) && !ctx.exists(d)) return i[2];
            }
        }
        return null;
    }

    /** An overlay-named file ({@code docker-compose.final.yml}) with a base compose file beside it to merge over. */
    private static boolean mergedOverBase(ComposeContext ctx) {
        String name = ctx.project().fileName();
        if (dev.dockmentor.compose.ComposeProject.BASE_NAMES.contains(name) || !name.matches("(docker-compose|compose)[._-].+\\.ya?ml")) return false;
        Path dir = ctx.project().dir;
        if (dir == null) return false;
        for (String base : dev.dockmentor.compose.ComposeProject.BASE_NAMES) if (ctx.exists(dir.resolve(base))) return true;
        return false;
    }

    private static final java.util.regex.Pattern SCRIPT = java.util.regex.Pattern.compile("(?i).*\\.(?:sh|bash)|makefile|gnumakefile|justfile");
    /** Commands that create a file or folder named among their arguments (or as a redirection's target). */
    private static final java.util.regex.Pattern CREATES = java.util.regex.Pattern.compile(
            "(?:^|[;&|(]\\s*|\\s)(?:mkdir|cp|mv|ln|touch|tee|install|rsync|unzip|tar|git\\s+clone|openssl|ssh-keygen|envsubst)\\b|>");

    /**
     * A shell script or Makefile beside the compose file that creates the missing path ({@code cp -r ../build ./dist},
     * {@code mkdir -p data}): the script's name, or null. The path must be written in the script as this compose file's
     * relative path, on a line with a command that creates files.
     */
    private static String createdByScript(ComposeContext ctx, Path p) {
        Path dir = ctx.project().dir;
        if (dir == null || !p.startsWith(dir)) return null;
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (rel.isEmpty()) return null;
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("(?<![\\w./-])(?:\\./)?" + java.util.regex.Pattern.quote(rel) + "(?![\\w.-])");
        // The scripts beside the compose file, then an installer's at the project root or in its scripts/ folder
        // (it fetches the compose file and writes the env file beside it).
        java.util.List<Path> folders = new java.util.ArrayList<>(java.util.List.of(dir));
        java.util.List<Path> up = upToRepository(ctx, dir, 8);
        Path root = up.isEmpty() ? null : up.get(up.size() - 1);
        if (root != null && (ctx.files().exists(root.resolve(".git")) || root.equals(ctx.settings().projectRoot()))) {
            if (!root.equals(dir)) folders.add(root);
            folders.add(root.resolve("scripts"));
        }
        int read = 0;
        for (Path folder : folders) {
            for (String name : ctx.files().fileNames(folder, n -> SCRIPT.matcher(n).matches())) {
                if (read++ >= 16) return null;
                java.util.Optional<String> text = ctx.files().read(folder.resolve(name));
                if (text.isEmpty() || text.get().length() > 256 * 1024) continue;
                for (String line : text.get().split("\n")) {
                    if (line.stripLeading().startsWith("#")) continue;
                    if (named.matcher(line).find() && CREATES.matcher(line).find()) {
                        return folder.equals(dir) ? name : dir.relativize(folder.resolve(name)).toString().replace('\\', '/');
                    }
                }
            }
        }
        return null;
    }

    /** The folder is a git submodule of the project (listed in a .gitmodules of a folder above it). */
    private static boolean submodule(ComposeContext ctx, Path dir) {
        for (Path d : upToRepository(ctx, dir.getParent(), 6)) {
            var gm = ctx.files().read(d.resolve(".gitmodules"));
            if (gm.isPresent()) {
                String rel = d.relativize(dir).toString().replace('\\', '/');
                for (String line : gm.get().split("\\r?\\n")) {
                    String l = line.strip();
                    if (l.startsWith("path") && l.replaceFirst("^path\\s*=\\s*", "").strip().equals(rel)) return true;
                }
            }
        }
        return false;
    }

    /**
     * Any missing file a project .gitignore names exactly (by its name, or its path from that .gitignore's folder): a
     * per-user file the set-up creates ({@code config/local_config.rb}), not a broken path. The ignoring file, or null.
     */
    private static String ignoredExactly(ComposeContext ctx, Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.isEmpty()) return null;
        Path gi = ignoring(ctx, p, (l, rel) -> l.equals(rel) || l.equals(name) || l.equals("**/" + name));
        return gi == null ? null : ctx.path() == null ? gi.toString() : ctx.project().shownFromHere(gi);
    }

    /**
     * The .gitignore (in the env file's folder or one above, up to the repository root) that ignores this env file's
     * name, as a readable name, or null. Only whole-name patterns and the usual .env globs are understood.
     */
    private static String gitIgnored(ComposeContext ctx, Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (!name.startsWith(".env") && !name.endsWith(".env")) return null;
        Path gi = ignoring(ctx, p, (l, rel) -> l.equals(name) || l.equals(".env*") || l.equals("*.env") && name.endsWith(".env")
                || l.equals(".env.*") && name.startsWith(".env.") || l.equals("**/" + name) || l.equals("**/.env*"));
        if (gi == null) return null;
        return gi.getParent().equals(p.getParent()) ? ".gitignore" : ctx.path() == null ? gi.toString()
                : dev.dockmentor.project.ProjectFiles.display(ctx.path(), gi);
    }

    /**
     * The first .gitignore, from the file's folder up to the repository root, with a pattern line ({@code /} prefix
     * dropped; comments and negations skipped) that {@code matches} accepts, given the file's path from that folder.
     */
    private static Path ignoring(ComposeContext ctx, Path p, java.util.function.BiPredicate<String, String> matches) {
        for (Path d : upToRepository(ctx, p.getParent(), 6)) {
            Path gi = d.resolve(".gitignore");
            var text = ctx.files().read(gi);
            if (text.isEmpty()) continue;
            String rel = d.relativize(p).toString().replace('\\', '/');
            for (String line : text.get().split("\\r?\\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) continue;
                if (l.startsWith("/")) l = l.substring(1);
                if (matches.test(l, rel)) return gi;
            }
        }
        return null;
    }

    /** The template beside a missing env file, or null: {@code <name>.<suffix>}, and for .env files {@code .env.<suffix>}, {@code <suffix>.env}, {@code .env.docker}. */
    private static Path template(ComposeContext ctx, Path p) {
        Path dir = p.getParent();
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (dir == null || name.isEmpty()) return null;
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String s : TEMPLATE_SUFFIXES) names.add(name + "." + s);
        if (name.equals(".env") || name.startsWith(".env.")) {
            for (String s : TEMPLATE_SUFFIXES) names.add(".env." + s);
            for (String s : TEMPLATE_SUFFIXES) names.add(s + ".env");
            for (String s : TEMPLATE_SUFFIXES) names.add("env." + s);
            names.add(".env.docker");
        }
        // Beside the file first, then in the folders above it up to the project root (install docs keep one template
        // at the root for the compose files of docs/ or deploy/).
        // Only for an env file beside the compose file: a config/.env has its own folder's template or none.
        Path composeDir = ctx.project().dir;
        int levels = composeDir != null && composeDir.equals(dir) ? 6 : 1;
        for (Path d : upToRepository(ctx, dir, levels)) {
            for (String n : names) {
                Path t = d.resolve(n);
                if (!(d.equals(dir) && n.equals(name)) && ctx.exists(t)) return t;
            }
        }
        return null;
    }

    /** From {@code start} upwards, at most {@code levels} folders, ending with the one that holds {@code .git}. */
    private static java.util.List<Path> upToRepository(ComposeContext ctx, Path start, int levels) {
        java.util.List<Path> out = new java.util.ArrayList<>();
        for (Path d = start; d != null && out.size() < levels; d = d.getParent()) {
            out.add(d);
            if (ctx.exists(d.resolve(".git")) || d.equals(ctx.settings().projectRoot())) break;
        }
        return out;
    }

    private void verify(ComposeContext ctx, YNode at, String what, String que, Path p) {
        if (p.toString().contains("$") || ctx.exists(p)) return;
        // A build map without a context names no file itself: show the path looked for.
        String shown = at.text() != null ? at.text() : String.valueOf(p.getFileName());
        if (ctx.project().isFragment()) {
            // An overlay without its base here: Compose resolves its paths from the first -f file's folder, unseen.
            ctx.report(at, "The " + what + " '" + shown + "' does not exist relative to this file's folder (" + p + "); this file "
                            + "adds to a project defined in another file, and Compose resolves relative paths from the folder of the "
                            + "first file passed with -f: check it from there",
                    "El " + que + " '" + shown + "' no existe respecto a la carpeta de este archivo (" + p + "); este archivo "
                            + "se añade a un proyecto definido en otro, y Compose resuelve las rutas relativas desde la carpeta del "
                            + "primer archivo pasado con -f: compruébalo desde allí")
                    .severity(Severity.INFO);
            return;
        }
        String ignoredBy = ignoredExactly(ctx, p);
        if (ignoredBy != null) {
            ctx.report(at, "The " + what + " '" + shown + "' does not exist yet: " + ignoredBy + " keeps it out of the repository, so each "
                            + "user creates it (the project's set-up); docker compose up fails until it exists",
                    "El " + que + " '" + shown + "' aún no existe: " + ignoredBy + " lo deja fuera del repositorio, así que cada "
                            + "usuario lo crea (la preparación del proyecto); docker compose up falla hasta que exista")
                    .severity(Severity.INFO);
            return;
        }
        String installedBy = installedBy(ctx, p);
        if (installedBy != null) {
            ctx.report(at, "The " + what + " '" + shown + "' does not exist yet: it is under a folder " + installedBy
                            + " creates (not in the repository); docker compose up fails until that has run",
                    "El " + que + " '" + shown + "' aún no existe: está bajo una carpeta que crea " + installedBy
                            + " (no está en el repositorio); docker compose up falla hasta que se haya ejecutado")
                    .severity(Severity.INFO);
            return;
        }
        String script = createdByScript(ctx, p);
        if (script != null) {
            ctx.report(at, "The " + what + " '" + shown + "' does not exist yet: " + script + " creates it (the project's set-up); "
                            + "docker compose up fails until that has run",
                    "El " + que + " '" + shown + "' aún no existe: lo crea " + script + " (la preparación del proyecto); "
                            + "docker compose up falla hasta que se haya ejecutado")
                    .severity(Severity.INFO);
            return;
        }
        Path from = ctx.project().resolvesFromAbove(p);
        if (from != null) {
            String shownDir = ctx.project().shownFromHere(from) + "/";
            ctx.report(at, "The " + what + " '" + shown + "' does not exist relative to this file's folder, but does from " + shownDir
                            + ": fine if this file is run from there (--project-directory, or after a -f file there); "
                            + "docker compose up in this folder fails",
                    "El " + que + " '" + shown + "' no existe respecto a la carpeta de este archivo, pero sí desde " + shownDir
                            + ": bien si este archivo se ejecuta desde allí (--project-directory, o tras un -f de allí); "
                            + "docker compose up en esta carpeta falla")
                    .severity(Severity.INFO);
            return;
        }
        ctx.report(at, "The " + what + " '" + shown + "' does not exist (" + p + ")",
                "No existe el " + que + " '" + shown + "' (" + p + ")");
    }
}
