package dev.dockmentor.compose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * dockmentor's own model of the Compose Specification's keys and types ({@code schema.txt}), and a
 * validator that reports unknown keys (with the known keys for did-you-mean), wrong types, and the
 * value checks the official schema leaves out: durations, byte sizes, ports, restart policies,
 * depends_on conditions. Values with interpolation are not value-checked.
 */
public final class ComposeSpec {
    /** What the validator found: a node, and either an unknown key (with candidates) or a message. */
    public record Issue(YNode node, String en, String es, String unknownKey, Set<String> candidates) {}

    private static final Pattern DURATION = Pattern.compile("([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+");
    private static final Pattern SIZE = Pattern.compile("(?i)[0-9]+(\\.[0-9]+)?\\s*([bkmgtp]b?|[kmgtp]ib)?");
    private static final Pattern RESTART = Pattern.compile("no|always|unless-stopped|on-failure(:[0-9]+)?");
    private static final Pattern CONDITION = Pattern.compile("service_started|service_healthy|service_completed_successfully");
    private static final Map<String, Set<String>> REQUIRED = new LinkedHashMap<>();
    private static final Map<String, Map<String, String>> SECTIONS = load();

    private final List<Issue> issues = new ArrayList<>();
    private final Set<YNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, String> env;

    private ComposeSpec(Map<String, String> env) {
        this.env = env;
    }

    public static List<Issue> validate(YNode root, Map<String, String> env) {
        ComposeSpec v = new ComposeSpec(env);
        if (root != null) v.section("top", root, "");
        return v.issues;
    }

    public static Set<String> keys(String section) {
        return SECTIONS.getOrDefault(section, Map.of()).keySet();
    }

    /** The type written for a key of a section ({@code "string|@build"}), or null when the key is unknown. */
    public static String type(String section, String key) {
        return SECTIONS.getOrDefault(section, Map.of()).get(key);
    }

    private void section(String name, YNode map, String where) {
        Map<String, String> keys = SECTIONS.get(name);
        for (YNode.Entry e : map.entries) {
            String k = e.key().value();
            if (k == null || k.startsWith("x-")) continue;
            String type = keys.get(k);
            String here = where.isEmpty() ? k : where + "." + k;
            if (type == null) {
                // A key merged into many services is one mistake, written once: say it once.
                if (!seen.add(e.key())) continue;
                issues.add(new Issue(e.key(), "Unknown key '" + k + "'" + (where.isEmpty() ? " at the top level" : " in " + where),
                        "Clave desconocida '" + k + "'" + (where.isEmpty() ? " en el nivel superior" : " en " + where), k, keys.keySet()));
                continue;
            }
            check(type, e.value(), here, k);
        }
        for (String k : REQUIRED.getOrDefault(name, Set.of())) {
            if (map.get(k) == null) {
                issues.add(new Issue(map, "'" + where + "' needs a '" + k + "' key", "'" + where + "' necesita la clave '" + k + "'", null, Set.of()));
            }
        }
    }

    private void check(String type, YNode n, String where, String key) {
        if (n.isNull() || n.isReset()) return;
        List<String> alts = splitAlternatives(type);
        for (String alt : alts) {
            if (shapeFits(alt, n)) {
                String a = alt.endsWith("?") ? alt.substring(0, alt.length() - 1) : alt;
                // Unwrap a group before marking the node seen: marking it first made the group's own check
                // skip it, so no item of list:(string|@section) was ever checked (env_file, include, ports...).
                if (a.startsWith("(")) {
                    check(a.substring(1, a.length() - 1), n, where, key);
                    return;
                }
                if (!seen.add(n) && !n.isScalar()) return;
                checkAtom(alt, n, where, key);
                return;
            }
        }
        issues.add(new Issue(n, "'" + where + "' must be " + describe(alts, false) + ", not " + shape(n, false),
                "'" + where + "' debe ser " + describe(alts, true) + ", no " + shape(n, true), null, Set.of()));
    }

    private void checkAtom(String atom, YNode n, String where, String key) {
        String a = atom.endsWith("?") ? atom.substring(0, atom.length() - 1) : atom;
        if (a.startsWith("list:")) {
            for (YNode i : n.items) check(a.substring(5), i, where + "[]", key);
        } else if (a.startsWith("map:")) {
            for (YNode.Entry e : n.entries) {
                if (e.key().value() != null && !e.key().value().startsWith("x-")) check(a.substring(4), e.value(), where + "." + e.key().value(), key);
            }
        } else if (a.startsWith("@")) {
            section(a.substring(1), n, where);
        } else if (a.equals("strings") && n.isSeq()) {
            for (YNode i : n.items) check("string|int|number", i, where + "[]", key);
        } else if (a.equals("listormap")) {
            if (n.isSeq()) for (YNode i : n.items) check("string|int", i, where + "[]", key);
            else for (YNode.Entry e : n.entries) check("string|int|number|bool", e.value(), where + "." + e.key().value(), key);
        } else if (n.isScalar()) {
            value(a, n, where);
        }
    }

