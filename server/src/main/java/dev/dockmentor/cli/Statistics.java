package dev.dockmentor.cli;

import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Severity;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code dockmentor check --statistics}: what a folder's findings add up to, the figures precision work compares
 * (docs/precision.md): files per kind, warnings and errors per file (median, 90th percentile, maximum), and per rule
 * the count at each severity, most frequent first.
 */
final class Statistics {
    private Statistics() {}

    static void write(List<Output> results, PrintStream out) {
        write(results, false, out);
    }

    /** With {@code perFile}, first one line per file: its errors, warnings, infos and hints, then the path. */
    static void write(List<Output> results, boolean perFile, PrintStream out) {
        if (perFile) {
            out.printf("%5s %7s %5s %5s  %s%n", "error", "warning", "info", "hint", "file");
            for (Output o : results) {
                int[] c = new int[4];
                for (Finding f : o.findings()) c[f.severity().ordinal()]++;
                out.printf("%5d %7d %5d %5d  %s%n", c[0], c[1], c[2], c[3], o.path());
            }
            out.println();
        }
        Map<String, int[]> perRule = new TreeMap<>();
        List<Integer> dockerfiles = new ArrayList<>();
        List<Integer> compose = new ArrayList<>();
        for (Output o : results) {
            int loud = 0;
            for (Finding f : o.findings()) {
                perRule.computeIfAbsent(f.ruleId(), k -> new int[4])[f.severity().ordinal()]++;
                if (f.severity().atLeast(Severity.WARNING)) loud++;
            }
            (o.kind() == FileKind.COMPOSE ? compose : dockerfiles).add(loud);
        }
        out.println("files: " + results.size() + " (" + dockerfiles.size() + " Dockerfiles, " + compose.size() + " compose files)");
        out.println("warnings+errors per file: " + line("Dockerfiles", dockerfiles) + "; " + line("compose files", compose));
        out.printf("%-30s %7s %8s %6s %6s%n", "rule", "error", "warning", "info", "hint");
        List<Map.Entry<String, int[]>> rows = new ArrayList<>(perRule.entrySet());
        rows.sort((a, b) -> {
            int c = Integer.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]);
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        int[] total = new int[4];
        for (Map.Entry<String, int[]> r : rows) {
            int[] c = r.getValue();
            for (int i = 0; i < 4; i++) total[i] += c[i];
            out.printf("%-30s %7d %8d %6d %6d%n", r.getKey(), c[0], c[1], c[2], c[3]);
        }
        out.printf("%-30s %7d %8d %6d %6d%n", "total", total[0], total[1], total[2], total[3]);
    }

    private static String line(String what, List<Integer> counts) {
        if (counts.isEmpty()) return what + ": none";
        List<Integer> s = new ArrayList<>(counts);
        Collections.sort(s);
        return what + " median " + percentile(s, 50) + ", p90 " + percentile(s, 90) + ", max " + s.get(s.size() - 1);
    }

    /** Nearest-rank percentile of sorted counts. */
    static int percentile(List<Integer> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
