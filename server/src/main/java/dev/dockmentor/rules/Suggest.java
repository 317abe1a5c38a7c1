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

    /** Damerau-Levenshtein (adjacent transpositions count once), capped for speed. */
    static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) return cap + 1;
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
