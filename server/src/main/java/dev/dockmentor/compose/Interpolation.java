package dev.dockmentor.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compose variable interpolation: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-d}}, {@code ${VAR-d}},
 * {@code ${VAR:?e}}, {@code ${VAR?e}}, {@code ${VAR:+x}}, and {@code $$} for a literal dollar. A
 * variable that the project's .env does not define and that has no default is unknown (not empty).
 */
public final class Interpolation {
    private Interpolation() {}

    /** A reference: name, operator ("", ":-", "-", ":?", "?", ":+", "+"), its word, and where it is in the raw text. */
    public record Ref(String name, String op, String arg, int start, int end) {
        public boolean hasDefault() {
            return op.equals(":-") || op.equals("-");
        }

        public boolean required() {
            return op.equals(":?") || op.equals("?");
        }
    }

    /** The interpolated text (null when some variable is unknown) and the references found. */
    public record Value(String raw, String text, List<Ref> refs) {
        public boolean known() {
            return text != null;
        }

        public String textOr(String fallback) {
            return text != null ? text : fallback;
        }

        public boolean hasRefs() {
            return !refs.isEmpty();
        }

        /** True when the raw text is nothing but references (no literal characters of its own). */
        public boolean onlyRefs() {
            int covered = 0;
            for (Ref r : refs) covered += r.end - r.start;
            return !refs.isEmpty() && covered == raw.length();
        }
    }

    /**
     * Defaults nest ({@code ${A:-${B:-x}}}); past this depth the rest is kept as literal text. Unbounded, a
     * hostile value of 50,000 nested defaults recursed (stack overflow) and copied the tail at every level.
     */
    static final int MAX_NESTING = 32;

    public static Value resolve(String raw, Map<String, String> env) {
        return resolve(raw, env, 0);
    }

    private static Value resolve(String raw, Map<String, String> env, int depth) {
        if (raw == null) return new Value(null, null, List.of());
        if (depth > MAX_NESTING) return new Value(raw, raw, List.of());
        if (raw.indexOf('$') < 0) return new Value(raw, raw, List.of());
        StringBuilder out = new StringBuilder();
        List<Ref> refs = new ArrayList<>();
        boolean known = true;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '$' || i + 1 >= raw.length()) {
                out.append(c);
                i++;
                continue;
            }
            char d = raw.charAt(i + 1);
            if (d == '$') {
                out.append('$');
                i += 2;
            } else if (d == '{') {
                int close = matchingBrace(raw, i + 2);
                if (close < 0) {
                    out.append(raw, i, raw.length());
                    break;
                }
                String body = raw.substring(i + 2, close);
                int j = 0;
                while (j < body.length() && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '_')) j++;
                String name = body.substring(0, j);
                String rest = body.substring(j);
                String op = "";
                for (String o : new String[] {":-", ":?", ":+", "-", "?", "+"}) {
                    if (rest.startsWith(o)) {
                        op = o;
                        break;
                    }
                }
                String arg = rest.substring(op.length());
                refs.add(new Ref(name, op, arg, i, close + 1));
                String v = env.get(name);
                boolean set = v != null;
                boolean nonEmpty = v != null && !v.isEmpty();
                switch (op) {
                    case ":-" -> out.append(nonEmpty ? v : resolve(arg, env, depth + 1).textOr(""));
                    case "-" -> out.append(set ? v : resolve(arg, env, depth + 1).textOr(""));
                    case ":+" -> { if (nonEmpty) out.append(resolve(arg, env, depth + 1).textOr("")); }
                    case "+" -> { if (set) out.append(resolve(arg, env, depth + 1).textOr("")); }
                    default -> {
                        if (set) out.append(v);
                        else known = false;
                    }
                }
                i = close + 1;
            } else if (Character.isLetter(d) || d == '_') {
                int j = i + 1;
                while (j < raw.length() && (Character.isLetterOrDigit(raw.charAt(j)) || raw.charAt(j) == '_')) j++;
                String name = raw.substring(i + 1, j);
                refs.add(new Ref(name, "", "", i, j));
                String v = env.get(name);
                if (v != null) out.append(v);
                else known = false;
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Value(raw, known ? out.toString() : null, List.copyOf(refs));
    }

    private static int matchingBrace(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return -1;
    }
}