    private void value(String type, YNode n, String where) {
        String v = n.text();
        if (v == null || v.contains("$")) return;
        String en = null, es = null;
        switch (type) {
            case "bool" -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    en = "'" + where + "' must be true or false, not '" + v + "'";
                    es = "'" + where + "' debe ser true o false, no '" + v + "'";
                }
            }
            case "int" -> {
                if (!v.matches("-?[0-9]+")) {
                    en = "'" + where + "' must be a whole number, not '" + v + "'";
                    es = "'" + where + "' debe ser un número entero, no '" + v + "'";
                }
            }
            case "number" -> {
                if (!v.matches("-?[0-9]+(\\.[0-9]+)?|-?\\.[0-9]+")) {
                    en = "'" + where + "' must be a number, not '" + v + "'";
                    es = "'" + where + "' debe ser un número, no '" + v + "'";
                }
            }
            case "duration" -> {
                if (!DURATION.matcher(v).matches() && !v.equals("0")) {
                    en = "'" + where + "' must be a duration such as 30s, 1m30s or 500ms, not '" + v + "'";
                    es = "'" + where + "' debe ser una duración como 30s, 1m30s o 500ms, no '" + v + "'";
                }
            }
            case "size" -> {
                if (!SIZE.matcher(v).matches()) {
                    en = "'" + where + "' must be a byte size such as 512m or 1g, not '" + v + "'";
                    es = "'" + where + "' debe ser un tamaño en bytes como 512m o 1g, no '" + v + "'";
                }
            }
            case "restart" -> {
                if (!RESTART.matcher(v).matches()) {
                    en = "'" + where + "' must be no, always, on-failure[:N] or unless-stopped, not '" + v + "'";
                    es = "'" + where + "' debe ser no, always, on-failure[:N] o unless-stopped, no '" + v + "'";
                }
            }
            case "condition" -> {
                if (!CONDITION.matcher(v).matches()) {
                    en = "'" + where + "' must be service_started, service_healthy or service_completed_successfully, not '" + v + "'";
                    es = "'" + where + "' debe ser service_started, service_healthy o service_completed_successfully, no '" + v + "'";
                }
            }
            case "port" -> {
                if (!Port.of(n, env).valid()) {
                    en = "'" + v + "' is not a port mapping ([HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL])";
                    es = "'" + v + "' no es un mapeo de puertos ([IP_HOST:][PUERTO_HOST:]PUERTO_CONTENEDOR[/PROTOCOLO])";
                }
            }
            default -> { }
        }
        if (en != null) issues.add(new Issue(n, en, es, null, Set.of()));
    }

    private static boolean shapeFits(String atom, YNode n) {
        String a = atom.endsWith("?") ? atom.substring(0, atom.length() - 1) : atom;
        if (a.startsWith("(")) {
            for (String alt : splitAlternatives(a.substring(1, a.length() - 1))) if (shapeFits(alt, n)) return true;
            return false;
        }
        if (a.equals("any")) return true;
        if (a.startsWith("list:")) return n.isSeq();
        if (a.startsWith("map:") || a.startsWith("@")) return n.isMap();
        if (a.equals("strings")) return n.isScalar() || n.isSeq();
        if (a.equals("listormap")) return n.isSeq() || n.isMap();
        return n.isScalar();
    }

    private static List<String> splitAlternatives(String type) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                out.add(type.substring(start, i));
                start = i + 1;
            }
        }
        out.add(type.substring(start));
        return out;
    }

    private static String describe(List<String> alts, boolean es) {
        List<String> words = new ArrayList<>();
        for (String a : alts) {
            String w = a.startsWith("list:") ? (es ? "una lista" : "a list") : a.startsWith("map:") || a.startsWith("@") ? (es ? "un mapa" : "a mapping")
                    : a.equals("listormap") ? (es ? "una lista o un mapa" : "a list or a mapping")
                    : a.equals("strings") ? (es ? "un texto o una lista" : "a string or a list") : (es ? "un valor simple" : "a single value");
            if (!words.contains(w)) words.add(w);
        }
        return String.join(es ? " o " : " or ", words);
    }

    private static String shape(YNode n, boolean es) {
        return n.isSeq() ? (es ? "una lista" : "a list") : n.isMap() ? (es ? "un mapa" : "a mapping") : (es ? "un valor simple" : "a single value");
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        try (InputStream in = ComposeSpec.class.getResourceAsStream("schema.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> cur = null;
            String section = null;
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                if (l.startsWith("@")) {
                    section = l.substring(1);
                    cur = new LinkedHashMap<>();
                    out.put(section, cur);
                } else if (cur != null) {
                    int sp = l.indexOf(' ');
                    String key = l.substring(0, sp);
                    if (key.endsWith("!")) {
                        key = key.substring(0, key.length() - 1);
                        REQUIRED.computeIfAbsent(section, s -> new java.util.LinkedHashSet<>()).add(key);
                    }
                    cur.put(key, l.substring(sp + 1).strip());
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("compose schema missing from the jar", e);
        }
        return out;
    }
}
