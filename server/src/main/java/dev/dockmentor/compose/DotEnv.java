package dev.dockmentor.compose;

import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code .env} file as Compose reads it: {@code KEY=value}, optional {@code export}, quotes, comments. */
public final class DotEnv {
    private DotEnv() {}

    public static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) return out;
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            if (l.startsWith("export ")) l = l.substring(7).strip();
            int eq = l.indexOf('=');
            if (eq <= 0) continue;
            String k = l.substring(0, eq).strip();
            String v = l.substring(eq + 1).strip();
            if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
                v = v.substring(1, v.length() - 1);
            } else {
                int hash = v.indexOf(" #");
                if (hash >= 0) v = v.substring(0, hash).strip();
            }
            out.put(k, v);
        }
        return out;
    }
}
