package dev.dockmentor.context;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.MountOptions;
import dev.dockmentor.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the image a Dockerfile builds is for, read from the file's own text: an application image (it says what
 * to run), a base or toolchain image built to be extended (no CMD or ENTRYPOINT of its own, or ONBUILD
 * triggers: root and compilers are its point), a test image (its final stage runs a test runner), a
 * Docker-in-Docker image (needs root and privileges by design).
 */
public final class ImageRoles {
    /** Test runners as a command line invokes them; the match names the runner. */
    private static final Pattern TEST_RUNNER = Pattern.compile(
            "(?:^|[\\s\"'\\[,;&|(])(pytest|py\\.test|tox|nox|go\\s+test|cargo\\s+(?:test|nextest)|(?:npm|yarn|pnpm|bun)\\s+(?:run\\s+)?test(?::\\S*)?"
                    + "|jest|vitest|mocha|rspec|phpunit|pest|dotnet\\s+test|(?:mvn|\\./mvnw|mvnw)\\s+(?:\\S+\\s+)*?(?:test|verify)"
                    + "|(?:gradle|\\./gradlew|gradlew)\\s+(?:\\S+\\s+)*?test|python[0-9.]*\\s+-m\\s+(?:pytest|unittest)"
                    + "|make\\s+(?:test|check)|cypress\\s+run|playwright\\s+test|ctest|bats)(?=$|[\\s\"',\\]])");

    /** Commands that build or package (the image's job is the build), or a bare interactive shell. */
    private static final Pattern TOOL_COMMAND = Pattern.compile(
            "(?:/usr/bin/|/usr/local/bin/|/bin/|/usr/local/go/bin/)?(make|cmake|ninja|cargo|go|gcc|mvn|gradle|dpkg-buildpackage|debuild|rpmbuild|fpm|goreleaser"
                    + "|[\\w./-]*/(?:[\\w-]*[-_])?(?:build|compile|package|packaging)(?:[-_.][\\w.-]*)?|(?:[\\w-]*[-_])?(?:build|compile|package|packaging)(?:[-_.][\\w.-]*)?"
                    + "|sh|bash|ash|zsh)");

    private static final Pattern KEEP_ALIVE = Pattern.compile(
            "(?:/usr/bin/|/bin/)?(?:tail\\s+-f\\s+/dev/null|sleep\\s+(?:infinity|inf)|sleep\\s+\\d{6,}|cat)");

    /** Words of a stage name that make it a development or test target ({@code development}, {@code dev-tools}, {@code unit-test}). */
    private static final java.util.Set<String> DEV_STAGE_WORDS = java.util.Set.of("dev", "devel", "develop", "development", "debug",
            "local", "devcontainer");
    private static final java.util.Set<String> TEST_STAGE_WORDS = java.util.Set.of("test", "tests", "testing", "ci", "e2e",
            "unittest", "unittests", "integration", "bench", "benchmark", "lint");
    /** Words of a stage name that make it the image that ships ({@code production}, {@code runtime}, {@code release}). */
    private static final java.util.Set<String> SHIP_STAGE_WORDS = java.util.Set.of("prod", "production", "release", "runtime",
            "final", "dist", "deploy", "runner", "app", "server", "main");

    private ImageRoles() {}

    /**
     * The stage whose image ships. The final stage, unless its name makes it a development or test target
     * ({@code FROM base AS development} after {@code FROM base AS production}): then the production target, by its
     * name or as the last stage nothing builds on. When there is none (the file builds a development or test image
     * only, see {@link #developmentOnly}), the final stage.
     */
    public static Optional<Stage> shippedStage(Dockerfile df) {
        return productionTarget(df).or(df::finalStage);
    }

    /** The final stage when its name makes it a development or test target and no other stage is the production one. */
    public static Optional<Stage> developmentOnly(Dockerfile df) {
        Stage fin = df.finalStage().orElse(null);
        return fin != null && stageKind(fin) != null && productionTarget(df).isEmpty() ? Optional.of(fin) : Optional.empty();
    }

