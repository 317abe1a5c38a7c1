package dev.dockmentor.project;

import java.util.ArrayList;
import java.util.List;

/**
 * A .dockerignore with Docker's matching rules: patterns are cleaned paths relative to the
 * context ({@code /} prefix dropped), {@code *} and {@code ?} stay within one path segment,
 * {@code **} spans any number of segments, {@code !} re-includes, the last matching pattern wins,
 * and a pattern that matches a parent folder excludes everything under it.
 */
public final class DockerIgnore {
    public record Entry(String pattern, boolean exception, int line, Glob glob) {}

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
            if (e.glob.matchesSelfOrParent(p)) excluded = !e.exception;
        }
        return excluded;
    }

    /**
     * True when an exception ({@code !pattern}) re-includes something beneath this folder: Docker still sends those
     * files, so a COPY of the folder copies them ({@code **} then {@code !build-bin/maven/maven_build}).
     */
    public boolean reincludesUnder(String dir) {
        String d = clean(dir);
        if (d.isEmpty() || d.equals(".")) return true;
        String prefix = d + "/";
        for (Entry e : entries) {
            if (!e.exception) continue;
            if (e.pattern.startsWith(prefix) || e.pattern.startsWith("**")) return true;
            // A pattern whose leading segments are wildcards may reach beneath the folder too (*/src/**).
            int wild = e.pattern.indexOf('*');
            int q = e.pattern.indexOf('?');
            int first = wild < 0 ? q : q < 0 ? wild : Math.min(wild, q);
            if (first >= 0 && prefix.startsWith(e.pattern.substring(0, first))) return true;
        }
        return false;
    }

    /** True when some pattern mentions this name, e.g. ".git" or ".env", as a whole segment pattern. */
    public boolean mentions(String name) {
        for (Entry e : entries) {
            if (e.exception) continue;
            if (e.glob.matchesSelfOrParent(name)) return true;
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

    /**
     * Compiles a pattern ({@code *} and {@code ?} within a segment, {@code **} across segments, {@code [...]}
     * classes, at most 4,096 characters). Matching simulates the pattern as an automaton, in time
     * proportional to pattern length x path length: the earlier translation to a java.util.regex backtracked
     * exponentially on patterns such as {@code *a*a*a*a*a*a*a*a*b} (one test path took minutes).
     */
    static Glob compile(String p) {
        return new Glob(p);
    }

    /** A compiled .dockerignore pattern. */
    public static final class Glob {
        private static final byte LIT = 0, ANY = 1, STAR = 2, DSTAR = 3, DSTAR_SLASH = 4, CLASS = 5;
        private final byte[] kind;
        private final char[] lit;
        private final String[] cls;     // class members, ranges as "a-z" triples
        private final boolean[] negated;
        private final int n;

        Glob(String p) {
            int max = Math.min(p.length(), 4096);
            byte[] k = new byte[max];
            char[] l = new char[max];
            String[] c = new String[max];
            boolean[] neg = new boolean[max];
            int t = 0;
            for (int i = 0; i < max; i++) {
                char ch = p.charAt(i);
                if (ch == '*') {
                    if (i + 1 < max && p.charAt(i + 1) == '*') {
                        i++;
                        if (i + 1 < max && p.charAt(i + 1) == '/') {
                            i++;
                            k[t++] = DSTAR_SLASH;
                        } else {
                            while (i + 1 < max && p.charAt(i + 1) == '*') i++;
                            k[t++] = DSTAR;
                        }
                    } else {
                        while (i + 1 < max && p.charAt(i + 1) == '*') i++;
                        k[t++] = STAR;
                    }
                } else if (ch == '?') {
                    k[t++] = ANY;
                } else if (ch == '[' && p.indexOf(']', i + 1) > i && p.indexOf(']', i + 1) < max) {
                    int close = p.indexOf(']', i + 1);
                    String body = p.substring(i + 1, close);
                    if (body.startsWith("^") || body.startsWith("!")) {
                        neg[t] = true;
                        body = body.substring(1);
                    }
                    c[t] = body;
                    k[t++] = CLASS;
                    i = close;
                } else {
                    l[t] = ch;
                    k[t++] = LIT;
                }
            }
            this.n = t;
            this.kind = java.util.Arrays.copyOf(k, t);
            this.lit = java.util.Arrays.copyOf(l, t);
            this.cls = java.util.Arrays.copyOf(c, t);
            this.negated = java.util.Arrays.copyOf(neg, t);
        }

        public boolean matches(String s) {
            return run(s, false);
        }

        /**
         * True when the path or one of its parent folders matches: one pass that accepts at each '/', where
         * matching every parent again from the start cost path length squared (a 24 KB path: 20 s).
         */
        public boolean matchesSelfOrParent(String s) {
            return run(s, true);
        }

        private boolean run(String s, boolean parents) {
            boolean[] at = new boolean[n + 1], mid = new boolean[n + 1];
            boolean[] nextAt = new boolean[n + 1], nextMid = new boolean[n + 1];
            at[0] = true;
            close(at);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (parents && c == '/' && i > 0 && at[n]) return true; // the folder s[0, i) matches
                java.util.Arrays.fill(nextAt, false);
                java.util.Arrays.fill(nextMid, false);
                boolean any = false;
                for (int t = 0; t < n; t++) {
                    if (mid[t]) { // inside a segment of **/: it must end with '/'
                        if (c == '/') nextAt[t] = true; else nextMid[t] = true;
                        any = true;
                    }
                    if (!at[t]) continue;
                    any = true;
                    switch (kind[t]) {
                        case LIT -> { if (c == lit[t]) nextAt[t + 1] = true; }
                        case ANY -> { if (c != '/') nextAt[t + 1] = true; }
                        case CLASS -> { if (inClass(t, c)) nextAt[t + 1] = true; }
                        case STAR -> { if (c != '/') nextAt[t] = true; }
                        case DSTAR -> nextAt[t] = true;
                        default -> { if (c == '/') nextAt[t] = true; else nextMid[t] = true; } // DSTAR_SLASH
                    }
                }
                if (!any && !at[n]) return false;
                boolean[] x = at; at = nextAt; nextAt = x;
                x = mid; mid = nextMid; nextMid = x;
                close(at);
            }
            return at[n];
        }

        /** Stars may match nothing: reaching one reaches what follows it. */
        private void close(boolean[] at) {
            for (int t = 0; t < n; t++) if (at[t] && kind[t] >= STAR && kind[t] <= DSTAR_SLASH) at[t + 1] = true;
        }

        private boolean inClass(int t, char c) {
            String b = cls[t];
            boolean in = false;
            for (int i = 0; i < b.length() && !in; i++) {
                if (i + 2 < b.length() && b.charAt(i + 1) == '-') {
                    in = c >= b.charAt(i) && c <= b.charAt(i + 2);
                    i += 2;
                } else {
                    in = c == b.charAt(i);
                }
            }
            return in != negated[t];
        }
    }
}
