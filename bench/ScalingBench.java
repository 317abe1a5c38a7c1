// Does any analysis grow faster than its input? Each pattern repeats a unit N and 4N times, analyses both in
// process (warm), and prints the time ratio: ~4 is linear, ~16 quadratic. Flags ratios over 7.
//   java -cp server/target/dockmentor.jar bench/ScalingBench.java [scale]      (scale multiplies every N; default 1)
// The patterns are the ones that were quadratic once (docs/hardening.md §2), so a regression shows here first.

import dev.dockmentor.config.Config;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

public class ScalingBench {
    /** A project of N units: file name to text; "compose.yaml" or "Dockerfile" is the file analysed. */
    record Pattern(String name, int n, IntFunction<Map<String, String>> project) {}

    static String lines(int n, IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(line.apply(i)).append('\n');
        return sb.toString();
    }

    static Map<String, String> files(String... nameAndText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) m.put(nameAndText[i], nameAndText[i + 1]);
        return m;
    }

    static final Pattern[] PATTERNS = {
        new Pattern("Dockerfile: hadolint ignore comments above instructions", 8_000, n -> files("Dockerfile",
                "FROM alpine:3.20\n" + lines(n, i -> "# hadolint ignore=DL3000\nWORKDIR w" + i))),
        new Pattern("Dockerfile: installs of a debugging tool", 1_000, n -> files("Dockerfile",
                "FROM debian:12\n" + lines(n, i -> "RUN apt-get install -y --no-install-recommends vim=1." + i + " && rm -rf /var/lib/apt/lists/*"))),
        new Pattern("Dockerfile: undefined variables among as many ARGs", 1_000, n -> files("Dockerfile",
                "FROM alpine:3.20\n" + lines(n, i -> "ARG VARIABLE_" + i + "=1") + lines(n, i -> "WORKDIR /$UNDEF_" + i))),
        new Pattern("Dockerfile: COPY of a deep path, with a .dockerignore", 2_000, n -> files(".dockerignore",
                "**/nomatch/**\n**/other/**\n", "Dockerfile", "FROM alpine:3.20\nCOPY " + "ab/".repeat(n) + "ab /dst/\n")),
        new Pattern("Dockerfile: install, apt-mark auto, purge groups in one RUN", 250, n -> files("Dockerfile",
                "FROM debian:12-slim\nRUN set -eux; \\\n" + lines(n, i -> "  apt-get install -y --no-install-recommends gcc make wget; "
                        + "apt-mark auto '.*' > /dev/null; apt-mark manual curl" + i + "; apt-get purge -y --auto-remove; \\")
                        + "  true\n")),
        new Pattern("Dockerfile: pipes inside case statements", 1_000, n -> files("Dockerfile",
                "FROM alpine:3.20\nRUN " + lines(n, i -> "case \"$a\" in x" + i + " | y" + i + ") echo " + i + " | sort ;; esac; \\") + "  true\n")),
        new Pattern("Dockerfile: stages copying from the one before", 500, n -> files("Dockerfile",
                lines(n, i -> "FROM alpine:3.20 AS s" + i + "\nCOPY --from=s" + Math.max(0, i - 1) + " /a /a\nRUN apk add curl"))),
        new Pattern("compose: services building the stages of one Dockerfile", 200, n -> files(
                "Dockerfile", lines(n, i -> "FROM alpine:3.20 AS s" + i + "\nRUN echo " + i),
                "compose.yaml", "services:\n" + lines(n, i -> "  svc" + i + ":\n    build:\n      context: .\n      target: s" + i))),
        new Pattern("compose: services extending services of another file", 500, n -> files(
                "base.yaml", "services:\n" + lines(n, i -> "  s" + i + ":\n    image: nginx:1.27"),
                "compose.yaml", "services:\n" + lines(n, i -> "  s" + i + ":\n    extends:\n      file: base.yaml\n      service: s" + i))),
        new Pattern("compose: unknown keys in one service", 2_000, n -> files("compose.yaml",
                "services:\n  web:\n    image: nginx:1.27\n" + lines(n, i -> "    bogus" + i + ": 1"))),
        new Pattern("compose: services aliasing one environment", 250, n -> files("compose.yaml",
                "x-d: &d\n  image: nginx:1.27\n  environment:\n" + lines(20, i -> "    PASSWORD_" + i + ": hunter" + i)
                        + "services:\n" + lines(n, i -> "  s" + i + ": *d"))),
        new Pattern("compose: services under suppression comments", 500, n -> files("compose.yaml",
                "services:\n" + lines(n, i -> "  # dockmentor-ignore missing-healthcheck\n  s" + i + ":\n    image: nginx:1.27"))),
    };

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        Analyzer analyzer = new Analyzer();
        System.out.printf("%-58s %7s %10s %10s %6s%n", "pattern", "N", "N (ms)", "4N (ms)", "ratio");
        int flagged = 0;
        for (Pattern p : PATTERNS) {
            int n = Math.max(1, (int) (p.n() * scale));
            double small = median(analyzer, p, n), large = median(analyzer, p, 4 * n);
            double ratio = large / small;
            boolean bad = ratio > 7;
            if (bad) flagged++;
            System.out.printf("%-58s %7d %10.1f %10.1f %6.1f%s%n", p.name(), n, small, large, ratio, bad ? "  <- superlinear?" : "");
        }
        System.out.println(flagged == 0 ? "no pattern grew more than 7x for 4x the input" : flagged + " pattern(s) over 7x: look closer (run again: one slow run can do it)");
    }

    /** Median of 5 analyses after 2 warm-up ones, in a temporary project folder on disk. */
    static double median(Analyzer analyzer, Pattern p, int n) throws Exception {
        Path dir = Files.createTempDirectory("dockmentor-scaling");
        Map<String, String> project = p.project().apply(n);
        for (var e : project.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue());
        boolean compose = project.containsKey("compose.yaml");
        Path file = dir.resolve(compose ? "compose.yaml" : "Dockerfile");
        String text = project.get(compose ? "compose.yaml" : "Dockerfile");
        double[] ms = new double[7];
        for (int r = 0; r < ms.length; r++) {
            long t0 = System.nanoTime();
            if (compose) analyzer.analyzeCompose(file.toString(), text, ProjectFiles.DISK, Config.DEFAULT, Cancel.NEVER);
            else analyzer.analyzeDockerfile(file.toString(), text, dir, ProjectFiles.DISK, Config.DEFAULT, Cancel.NEVER);
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        try (var s = Files.list(dir)) {
            for (Path f : s.toList()) Files.delete(f);
        }
        Files.delete(dir);
        double[] timed = Arrays.copyOfRange(ms, 2, ms.length);
        Arrays.sort(timed);
        return timed[timed.length / 2];
    }
}
