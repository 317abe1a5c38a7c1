package dev.dockmentor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestTest {
    @ParameterizedTest(name = "{0} -> {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            "image     | image      | 3 | 0",
            "imgae     | image      | 3 | 1", // adjacent transposition counts once
            "imag      | image      | 3 | 1",
            "imaeg     | image      | 3 | 1",
            "port      | ports      | 3 | 1",
            "enviroment| environment| 3 | 1",
            "helthchek | healthcheck| 3 | 2",
            "ca        | abc        | 3 | 3", // restricted (optimal string alignment) distance; unrestricted Damerau says 2
            "volumes   | networks   | 3 | 4", // past the cap (here it stops at cap + 1)
            "abcdef    | ghijkl     | 2 | 3",
            "x         | abcdefgh   | 3 | 4"})
    void distanceIsExactUpToTheCapAndPastItBeyond(String a, String b, int cap, int expected) {
        assertEquals(expected, Suggest.distance(a, b, cap));
    }

    /** The whole table, as the rows are meant to compute it. */
    static int fullTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void rowsAgreeWithTheFullTableOnRandomWords() {
        java.util.Random r = new java.util.Random(7);
        for (int k = 0; k < 20_000; k++) {
            String a = word(r), b = word(r);
            int cap = 1 + r.nextInt(3);
            int full = fullTable(a, b);
            int rows = Suggest.distance(a, b, cap);
            if (full <= cap) assertEquals(full, rows, a + " / " + b + " cap " + cap);
            else assertTrue(rows > cap, a + " / " + b + " cap " + cap + ": " + rows);
        }
    }

    private static String word(java.util.Random r) {
        char[] c = new char[r.nextInt(9)];
        for (int i = 0; i < c.length; i++) c[i] = (char) ('a' + r.nextInt(3)); // three letters: many near misses
        return new String(c);
    }

    @Test
    void closestPicksTheFirstNearestCandidateWithinTheLengthBoundLimit() {
        List<String> keys = List.of("image", "ports", "restart", "environment", "healthcheck");
        assertEquals(Optional.of("image"), Suggest.closest("IMGAE", keys));
        assertEquals(Optional.of("environment"), Suggest.closest("enviroment", keys));
        assertEquals(Optional.empty(), Suggest.closest("xyz", keys));
        assertEquals(Optional.empty(), Suggest.closest("i".repeat(Suggest.MAX_LENGTH + 1), keys));
    }
}
