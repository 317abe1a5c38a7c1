package dev.dockmentor.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the closest candidate within a small edit distance. */
public final class Suggest {
    static final int MAX_LENGTH = 64;

    private Suggest() {}

    public static Optional<String> closest(String word, Collection<String> candidates) {
        // Names longer than this get no suggestion: the distance table is |a| x |b|, and two 1 MB names would
        // need a terabyte. Real typos are in short words.
        if (word == null || word.isEmpty() || word.length() > MAX_LENGTH) return Optional.empty();
        String w = word.toLowerCase(Locale.ROOT);
        int limit = w.length() <= 3 ? 1 : w.length() <= 6 ? 2 : 3;
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT), limit);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return bestD <= limit ? Optional.of(best) : Optional.empty();
    }

    /**
     * Damerau-Levenshtein (adjacent transpositions count once), capped for speed: three rows instead of the
     * whole table, and it stops once a row is all past the cap (10,000 unknown keys against the ~80 a
     * service may have took 2 s with the table; docs/hardening.md §2).
     */
    static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) return cap + 1;
        int n = b.length();
        int[] before = new int[n + 1], prev = new int[n + 1], cur = new int[n + 1];
        for (int j = 0; j <= n; j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                char bj = b.charAt(j - 1);
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) v = Math.min(v, before[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > cap) return cap + 1;
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[n];
    }
}
