package dev.dockmentor.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.ide.Formatting;
import dev.dockmentor.project.DockerIgnore;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever is open in the editor, however hostile, gets diagnostics in bounded time and memory.
 * Each case states its budget: wall-clock milliseconds and megabytes allocated by the analysing thread
 * (docs/hardening.md lists them). A case that runs away fails on its own budget or, at worst, on the
 * hard {@link Timeout} (separate thread, so a runaway loop cannot hang the suite).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTest {
    static final int MB = 1024 * 1024;

    enum Kind { DOCKERFILE, COMPOSE }

    /** One hostile input: what it is, its kind, how to build it, its budgets, and the finding it must get (or null). */
    record Case(String name, Kind kind, Supplier<String> text, long maxMillis, long maxAllocMb, String expect) {}

    static Arguments c(String name, Kind kind, Supplier<String> text, long maxMillis, long maxAllocMb, String expect) {
        return Arguments.of(Named.of(name, new Case(name, kind, text, maxMillis, maxAllocMb, expect)));
    }

    static String repeat(String s, int times) {
        return s.repeat(times);
    }

    static String lines(int n, java.util.function.IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(line.apply(i)).append('\n');
        return sb.toString();
    }

    static String oneMb(String unit) {
        return unit.repeat(MB / unit.length());
    }

    // ---- Dockerfiles ---------------------------------------------------------------------

    static Stream<Arguments> dockerfiles() {
        Kind D = Kind.DOCKERFILE;
        return Stream.of(
                c("10 MB file: one clear finding, not analysed", D, () -> "FROM alpine\n" + repeat("RUN echo hello world\n", 10 * MB / 21), 2_000, 200, "file-too-large"),
                c("100,000 lines", D, () -> "FROM debian:12 AS build\n" + lines(100_000, i -> switch (i % 8) {
                    case 0 -> "LABEL a" + i + "=b";
                    case 1 -> "ENV V" + i + "=x";
                    case 2 -> "COPY src/" + i + " /app/" + i + "/";
                    case 3 -> "# a comment";
                    case 4 -> "";
                    case 5 -> "ARG A" + i + "=1";
                    case 6 -> "EXPOSE " + (1000 + i % 5000);
                    default -> "WORKDIR /app/" + i;
                }), 15_000, 3_000, null),
                c("20,000 lines of RUN-heavy instructions", D, () -> "FROM debian:12 AS build\n" + lines(20_000, i -> switch (i % 8) {
                    case 0 -> "RUN apt-get update && apt-get install -y curl gcc && rm -rf /var/lib/apt/lists/*";
                    case 1 -> "ENV PATH=/opt/bin:$PATH VAR" + i + "=${HOME}/x";
                    case 2 -> "COPY --chown=app:app src/" + i + " /app/" + i + "/";
                    case 3 -> "RUN pip install flask==3.0 && cd /app && make";
                    case 4 -> "LABEL a" + i + "=b";
                    case 5 -> "ARG V" + i + "=1";
                    case 6 -> "USER root";
                    default -> "RUN echo $V" + (i - 2) + " \\\n  && curl -fsSL https://x.example/i.sh | sh";
                }), 15_000, 3_000, null),
                c("1 MB RUN line", D, () -> "FROM alpine:3.20\nRUN echo " + oneMb("x") + "\n", 5_000, 800, null),
                c("256 KB of && commands", D, () -> "FROM alpine:3.20\nRUN " + "a && ".repeat(MB / 20) + "b\n", 5_000, 1_000, null),
                c("65,000 packages in one install", D, () -> "FROM debian:12\nRUN apt-get install " + "pkg ".repeat(MB / 16) + "\n", 5_000, 1_000, null),
                c("1 MB LABEL of key=value pairs", D, () -> "FROM alpine:3.20\nLABEL " + oneMb("k=v ") + "\n", 10_000, 2_000, null),
                c("1 MB ENV self-references", D, () -> "FROM alpine:3.20\nENV A=" + oneMb("$A") + "\n", 10_000, 2_000, null),
                c("50,000 nested ${a:-...} defaults (300 KB)", D, () -> "FROM alpine:3.20\nARG a\nRUN echo " + "${a:-".repeat(50_000) + "x" + "}".repeat(50_000) + "\n", 10_000, 2_000, null),
                c("200,000 nested $( command substitutions (400 KB)", D, () -> "FROM alpine:3.20\nRUN echo " + "$(".repeat(200_000) + "\n", 10_000, 2_000, null),
                c("1 MB scheme-like word (URL credential scan)", D, () -> "FROM alpine:3.20\nRUN echo " + oneMb("a") + "://u:p@h\n", 5_000, 800, null),
                c("1 MB directive line of blanks", D, () -> "# syntax=" + oneMb(" ") + "x\nFROM alpine:3.20\n", 5_000, 800, null),
                c("1 MB image name", D, () -> "FROM " + oneMb("a") + ":latest\n", 5_000, 800, null),
                c("1 MB unterminated exec form", D, () -> "FROM alpine:3.20\nCMD [\"" + oneMb("a\", \"") + "\n", 10_000, 2_000, null),
                c("1 MB unterminated quote", D, () -> "FROM alpine:3.20\nRUN echo \"" + oneMb("x ") + "\n", 5_000, 800, null),
                c("100,000 EXPOSE ports on one line", D, () -> "FROM alpine:3.20\nEXPOSE " + lines(1, i -> "1 ".repeat(100_000)), 5_000, 800, null),
                c("NUL bytes", D, () -> "FROM alpine\0\0\nRUN \0echo\n", 1_000, 50, "syntax-error"),
                c("invalid UTF-8 (decoded with replacement)", D, () -> Invariants.decode(new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xC3, 0x28, ' ', (byte) 0xFF, (byte) 0xFE, '\n', 'R', 'U', 'N', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}), 1_000, 50, null),
                c("lone surrogates", D, () -> "FROM alpine:3.20\nRUN echo \uD800 \uDFFF x\uD83D\nLABEL \uDC00=\uD800\n", 1_000, 50, null),
                c("unterminated heredoc swallowing 50,000 lines", D, () -> "FROM alpine:3.20\nRUN <<EOF\n" + lines(50_000, i -> "echo " + i), 5_000, 1_000, "syntax-error"),
                c("10,000 unterminated heredoc openers on one line", D, () -> "FROM alpine:3.20\nRUN " + lines(1, i -> {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < 10_000; k++) sb.append("<<E").append(k).append(' ');
                    return sb.toString();
                }) + lines(10_000, i -> "E" + i), 10_000, 2_000, null),
                c("5,000 heredocs", D, () -> "FROM alpine:3.20\n" + lines(5_000, i -> "RUN <<EOF\napt-get install -y curl\nEOF"), 5_000, 1_500, null),
                c("5,000 stages copying from each other", D, () -> lines(5_000, i -> "FROM alpine:3.20 AS s" + i + "\nCOPY --from=s" + Math.max(0, i - 1) + " /a /a\nRUN apk add curl"), 20_000, 4_000, null),
                c("5,000 global ARGs used in FROM", D, () -> lines(5_000, i -> "ARG IMG" + i + "=alpine:3." + i) + lines(2_000, i -> "FROM ${IMG" + i + "} AS b" + i), 20_000, 4_000, null),
                c("100,000 continuation lines", D, () -> "FROM alpine:3.20\nRUN echo a \\\n" + lines(100_000, i -> "  && echo " + i + " \\") + "  && true\n", 15_000, 3_000, null),
                c("100,000 empty continuation lines", D, () -> "FROM alpine:3.20\nRUN echo a \\\n" + "\n".repeat(100_000) + "  b\n", 10_000, 2_000, null),
                c("100,000 suppression comments", D, () -> lines(100_000, i -> "# dockmentor-ignore root-user unpinned-image") + "FROM alpine\n", 10_000, 2_000, null),
                // Found by scaling each input 4x and 8x (each was quadratic before its fix; docs/hardening.md §2).
                c("20,000 hadolint ignore comments, each above an instruction", D, () -> "FROM alpine:3.20\n" + lines(20_000, i -> "# hadolint ignore=DL3000\nWORKDIR w" + i), 10_000, 2_000, null),
                c("10,000 ignore comments above installs whose other findings stay", D, () -> "FROM ubuntu:22.04\n"
                        + lines(10_000, i -> "# hadolint ignore=DL3008,DL3015\nRUN apt-get update && apt-get install -y p" + i), 20_000, 4_000, "apt-lists-not-removed"),
                c("8,000 installs of a debugging tool", D, () -> "FROM debian:12\n" + lines(8_000, i -> "RUN apt-get install -y --no-install-recommends vim=1." + i
                        + " && rm -rf /var/lib/apt/lists/*"), 20_000, 4_000, "unneeded-packages"),
                c("4,000 undefined variables among 4,000 ARGs (suggestions within their budget)", D, () -> "FROM alpine:3.20\n"
                        + lines(4_000, i -> "ARG VARIABLE_" + i + "=1") + lines(4_000, i -> "WORKDIR /$UNDEF_" + i), 10_000, 2_000, "undefined-variable"),
                c("COPY of a path of 8,000 segments, with a .dockerignore", D, () -> "FROM alpine:3.20\nCOPY " + "ab/".repeat(8_000) + "ab /dst/\n", 5_000, 500, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dockerfiles")
    void dockerfileGetsDiagnosticsInBoundedTimeAndMemory(Case c) {
        String text = c.text().get();
        List<Finding> out = Bounds.within("Dockerfile | " + c.name() + " | " + text.length(), c.maxMillis(), c.maxAllocMb(),
                () -> Invariants.analyzeDockerfile(text, Invariants.PROJECT)).value();
        if (c.expect() != null) assertTrue(out.stream().anyMatch(f -> f.ruleId().equals(c.expect())), "expected " + c.expect() + " in " + ids(out));
    }

    /**
     * The formatter on the same inputs (those an editor would format: within the analyser's size cap) stays within
     * the analysis budgets, and what it produces is formatted already.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dockerfiles")
    void dockerfileFormatsInBoundedTimeAndMemory(Case c) {
        String text = c.text().get();
        if (text.length() > Analyzer.MAX_CHARS) return;
        String once = Bounds.within("format | " + c.name() + " | " + text.length(), c.maxMillis(), c.maxAllocMb(),
                () -> Formatting.format(text, Formatting.Options.DEFAULT)).value();
        assertTrue(once.equals(Formatting.format(once, Formatting.Options.DEFAULT)), "formatting twice changes more");
    }

    // ---- compose files -------------------------------------------------------------------

    static String billionLaughs(int levels, int fanout) {
        StringBuilder sb = new StringBuilder("x-l0: &l0 [\"lol\"]\n");
        for (int l = 1; l <= levels; l++) {
            sb.append("x-l").append(l).append(": &l").append(l).append(" [");
            for (int k = 0; k < fanout; k++) sb.append(k == 0 ? "" : ", ").append("*l").append(l - 1);
            sb.append("]\n");
        }
        sb.append("services:\n  web:\n    image: nginx:1.27\n    command: *l").append(levels).append('\n')
                .append("    environment: *l").append(levels).append('\n')
                .append("    labels:\n      <<: *l").append(levels).append('\n');
        return sb.toString();
    }

    static String services(int n) {
        StringBuilder sb = new StringBuilder("services:\n");
        for (int i = 0; i < n; i++) {
            sb.append("  s").append(i).append(":\n    image: nginx:1.").append(i % 30).append('\n')
                    .append("    build: ./s").append(i).append('\n')
                    .append("    ports: [\"").append(8000 + i % 1000).append(":80\"]\n")
                    .append("    environment:\n      PASSWORD: hunter").append(i).append("\n      URL: ${HOST:-x}/").append(i).append('\n')
                    .append("    volumes: [\"data").append(i).append(":/data\", \"./src:/src\"]\n")
                    .append("    depends_on: [s").append(Math.max(0, i - 1)).append("]\n");
        }
        return sb.toString();
    }

    static Stream<Arguments> composeFiles() {
        Kind C = Kind.COMPOSE;
        return Stream.of(
                c("10 MB file: one clear finding, not analysed", C, () -> "services:\n" + lines(10 * MB / 24, i -> "  s" + i + ": {image: x}"), 2_000, 200, "file-too-large"),
                c("billion laughs, 9 levels x 9 aliases (81 aliases, 387 million nodes expanded)", C, () -> billionLaughs(9, 9), 5_000, 500, "syntax-error"),
                c("billion laughs, 12 levels x 12 aliases", C, () -> billionLaughs(12, 12), 5_000, 500, "syntax-error"),
                c("an anchor holding an alias to itself", C, () -> "services:\n  web: &w\n    image: nginx:1.27\n    labels: *w\n", 1_000, 50, "syntax-error"),
                c("90 services merging 20,000 keys (1.8 million copies, past the bound)", C, () -> "x-d: &d\n" + lines(20_000, i -> "  k" + i + ": v")
                        + "services:\n" + lines(90, i -> "  s" + i + ":\n    <<: *d"), 5_000, 800, "syntax-error"),
                c("1,000 services aliasing one environment of 117 secrets (just under the bound)", C, () -> "x-d: &d\n  image: nginx:1.27\n  environment:\n"
                        + lines(117, i -> "    PASSWORD_" + i + ": hunter" + i) + "services:\n" + lines(1_000, i -> "  s" + i + ": *d"), 5_000, 1_000, "hardcoded-secret"),
                c("1,000 services aliasing one environment of 130 secrets (past the bound)", C, () -> "x-d: &d\n  image: nginx:1.27\n  environment:\n"
                        + lines(130, i -> "    PASSWORD_" + i + ": hunter" + i) + "services:\n" + lines(1_000, i -> "  s" + i + ": *d"), 2_000, 300, "syntax-error"),
                c("1,000 services merging 117 unknown keys (just under the bound)", C, () -> "x-d: &d\n" + lines(117, i -> "  k" + i + ": v")
                        + "services:\n" + lines(1_000, i -> "  s" + i + ":\n    <<: *d\n    image: nginx:1.27"), 10_000, 2_500, "compose-schema"),
                c("10,000 unknown keys in one service", C, () -> "services:\n  web:\n    image: nginx:1.27\n" + lines(10_000, i -> "    bogus" + i + ": 1"), 10_000, 1_500, "compose-schema"),
                c("10,000 suppression comments", C, () -> "services:\n" + lines(10_000, i -> "  # dockmentor-ignore missing-healthcheck\n  s" + i + ":\n    image: nginx:1.27"), 10_000, 2_500, null),
                c("100,000 nested flow sequences", C, () -> "services: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n", 5_000, 800, "syntax-error"),
                c("100,000 nested flow mappings, unterminated", C, () -> "services: " + "{a: ".repeat(100_000) + "\n", 5_000, 800, "syntax-error"),
                c("2,000 nested block mappings", C, () -> {
                    StringBuilder sb = new StringBuilder("services:\n");
                    for (int i = 0; i < 2_000; i++) sb.append(" ".repeat(i + 1)).append("k").append(i).append(":\n");
                    return sb.toString();
                }, 10_000, 2_000, "syntax-error"),
                c("10,000 nested block sequences on one line", C, () -> "services:\n  web:\n    command:\n" + "    " + "- ".repeat(10_000) + "x\n", 5_000, 800, "syntax-error"),
                c("190 levels of nesting (just under the cap)", C, () -> "services:\n  web:\n    image: x\n    labels: " + "[".repeat(190) + "]".repeat(190) + "\n", 5_000, 800, null),
                c("2,000 services, 40,000 lines", C, () -> services(2_000) + "volumes:\n" + lines(2_000, i -> "  data" + i + ": {}"), 10_000, 2_000, null),
                c("1 MB image name", C, () -> "services:\n  web:\n    image: " + oneMb("a") + "\n", 5_000, 800, null),
                c("256 KB flow sequence of ports", C, () -> "services:\n  web:\n    image: nginx:1.27\n    ports: [" + "80, ".repeat(MB / 16) + "81]\n", 5_000, 1_000, null),
                c("1 MB double-quoted scalar of escapes", C, () -> "services:\n  web:\n    image: \"" + oneMb("\\t") + "\"\n", 5_000, 1_000, null),
                c("1 MB key", C, () -> "services:\n  " + oneMb("k") + ":\n    image: x\n", 5_000, 1_000, null),
                c("50,000 nested ${a:-...} interpolations (300 KB)", C, () -> "services:\n  web:\n    image: \"" + "${a:-".repeat(50_000) + "x" + "}".repeat(50_000) + "\"\n", 10_000, 2_000, null),
                c("1 MB of $ signs", C, () -> "services:\n  web:\n    image: nginx\n    command: " + oneMb("$") + "\n", 5_000, 800, null),
                c("1 MB URL-like secret value", C, () -> "services:\n  web:\n    image: nginx:1.27\n    environment:\n      DB_PASSWORD: " + oneMb("a") + "://\n", 5_000, 800, null),
                c("NUL bytes", C, () -> "services:\n  web:\n    image: ng\0inx\n", 1_000, 50, "syntax-error"),
                c("invalid UTF-8 (decoded with replacement)", C, () -> Invariants.decode(new byte[] {'s', 'e', 'r', 'v', 'i', 'c', 'e', 's', ':', '\n', ' ', ' ', (byte) 0xC3, 0x28, ':', ' ', (byte) 0xFF, '\n'}), 1_000, 50, null),
                c("lone surrogates", C, () -> "services:\n  w\uD800b:\n    image: \"ng\uDC00inx\"\n    command: x\uD83D\n", 1_000, 50, null),
                c("unterminated quote before 100,000 lines", C, () -> "services:\n  web:\n    image: \"nginx\n" + lines(100_000, i -> "    k" + i + ": v"), 10_000, 2_000, "syntax-error"),
                c("unterminated flow sequence before 100,000 lines", C, () -> "services:\n  web:\n    ports: [80,\n" + lines(100_000, i -> "    " + i + ","), 10_000, 2_000, "syntax-error"),
                c("5,000 services merging one anchor (an ordinary file, only long)", C, () -> "x-base: &base {image: nginx:1.27, restart: always}\nservices:\n" + lines(5_000, i -> "  s" + i + ":\n    <<: *base\n    command: run" + i), 15_000, 3_000, null),
                c("50 services merging two anchors through merge-key lists", C, () -> "x-a: &a {image: nginx:1.27}\nx-b: &b {restart: always}\nservices:\n" + lines(50, i -> "  s" + i + ":\n    <<: [*a, *b]"), 5_000, 800, null),
                c("second YAML document of 100,000 lines", C, () -> "services:\n  web:\n    image: nginx:1.27\n---\n" + lines(100_000, i -> "k" + i + ": v"), 10_000, 2_000, "compose-schema"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeFiles")
    void composeFileGetsDiagnosticsInBoundedTimeAndMemory(Case c) {
        String text = c.text().get();
        List<Finding> out = Bounds.within("compose | " + c.name() + " | " + text.length(), c.maxMillis(), c.maxAllocMb(),
                () -> Invariants.analyzeCompose(text, Invariants.files("Dockerfile", "FROM alpine:3.20\n"))).value();
        if (c.expect() != null) assertTrue(out.stream().anyMatch(f -> f.ruleId().equals(c.expect())), "expected " + c.expect() + " in " + ids(out));
    }

    @Test
    void aChainOfFilesExtendingEachOtherIsResolvedOncePerFile() {
        // compose.yaml -> f1.yaml -> ... -> f8.yaml, 10 services each extending the same name in the next file:
        // a model of the next file was built per lookup, services^depth (127 s).
        List<String> files = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            int next = k + 1;
            files.add("f" + k + ".yaml");
            files.add("services:\n" + (k < 8 ? lines(10, i -> "  s" + i + ":\n    extends:\n      file: f" + next + ".yaml\n      service: s" + i
                    + "\n    environment:\n      L" + next + ": x") : lines(10, i -> "  s" + i + ":\n    image: nginx:1.27")));
        }
        String compose = "services:\n" + lines(10, i -> "  s" + i + ":\n    extends:\n      file: f1.yaml\n      service: s" + i);
        Bounds.within("compose | extends through 8 files of 10 services", 5_000, 800,
                () -> Invariants.analyzeCompose(compose, Invariants.files(files.toArray(String[]::new))));
    }

    @Test
    void oneDockerfileBuiltByEveryServiceForItsStageIsParsedOnce() {
        // 1,600 services, each build.target one of 1,600 stages: each service parsed the Dockerfile again and kept
        // its copy (95 s, then out of memory at 6 GB).
        String df = "FROM alpine:3.20 AS s0\nRUN echo 0 > /app\n" + lines(1_599, i -> "FROM alpine:3.20 AS s" + (i + 1) + "\nCOPY --from=s" + i
                + " /app /app\nRUN echo " + i + " >> /app");
        String compose = "services:\n" + lines(1_600, i -> "  svc" + i + ":\n    build:\n      context: .\n      target: s" + i);
        Bounds.within("compose | 1,600 services building the stages of one Dockerfile", 10_000, 2_000,
                () -> Invariants.analyzeCompose(compose, Invariants.files("Dockerfile", df)));
    }

    @Test
    void anAliasBombInBothTheFileAndItsOverrideIsRefusedInEach() {
        // The override merge walks every path the two files share: before the bound, 9 x 9 here ran out of memory.
        String bomb = billionLaughs(9, 9);
        List<Finding> out = Bounds.within("compose | billion laughs in compose.yaml and compose.override.yaml", 5_000, 500,
                () -> Invariants.analyzeCompose(bomb, Invariants.files("compose.override.yaml", bomb))).value();
        assertEquals(List.of("syntax-error"), ids(out));
    }

    // ---- .dockerignore -------------------------------------------------------------------

    static Stream<Arguments> dockerignores() {
        String as = "a".repeat(200);
        return Stream.of(
                Arguments.of(Named.of("star-a backtracking bomb", "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n"), as),
                Arguments.of(Named.of("double-star chains", "**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/b\n"), "a/".repeat(100) + "c"),
                Arguments.of(Named.of("mixed ? and * runs", "?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*b\n"), as),
                Arguments.of(Named.of("10,000 patterns", lines(10_000, i -> "dir" + i + "/**/*.tmp\n!dir" + i + "/keep")), "dir9999/x/y/z.tmp"),
                Arguments.of(Named.of("unbalanced brackets and escapes", "[[[[[[[[[[\n]]]]]]\n\\\\\\\\\n[a-\n[!]\n[^\n*[*[*[*\n"), as),
                Arguments.of(Named.of("1 MB pattern", oneMb("*a") + "\n"), as));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dockerignores")
    void pathologicalDockerignorePatternsMatchInBoundedTime(String patterns, String path) {
        Bounds.within(".dockerignore | " + patterns.substring(0, Math.min(24, patterns.indexOf('\n') < 0 ? patterns.length() : patterns.indexOf('\n')))
                + " | " + patterns.length(), 3_000, 500, () -> {
            DockerIgnore ig = DockerIgnore.parse(patterns);
            for (String p : List.of(path, path + "/x", ".git", "src/" + path)) {
                ig.excludes(p);
                ig.mentions(p);
            }
            return ig;
        });
        ProjectFiles files = Invariants.files(".dockerignore", patterns, "package.json", "{}");
        String df = "FROM node:22-slim\nCOPY " + path + " /app/\nCOPY . /app\nCOPY " + path.replace('a', '*') + " /x/\n";
        Bounds.within(".dockerignore | Dockerfile linted with it | " + df.length(), 5_000, 800, () -> Invariants.analyzeDockerfile(df, files));
    }

    // ---- the analyzer's own cap ----------------------------------------------------------

    @Test
    void theSizeCapIsWhereTheDocsSayItIs() {
        assertEquals(4 * MB, Analyzer.MAX_CHARS);
    }

    static List<String> ids(List<Finding> fs) {
        List<String> out = new ArrayList<>();
        for (Finding f : fs) if (!out.contains(f.ruleId())) out.add(f.ruleId());
        return out;
    }
}
