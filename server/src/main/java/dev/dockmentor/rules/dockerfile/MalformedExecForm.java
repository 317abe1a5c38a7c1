package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CMD ['python', 'app.py']} is not JSON, so Docker silently runs it through {@code /bin/sh -c}
 * and the container dies at start with "not found".
 */
public final class MalformedExecForm extends Rule implements DockerfileCheck {
    private static final String OPEN = "\"'‘’“”";

    public MalformedExecForm() {
        super(RuleMeta.of("malformed-exec-form", Severity.WARNING, "Broken JSON array runs as shell form"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructionsAndOnbuildChildren()) check(ctx, ins);
    }

    private void check(DockerfileContext ctx, Instruction ins) {
        if (!ins.jsonLike) return;
        String t = ins.args.text();
        int open = t.indexOf('['), close = t.lastIndexOf(']');
        if (open < 0 || close < open) return;
        String array = t.substring(open, close + 1);
        String[] why = reason(array);
        Report r = ctx.report(ins.args.range(open, close + 1),
                ins.keyword + " looks like exec form but is not valid JSON (" + why[0] + "), so Docker runs it as a shell command",
                ins.keyword + " parece forma exec pero no es JSON válido (" + why[1] + "), así que Docker lo ejecuta como comando de shell");
        String fixed = repair(array);
        if (fixed != null) {
            r.fix(Msg.of("Rewrite as valid JSON: " + fixed, "Reescribir como JSON válido: " + fixed), false,
                    ctx.replace(ins.args.range(open, close + 1), fixed));
        }
    }

    private static String[] reason(String a) {
        if (a.indexOf('\'') >= 0) return new String[] {"single quotes; JSON needs double quotes", "comillas simples; JSON exige comillas dobles"};
        if (a.matches("(?s).*[‘’“”].*")) return new String[] {"typographic quotes", "comillas tipográficas"};
        if (a.matches("(?s).*,\\s*]")) return new String[] {"trailing comma", "coma final sobrante"};
        if (a.matches("(?s).*\"\\s+\".*")) return new String[] {"missing comma", "falta una coma"};
        if (a.indexOf('\\') >= 0) return new String[] {"unescaped backslash; write \\\\", "barra invertida sin escapar; escribe \\\\"};
        if (a.matches("(?s)\\[\\s*[^\"\\s].*")) return new String[] {"unquoted words", "palabras sin comillas"};
        return new String[] {"invalid JSON", "JSON no válido"};
    }

    /** A tolerant re-read of the array: any quotes, missing or extra commas, bare words. Null when unclear. */
    static String repair(String a) {
        List<String> items = new ArrayList<>();
        int i = 1, end = a.length() - 1;
        while (true) {
            while (i < end && (Character.isWhitespace(a.charAt(i)) || a.charAt(i) == ',')) i++;
            if (i >= end) break;
            char c = a.charAt(i);
            StringBuilder sb = new StringBuilder();
            if (OPEN.indexOf(c) >= 0) {
                i++;
                boolean closed = false;
                while (i < end) {
                    char d = a.charAt(i);
                    if (c == '"' && d == '\\' && i + 1 < end) {
                        char n = a.charAt(i + 1);
                        sb.append(n == '"' || n == '\\' ? String.valueOf(n) : "\\" + n);
                        i += 2;
                        continue;
                    }
                    if (closes(c, d)) {
                        closed = true;
                        i++;
                        break;
                    }
                    sb.append(d);
                    i++;
                }
                if (!closed) return null;
            } else {
                while (i < end && !Character.isWhitespace(a.charAt(i)) && a.charAt(i) != ',') sb.append(a.charAt(i++));
            }
            String item = sb.toString();
            if (item.indexOf('[') >= 0 || item.indexOf(']') >= 0) return null;
            items.add(item);
        }
        if (items.isEmpty()) return null;
        StringBuilder out = new StringBuilder("[");
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) out.append(", ");
            out.append('"');
            for (char ch : items.get(k).toCharArray()) {
                if (ch == '"' || ch == '\\') out.append('\\').append(ch);
                else if (ch == '\t') out.append("\\t");
                else if (ch < 0x20) out.append(String.format("\\u%04x", (int) ch)); // raw control chars are not JSON
                else out.append(ch);
            }
            out.append('"');
        }
        return out.append(']').toString();
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '"', '\'' -> c == open;
            default -> c == '’' || c == '”';
        };
    }
}
