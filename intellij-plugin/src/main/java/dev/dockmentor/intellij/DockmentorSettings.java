package dev.dockmentor.intellij;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's settings (Java path, jar path, profile, locale, severity overrides) and their translation into the
 * server's configuration JSON: what the server takes as {@code initializationOptions} and as the {@code dockmentor}
 * section of {@code workspace/configuration}: {@code {"profile":…,"locale":…,"rules":{…}}}.
 */
public final class DockmentorSettings {
    public String javaPath = "";
    public String jarPath = "";
    public String profile = "recommended";
    /** "auto" (the IDE's language), "en" or "es". */
    public String locale = "auto";
    public Map<String, String> rules = new LinkedHashMap<>();

    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info", "hint", "off");

    public static String resolveLocale(String setting, Locale ide) {
        String s = setting == null ? "auto" : setting.toLowerCase(Locale.ROOT);
        if (s.equals("en") || s.equals("es")) return s;
        return ide != null && ide.getLanguage().equals("es") ? "es" : "en";
    }

    public String toServerJson(Locale ide) {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"profile\":").append(str("strict".equals(profile) ? "strict" : "recommended"));
        sb.append(",\"locale\":").append(str(resolveLocale(locale, ide)));
        sb.append(",\"rules\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : rules.entrySet()) {
            String sev = e.getValue() == null ? "" : e.getValue().toLowerCase(Locale.ROOT);
            if (e.getKey() == null || e.getKey().isBlank() || !SEVERITIES.contains(sev)) continue;
            if (!first) sb.append(',');
            sb.append(str(e.getKey().trim())).append(':').append(str(sev));
            first = false;
        }
        return sb.append("}}").toString();
    }

    /** Parses "rule=severity" lines (the settings page's text area); malformed lines are skipped. */
    public static Map<String, String> parseRules(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) return out;
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq <= 0) continue;
            String sev = line.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
            if (SEVERITIES.contains(sev)) out.put(line.substring(0, eq).trim(), sev);
        }
        return out;
    }

    public static String formatRules(Map<String, String> rules) {
        StringBuilder sb = new StringBuilder();
        rules.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
