package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.PackageOp;
import dev.dockmentor.shell.ShellWord;
import java.util.Set;

/**
 * A single-stage image that installs a compiler toolchain ships it: hundreds of MB and a larger
 * attack surface at run time. A builder stage compiles; the final stage only gets the result.
 * Packages removed again in the same RUN ({@code apk del .build-deps}, {@code apt-get purge}, or {@code apt-mark auto}
 * then {@code apt-get purge --auto-remove}) are fine.
 */
public final class BuildToolsInFinalImage extends Rule implements DockerfileCheck {
    private static final Set<String> OS_MANAGERS = Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper");

    public BuildToolsInFinalImage() {
        super(RuleMeta.of("build-tools-in-final-image", Severity.WARNING, "Build toolchain installed in the final image").runningAppAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        if (ctx.dockerfile().stages.size() != 1) return;
        Stage s = ctx.dockerfile().stages.get(0);
        // Tools nothing in the build uses serve the container's own work; a tool, test or base image says so already.
        boolean buildsHere = ctx.role().role().relaxed() || dev.dockmentor.context.ImageRoles.isBaseImage(ctx.dockerfile()) || compilesDuringBuild(ctx, s);
        for (Instruction run : ctx.runs(s)) {
            // One finding per RUN (one layer), naming every build tool its installs leave (not one per package or command).
            java.util.List<ShellWord> tools = new java.util.ArrayList<>();
            for (PackageOp op : ctx.packageOps(run)) {
                if (!OS_MANAGERS.contains(op.manager()) || !op.isInstall()) continue;
                for (ShellWord p : op.packages()) {
                    if (ctx.kb().isBuildTool(p.value()) && !ctx.removedAgain(run, op, p.value())) tools.add(p);
                }
            }
            report(ctx, tools, buildsHere);
        }
    }

    /** One finding for the build tools one RUN leaves, a warning when the build compiles with them, else info. */
    private static void report(DockerfileContext ctx, java.util.List<ShellWord> tools, boolean buildsHere) {
        if (tools.isEmpty()) return;
        String names = tools.size() <= 4
                ? String.join(", ", tools.stream().map(w -> "'" + w.value() + "'").toList())
                : String.join(", ", tools.subList(0, 3).stream().map(w -> "'" + w.value() + "'").toList()) + " and " + (tools.size() - 3) + " more";
        boolean one = tools.size() == 1;
        var range = new dev.dockmentor.text.Range(tools.get(0).range().start(), tools.get(tools.size() - 1).range().end());
        if (!buildsHere) {
            // Nothing in the build compiles: the tools are for the container's own work (a fuzzing, CI or toolbox
            // image, a service that builds user code), where a builder stage would take them away.
            ctx.report(range, names + (one ? " is a build tool" : " are build tools") + " kept at run time, and nothing in this "
                            + "Dockerfile compiles with " + (one ? "it" : "them") + ": if the container builds at run time (a toolbox, CI "
                            + "or fuzzing image), that is its job; otherwise drop " + (one ? "it" : "them"),
                    names + (one ? " es una herramienta" : " son herramientas") + " de compilación que se conserva" + (one ? "" : "n")
                            + " en ejecución, y nada en este Dockerfile compila con " + (one ? "ella" : "ellas") + ": si el contenedor "
                            + "compila en ejecución (una imagen de herramientas, de CI o de fuzzing), es su trabajo; si no, quíta"
                            + (one ? "la" : "las")).severity(Severity.INFO);
            return;
        }
        ctx.report(range,
                names + (one ? " is a build tool" : " are build tools") + " and this single-stage image keeps "
                        + (one ? "it" : "them") + " at run time: compile in a builder stage and copy only the result into a slim final stage",
                names + (one ? " es una herramienta" : " son herramientas") + " de compilación y esta imagen de una sola etapa "
                        + (one ? "la conserva" : "las conserva") + " en ejecución: compila en una etapa builder y copia solo el resultado a una etapa final ligera");
    }

    /** Programs that compile or build native code. */
    private static final Set<String> COMPILERS = Set.of("make", "gmake", "cmake", "ninja", "meson", "gcc", "g++", "cc", "c++", "clang",
            "clang++", "configure", "autoreconf", "node-gyp", "mvn", "mvnw", "gradle", "gradlew", "bazel", "rebar3", "dpkg-buildpackage",
            "rpmbuild", "makepkg", "docker-php-ext-install", "pecl", "cpanm", "cpan", "Rscript");
    /** Tools whose subcommand builds, or installs packages that may compile ({@code pip install}, {@code npm ci}). */
    private static final java.util.Map<String, Set<String>> BUILDING_SUBCOMMANDS = java.util.Map.ofEntries(
            java.util.Map.entry("cargo", Set.of("build", "b", "install", "doc", "rustc")), java.util.Map.entry("go", Set.of("build", "install", "generate")),
            java.util.Map.entry("dotnet", Set.of("build", "publish", "restore")), java.util.Map.entry("npm", Set.of("install", "i", "ci", "rebuild", "run")),
            java.util.Map.entry("yarn", Set.of("install", "add", "build", "run")), java.util.Map.entry("pnpm", Set.of("install", "i", "add", "build", "run")),
            java.util.Map.entry("bun", Set.of("install", "add", "build", "run")), java.util.Map.entry("pip", Set.of("install", "wheel")),
            java.util.Map.entry("pip3", Set.of("install", "wheel")), java.util.Map.entry("uv", Set.of("pip", "sync")), java.util.Map.entry("poetry", Set.of("install")),
            java.util.Map.entry("pipenv", Set.of("install", "sync")), java.util.Map.entry("python", Set.of("setup.py", "-m")),
            java.util.Map.entry("python3", Set.of("setup.py", "-m")), java.util.Map.entry("bundle", Set.of("install")),
            java.util.Map.entry("bundler", Set.of("install")), java.util.Map.entry("gem", Set.of("install")), java.util.Map.entry("composer", Set.of("install", "require")),
            java.util.Map.entry("mix", Set.of("compile", "deps.compile", "release")), java.util.Map.entry("stack", Set.of("build", "install")),
            java.util.Map.entry("cabal", Set.of("build", "install")), java.util.Map.entry("swift", Set.of("build")), java.util.Map.entry("zig", Set.of("build")));

    /**
     * Whether a RUN of the stage compiles, runs a build script, or installs packages that may compile: then the tools
     * serve the build. Read from the parsed commands, not the text (an install line names make without running it).
     */
    private static boolean compilesDuringBuild(DockerfileContext ctx, Stage s) {
        for (Instruction run : ctx.runs(s)) {
            for (dev.dockmentor.shell.Command c : ctx.shell(run).commands()) {
                String prog = c.program();
                if (COMPILERS.contains(prog)) return true;
                // ./build.sh, /tmp/install-deps.sh: a script of the project's own that builds.
                if (prog.endsWith(".sh") && (prog.contains("build") || prog.contains("install") || prog.contains("compile"))) return true;
                Set<String> subs = BUILDING_SUBCOMMANDS.get(prog);
                if (subs != null) for (ShellWord a : c.args()) {
                    if (a.value().startsWith("-") && !a.value().equals("-m")) continue;
                    if (subs.contains(a.value())) return true;
                    break;
                }
            }
        }
        return false;
    }
}
