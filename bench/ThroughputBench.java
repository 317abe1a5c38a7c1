// Parse+lint throughput of the analysis core, run against the built jar:
//   java -cp server/target/dockmentor.jar bench/ThroughputBench.java
// Prints files/s over a corpus of realistic Dockerfiles and the time for one 2,000-line file.
// Warm-up rounds first so the JIT has compiled the hot paths; figures are medians of rounds.

import dev.dockmentor.config.Config;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

public class ThroughputBench {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root.resolve("examples"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().contains("Dockerfile")).toList()) corpus.add(Files.readString(p));
        }
        corpus.addAll(synthetic());
        Analyzer analyzer = new Analyzer();
        Config cfg = Config.DEFAULT;
        Path ctx = root.toAbsolutePath();

        int findings = 0;
        for (int w = 0; w < 300; w++) for (String t : corpus) findings += analyzer.analyzeDockerfile("Dockerfile", t, ctx, ProjectFiles.DISK, cfg, Cancel.NEVER).size();

        double[] rates = new double[7];
        for (int r = 0; r < rates.length; r++) {
            int files = 0;
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 500_000_000L) {
                for (String t : corpus) {
                    List<Finding> f = analyzer.analyzeDockerfile("Dockerfile", t, ctx, ProjectFiles.DISK, cfg, Cancel.NEVER);
                    files++;
                    findings += f.size();
                }
            }
            rates[r] = files / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(rates);

        String big = bigDockerfile(2000);
        for (int w = 0; w < 30; w++) analyzer.analyzeDockerfile("Dockerfile", big, ctx, ProjectFiles.DISK, cfg, Cancel.NEVER);
        double[] ms = new double[15];
        for (int r = 0; r < ms.length; r++) {
            long t0 = System.nanoTime();
            findings += analyzer.analyzeDockerfile("Dockerfile", big, ctx, ProjectFiles.DISK, cfg, Cancel.NEVER).size();
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("corpus: %d Dockerfiles (avg %d lines)%n", corpus.size(),
                corpus.stream().mapToLong(t -> t.lines().count()).sum() / corpus.size());
        System.out.printf("throughput (warm, 1 thread): median %.0f files/s (min %.0f, max %.0f)%n", rates[3], rates[0], rates[6]);
        System.out.printf("2,000-line Dockerfile: median %.2f ms (min %.2f, max %.2f)%n", ms[7], ms[0], ms[14]);
        System.out.println("(findings checksum " + findings + ")");
    }

    static List<String> synthetic() {
        List<String> out = new ArrayList<>();
        out.add("""
                FROM node:20
                WORKDIR /app
                COPY . .
                RUN npm install && npm run build
                EXPOSE 3000
                CMD npm start
                """);
        out.add("""
                # syntax=docker/dockerfile:1
                ARG BASE=python:3.12-slim
                FROM ${BASE} AS build
                RUN apt-get update && apt-get install -y gcc libpq-dev \\
                    && rm -rf /var/lib/apt/lists/*
                COPY requirements.txt .
                RUN pip install --no-cache-dir -r requirements.txt
                FROM ${BASE}
                COPY --from=build /usr/local /usr/local
                RUN useradd -m app
                USER app
                COPY . /app
                HEALTHCHECK CMD python -c "print(1)"
                CMD ["python", "/app/main.py"]
                """);
        out.add("""
                FROM ubuntu:22.04
                RUN apt-get update
                RUN apt-get install -y python3 python3-pip curl vim
                RUN curl -fsSL https://example.com/install.sh | bash
                ADD . /srv
                RUN cd /srv && pip3 install -r requirements.txt
                ENV API_TOKEN=abc123
                ENTRYPOINT python3 /srv/app.py
                """);
        return out;
    }

    static String bigDockerfile(int lines) {
        StringBuilder sb = new StringBuilder("# syntax=docker/dockerfile:1\nARG VERSION=1.0\n");
        int stage = 0;
        while (sb.chars().filter(c -> c == '\n').count() < lines) {
            sb.append("FROM debian:bookworm-slim AS s").append(stage).append('\n');
            sb.append("ENV APP_HOME=/opt/app").append(stage).append(" PATH=/opt/bin:$PATH\n");
            sb.append("RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\\n")
              .append("    && rm -rf /var/lib/apt/lists/*\n");
            sb.append("COPY --from=s").append(Math.max(0, stage - 1)).append(" /opt /opt\n");
            sb.append("WORKDIR /opt/app\n");
            sb.append("RUN <<EOF\nset -e\necho building ").append(stage).append("\nEOF\n");
            sb.append("LABEL org.opencontainers.image.version=\"${VERSION}\"\n");
            stage++;
        }
        sb.append("USER 1000\nCMD [\"/opt/bin/app\"]\n");
        return sb.toString();
    }
}
