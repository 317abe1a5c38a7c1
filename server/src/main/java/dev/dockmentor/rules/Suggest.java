package dev.dockmentor.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the closest candidate within a small edit distance. */
public final class Suggest {
    static final int MAX_LENGTH = 64;

    private Suggest() {}

    public static Optional<String> closest(String word, Collection<String> candidates) {
        return closest(word, candidates, c -> true, budget());
    }

    /**
     * How many candidates a file's suggestions may compare, all words together. Suggestions are words times
     * candidates: 8,000 undefined variables among 8,000 declared ones took 20 s. Real files compare a few
     * thousand (250,000 is 250 unknown names among 1,000); past it a finding comes without its "did you mean".
     */
    public static final class Budget {
        private long left;

        Budget(long comparisons) {
            this.left = comparisons;
        }

        boolean spend() {
            return left-- > 0;
        }
    }

    public static final long COMPARISONS_PER_FILE = 250_000;

    public static Budget budget() {
        return new Budget(COMPARISONS_PER_FILE);
    }

    /**
     * As above, among the candidates {@code eligible} accepts; it is asked only of those whose length is near
     * enough, so a costly test (a regex) runs on a few candidates, not on every one per word.
     */
    public static Optional<String> closest(String word, Collection<String> candidates, java.util.function.Predicate<String> eligible, Budget budget) {
        // Names longer than this get no suggestion: the distance table is |a| x |b|, and two 1 MB names would
        // need a terabyte. Real typos are in short words.
        if (word == null || word.isEmpty() || word.length() > MAX_LENGTH) return Optional.empty();
        String w = word.toLowerCase(Locale.ROOT);
        int limit = w.length() <= 3 ? 1 : w.length() <= 6 ? 2 : 3;
        String best = null;
        int bestD = Integer.MAX_VALUE;
        int[][] rows = new int[3][w.length() + limit + 1]; // candidates nearer in length than the limit fit
        for (String c : candidates) {
            if (Math.abs(c.length() - w.length()) > limit) continue;
            if (!budget.spend()) return Optional.empty();
            if (!eligible.test(c)) continue;
            int d = distance(w, c.toLowerCase(Locale.ROOT), limit, rows);
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
        return distance(a, b, cap, new int[3][b.length() + 1]);
    }

    private static int distance(String a, String b, int cap, int[][] rows) {
        if (Math.abs(a.length() - b.length()) > cap) return cap + 1;
        int n = b.length();
        if (rows[0].length < n + 1) rows = new int[3][n + 1]; // lower-casing changed a length
        int[] before = rows[0], prev = rows[1], cur = rows[2];
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
