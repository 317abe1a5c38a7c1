package dev.dockmentor.lsp;

import dev.dockmentor.compose.ComposeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compose keys by position: which schema section applies at a path of keys ({@code "[]"} for a list
 * item), and what each key does ({@code compose-keys.txt}, English and Spanish).
 */
final class ComposeKeys {
    static final String ITEM = "[]";

    record Doc(String en, String es) {
        String get(String locale) {
            return "es".equals(locale) ? es : en;
        }
    }

    private static final Map<String, Doc> DOCS = load();

    private ComposeKeys() {}

    /** The type written for the node at {@code path} (root = {@code @top}), or null when the schema does not say. */
    static String typeAt(List<String> path) {
        String type = "@top";
        for (String step : path) {
            if (type == null || (!step.equals(ITEM) && step.startsWith("x-"))) return null;
            type = step(type, step);
        }
        return type;
    }

    private static String step(String type, String step) {
        for (String alt : alternatives(type)) {
            if (step.equals(ITEM)) {
                if (alt.startsWith("list:")) return alt.substring(5);
            } else if (alt.startsWith("@")) {
                String t = ComposeSpec.type(alt.substring(1), step);
                if (t != null) return t;
            } else if (alt.startsWith("map:")) {
                return alt.substring(4);
            }
        }
        return null;
    }

    /** The section whose keys a mapping at {@code path} takes, or null (a map of names, a scalar...). */
    static String sectionAt(List<String> path) {
        String type = typeAt(path);
        if (type == null) return null;
        for (String alt : alternatives(type)) if (alt.startsWith("@")) return alt.substring(1);
        return null;
    }

    /** True when the mapping at {@code path} is keyed by names (services, depends_on's long form...). */
    static boolean namesAt(List<String> path) {
        String type = typeAt(path);
        if (type == null) return false;
        for (String alt : alternatives(type)) if (alt.startsWith("map:")) return true;
        return false;
    }

    /** The flat alternatives of a type: {@code "list:string|map:@depends?"} gives list:string, map:@depends. */
    static List<String> alternatives(String type) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i <= type.length(); i++) {
            char c = i < type.length() ? type.charAt(i) : '|';
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                String a = type.substring(start, i).strip();
                if (a.endsWith("?")) a = a.substring(0, a.length() - 1);
                if (a.startsWith("(") && a.endsWith(")")) out.addAll(alternatives(a.substring(1, a.length() - 1)));
                else if (!a.isEmpty()) out.add(a);
                start = i + 1;
            }
        }
        return out;
    }

    static Doc doc(String section, String key) {
        return DOCS.get(section + "." + key);
    }

    /** Markdown for a key: what it does and the values it takes. */
    static String markdown(String section, String key, String locale) {
        String type = ComposeSpec.type(section, key);
        if (type == null) return null;
        boolean es = "es".equals(locale);
        StringBuilder sb = new StringBuilder("**`").append(key).append("`**");
        if (!section.equals("top")) sb.append(" · ").append(section.replace('_', ' '));
        sb.append("\n\n");
        Doc d = doc(section, key);
        if (d != null) sb.append(d.get(locale)).append("\n\n");
        String values = describe(type, es);
        if (!values.isEmpty()) sb.append(es ? "*Valor*: " : "*Value*: ").append(values);
        return sb.toString().strip();
    }

    /** The values a type takes, in words. */
    static String describe(String type, boolean es) {
        List<String> words = new ArrayList<>();
        for (String a : alternatives(type)) {
            String w;
            if (a.startsWith("list:")) w = es ? "lista" : "list";
            else if (a.startsWith("map:")) w = es ? "mapa de nombres" : "mapping of names";
            else if (a.startsWith("@")) w = es ? "mapa" : "mapping";
            else w = switch (a) {
                case "string" -> es ? "texto" : "text";
                case "bool" -> "true | false";
                case "int" -> es ? "número entero" : "whole number";
                case "number" -> es ? "número" : "number";
                case "duration" -> es ? "duración (`30s`, `1m30s`)" : "duration (`30s`, `1m30s`)";
                case "size" -> es ? "tamaño (`512m`, `1g`)" : "byte size (`512m`, `1g`)";
                case "restart" -> "`no` | `always` | `on-failure[:N]` | `unless-stopped`";
                case "condition" -> "`service_started` | `service_healthy` | `service_completed_successfully`";
                case "port" -> es ? "mapeo de puertos" : "port mapping";
                case "strings" -> es ? "texto o lista" : "text or list";
                case "listormap" -> es ? "lista o mapa" : "list or mapping";
                default -> null;
            };
            if (w != null && !words.contains(w)) words.add(w);
        }
        return String.join(es ? " o " : " or ", words);
    }

    private static Map<String, Doc> load() {
        Map<String, Doc> out = new LinkedHashMap<>();
        try (InputStream in = ComposeKeys.class.getResourceAsStream("compose-keys.txt")) {
            if (in == null) return out;
            String section = "top";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                if (l.startsWith("@")) {
                    section = l.substring(1);
                    continue;
                }
                String[] parts = l.split(" \\| ", 3);
                if (parts.length == 3) out.put(section + "." + parts[0].strip(), new Doc(parts[1].strip(), parts[2].strip()));
            }
        } catch (IOException e) {
            // no docs: hovers still show the value types
        }
        return out;
    }

    /** Every documented key ({@code section.key}), for the data's own test. */
    static java.util.Set<String> documented() {
        return DOCS.keySet();
    }
}