    private static Optional<Stage> productionTarget(Dockerfile df) {
        Stage fin = df.finalStage().orElse(null);
        if (fin == null || stageKind(fin) == null) return Optional.empty();
        List<Stage> stages = df.stages;
        for (int i = stages.size() - 2; i >= 0; i--) {
            Stage s = stages.get(i);
            if (s.name != null && stageKind(s) == null && nameWords(s.name).stream().anyMatch(SHIP_STAGE_WORDS::contains)) return Optional.of(s);
        }
        java.util.Set<Stage> used = new java.util.HashSet<>();
        for (Stage s : stages) {
            if (s.parent() != null) used.add(s.parent());
            for (Instruction i : s.instructions) {
                if (!i.is("COPY") && !i.is("ADD") && !i.is("RUN")) continue;
                for (dev.dockmentor.dockerfile.Flag f : i.flags("from")) df.stageRef(f.value()).ifPresent(used::add);
                for (dev.dockmentor.dockerfile.Flag f : i.flags("mount")) {
                    for (MountOptions.Option o : MountOptions.parse(df, f)) {
                        if (o.key().equals("from") && o.value() != null) df.stageRef(o.value().strip()).ifPresent(used::add);
                    }
                }
            }
        }
        for (int i = stages.size() - 2; i >= 0; i--) {
            Stage s = stages.get(i);
            if (!used.contains(s) && stageKind(s) == null) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** {@link FileRole#DEVELOPMENT} or {@link FileRole#TEST} when the stage's name makes it such a target, else null. */
    public static FileRole stageKind(Stage s) {
        if (s == null || s.name == null) return null;
        List<String> words = nameWords(s.name);
        if (words.stream().anyMatch(DEV_STAGE_WORDS::contains)) return FileRole.DEVELOPMENT;
        if (words.stream().anyMatch(TEST_STAGE_WORDS::contains)) return FileRole.TEST;
        return null;
    }

    private static List<String> nameWords(String name) {
        return List.of(name.toLowerCase(Locale.ROOT).split("[-_.]+"));
    }

    /**
     * The program the final stage's command runs when it builds or packages, or is only a shell ({@code CMD ["/bin/sh"]}):
     * an image for building or running tools by hand, not a service.
     */
    public static Optional<String> toolCommand(Dockerfile df) {
        Stage fin = shippedStage(df).orElse(null);
        if (fin == null) return Optional.empty();
        Instruction last = lastCommand(fin);
        if (last == null) return Optional.empty();
        List<dev.dockmentor.dockerfile.Word> words = last.execForm ? last.execArgs : last.words;
        if (words.isEmpty()) return Optional.empty();
        // tail -f /dev/null, sleep infinity: a container kept alive to exec into (a build or dev sandbox), no service.
        String joined = String.join(" ", words.stream().map(dev.dockmentor.dockerfile.Word::value).toList()).strip();
        if (KEEP_ALIVE.matcher(joined).matches()) return Optional.of(joined);
        String first = words.get(0).value();
        Matcher m = TOOL_COMMAND.matcher(first);
        if (!m.matches()) return Optional.empty();
        String prog = m.group(1);
        boolean shell = prog.equals("sh") || prog.equals("bash") || prog.equals("ash") || prog.equals("zsh");
        // sh -c "…" runs something else: only a bare shell is a tool shell.
        if (shell && words.size() > 1) return Optional.empty();
        return Optional.of(first);
    }

    /**
     * What the final stage says of itself when it is a development image (see {@link DevSignals}): its mode variable
     * set to development, a debugger, or a dev server or watcher as its command.
     */
    public static Optional<String> devSignal(Dockerfile df) {
        Stage fin = shippedStage(df).orElse(null);
        if (fin == null) return Optional.empty();
        for (Stage s : chain(fin)) for (Instruction i : s.all("ENV")) {
            for (dev.dockmentor.dockerfile.KeyValue kv : i.keyValues) {
                Optional<String> e = DevSignals.environment(kv.key(), kv.value());
                if (e.isPresent()) return Optional.of("it sets " + e.get());
            }
        }
        Instruction last = lastCommand(fin);
        if (last == null) return Optional.empty();
        String cmd = last.execForm ? String.join(" ", last.execArgs.stream().map(dev.dockmentor.dockerfile.Word::value).toList()) : last.argsText();
        return DevSignals.command(cmd).map(c -> "its command runs " + c);
    }

    /** The last CMD or ENTRYPOINT of the final stage's chain (what the container runs), or null. */
    private static Instruction lastCommand(Stage fin) {
        Instruction last = null;
        for (Stage s : chain(fin)) for (Instruction i : s.instructions) if (i.is("CMD") || i.is("ENTRYPOINT")) last = i;
        return last;
    }

    /** The test runner the final stage's CMD or ENTRYPOINT invokes, if it only runs tests. */
    public static Optional<String> testRunner(Dockerfile df) {
        Stage fin = shippedStage(df).orElse(null);
        if (fin == null) return Optional.empty();
        for (Instruction i : fin.instructions) {
            if (!i.is("CMD") && !i.is("ENTRYPOINT")) continue;
            Matcher m = TEST_RUNNER.matcher(i.argsText());
            if (m.find()) return Optional.of(m.group(1).replaceAll("\\s+", " "));
        }
        return Optional.empty();
    }

    /**
     * A base or toolchain image, built for others to extend or to run commands in: its final stage (and the stages
     * of this file it derives from) never says what to run, or it declares ONBUILD triggers.
     */
    public static boolean isBaseImage(Dockerfile df) {
        Stage fin = shippedStage(df).orElse(null);
        if (fin == null) return false;
        for (Stage s : chain(fin)) {
            for (Instruction i : s.instructions) {
                if (i.is("ONBUILD")) return true;
                if (i.is("CMD") || i.is("ENTRYPOINT")) return false;
            }
        }
        return true;
    }

    /** Docker-in-Docker: a {@code docker:*dind*} base, or a stage that installs and starts dockerd. */
    public static boolean isDockerInDocker(Stage fin) {
        for (Stage s : chain(fin)) {
            ImageRef ref = s.image;
            if (ref != null && !ref.hasVariables()) {
                String name = ref.name().toLowerCase(Locale.ROOT);
                String tag = ref.tag() == null ? "" : ref.tag().toLowerCase(Locale.ROOT);
                if ((name.equals("docker") || name.endsWith("/docker")) && (tag.contains("dind") || tag.isEmpty())) return true;
                if (name.contains("dind")) return true;
            }
            for (Instruction i : s.instructions) {
                if ((i.is("CMD") || i.is("ENTRYPOINT")) && i.argsText().contains("dockerd")) return true;
                if (i.is("RUN") && i.argsText().matches("(?s).*\\b(?:docker-ce|moby-engine|dockerd)\\b.*")) return true;
            }
        }
        return false;
    }

    /** The stages of this file a stage derives from, root first, then the stage itself. */
    public static List<Stage> chain(Stage s) {
        List<Stage> out = new ArrayList<>();
        for (Stage c = s; c != null && out.size() < 1000 && !out.contains(c); c = c.parent()) out.add(0, c);
        return out;
    }
}
