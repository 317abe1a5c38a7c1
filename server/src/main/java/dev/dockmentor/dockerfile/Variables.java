package dev.dockmentor.dockerfile;

import java.util.Map;

/** Expands {@code $VAR}/{@code ${VAR}}/{@code ${VAR:-d}}/{@code ${VAR:+a}} with known values; unknown stay as written. */
public final class Variables {
    private Variables() {}

    public static String expand(String s, Map<String, String> values) {
        if (s == null || s.indexOf('$') < 0) return s;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            if (c != '$' || i + 1 >= s.length()) {
                out.append(c);
                i++;
                continue;
            }
            if (s.charAt(i + 1) == '{') {
                int close = s.indexOf('}', i + 2);
                if (close < 0) {
                    out.append(s, i, s.length());
                    break;
                }
                String inner = s.substring(i + 2, close);
                int n = 0;
                while (n < inner.length() && VarScanner.isNameChar(inner.charAt(n))) n++;
                String name = inner.substring(0, n);
                String rest = inner.substring(n);
                String val = values.get(name);
                boolean set = val != null && !val.isEmpty();
                String repl;
                if (rest.startsWith(":-")) repl = set ? val : expand(rest.substring(2), values);
                else if (rest.startsWith("-")) repl = val != null ? val : expand(rest.substring(1), values);
                else if (rest.startsWith(":+")) repl = set ? expand(rest.substring(2), values) : "";
                else if (rest.startsWith("+")) repl = val != null ? expand(rest.substring(1), values) : "";
                else repl = val != null ? val : s.substring(i, close + 1);
                out.append(repl);
                i = close + 1;
            } else {
                int e = i + 1;
                while (e < s.length() && VarScanner.isNameChar(s.charAt(e))) e++;
                if (e == i + 1) {
                    out.append(c);
                    i++;
                    continue;
                }
                String val = values.get(s.substring(i + 1, e));
                out.append(val != null ? val : s.substring(i, e));
                i = e;
            }
        }
        return out.toString();
    }
}
