package dev.dockmentor.cli;

import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Severity;
import java.io.PrintStream;
import java.util.List;

/** {@code path:line:col: severity [rule-id] message}, 1-based, coloured only on a terminal. */
final class TextFormat {
    private TextFormat() {}

    static void write(List<Output> files, String locale, boolean color, PrintStream out) {
        int[] counts = new int[Severity.values().length];
        int total = 0;
        for (Output f : files) {
            for (Finding d : f.findings()) {
                counts[d.severity().ordinal()]++;
                total++;
                String sev = d.severity().label();
                if (color) sev = colour(d.severity()) + sev + "\u001b[0m";
                out.println(f.path() + ":" + (d.range().start().line() + 1) + ":" + (d.range().start().character() + 1)
                        + ": " + sev + " [" + d.ruleId() + "] " + d.message().get(locale)
                        + (d.fixes().isEmpty() ? "" : (locale != null && locale.startsWith("es") ? " (con arreglo)" : " (fixable)")));
            }
        }
        boolean es = locale != null && locale.startsWith("es");
        if (es) {
            out.println(files.size() + " archivo(s), " + total + " hallazgo(s): " + counts[0] + " error(es), "
                    + counts[1] + " aviso(s), " + counts[2] + " info, " + counts[3] + " pista(s)");
        } else {
            out.println(files.size() + " file(s), " + total + " finding(s): " + counts[0] + " error(s), "
                    + counts[1] + " warning(s), " + counts[2] + " info, " + counts[3] + " hint(s)");
        }
    }

    private static String colour(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
            case HINT -> "\u001b[90m";
        };
    }
}
