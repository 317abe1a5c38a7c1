package dev.dockmentor.project;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A .dockerignore with Docker's matching rules: patterns are cleaned paths relative to the
 * context ({@code /} prefix dropped), {@code *} and {@code ?} stay within one path segment,
 * {@code **} spans any number of segments, {@code !} re-includes, the last matching pattern wins,
 * and a pattern that matches a parent folder excludes everything under it.
 */
public final class DockerIgnore {
    public record Entry(String pattern, boolean exception, int line, Pattern regex) {}

    private final List<Entry> entries;

    private DockerIgnore(List<Entry> entries) {
        this.entries = entries;
    }

    public static DockerIgnore parse(String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length && out.size() < 10_000; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            boolean exc = l.startsWith("!");
            if (exc) l = l.substring(1).strip();
            String p = clean(l);
            if (p.isEmpty()) continue;
            out.add(new Entry(p, exc, i, compile(p)));
        }
        return new DockerIgnore(List.copyOf(out));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** True when the context-relative path (or a parent folder of it) is excluded. */
    public boolean excludes(String path) {
        String p = clean(path);
        if (p.isEmpty() || p.equals(".")) return false;
        boolean excluded = false;
        for (Entry e : entries) {
            if (e.exception == !excluded) continue; // cannot change the outcome
            if (matchesSelfOrParent(e, p)) excluded = !e.exception;
        }
        return excluded;
    }

    /** True when some pattern mentions this name, e.g. ".git" or ".env", as a whole segment pattern. */
    public boolean mentions(String name) {
        for (Entry e : entries) {
            if (e.exception) continue;
            if (matchesSelfOrParent(e, name)) return true;
        }
        return false;
    }

    private static boolean matchesSelfOrParent(Entry e, String p) {
        if (e.regex.matcher(p).matches()) return true;
        int slash = p.indexOf('/');
        while (slash > 0) {
            if (e.regex.matcher(p.substring(0, slash)).matches()) return true;
            slash = p.indexOf('/', slash + 1);
        }
        return false;
    }

    static String clean(String p) {
        String s = p.replace('\\', '/');
        List<String> parts = new ArrayList<>();
        for (String seg : s.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
                continue;
            }
            parts.add(seg);
        }
        return String.join("/", parts);
    }

    /** Translates a pattern to a regex, bounded in size so hostile patterns stay linear. */
    static Pattern compile(String p) {
        StringBuilder re = new StringBuilder();
        int n = Math.min(p.length(), 4096);
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '*') {
                if (i + 1 < n && p.charAt(i + 1) == '*') {
                    i++;
                    boolean slashAfter = i + 1 < n && p.charAt(i + 1) == '/';
                    if (slashAfter) {
                        i++;
                        re.append("(?:[^/]*/)*+");
                    } else {
                        re.append(".*");
                        while (i + 1 < n && p.charAt(i + 1) == '*') i++;
                    }
                } else {
                    re.append("[^/]*");
                    while (i + 1 < n && p.charAt(i + 1) == '*') i++;
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = p.indexOf(']', i + 1);
                if (close > i) {
                    String cls = p.substring(i + 1, close).replace("\\", "\\\\");
                    if (cls.startsWith("^") || cls.startsWith("!")) cls = "^" + cls.substring(1);
                    re.append('[').append(cls).append(']');
                    i = close;
                } else {
                    re.append("\\[");
                }
            } else if ("\\.+()|{}$^".indexOf(c) >= 0) {
                re.append('\\').append(c);
            } else {
                re.append(c);
            }
        }
        try {
            return Pattern.compile(re.toString());
        } catch (RuntimeException e) {
            return Pattern.compile(Pattern.quote(p));
        }
    }
}
