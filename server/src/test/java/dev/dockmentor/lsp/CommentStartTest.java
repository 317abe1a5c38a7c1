package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Where a YAML comment starts, found once per line, against the regex it replaces (asked per '&name'). */
class CommentStartTest {
    @Test
    void agreesWithTheRegexOnEveryPrefix() {
        Random r = new Random(3);
        String alphabet = "a#& \t:\u000B\u001C";
        for (int k = 0; k < 20_000; k++) {
            char[] c = new char[r.nextInt(12)];
            for (int i = 0; i < c.length; i++) c[i] = alphabet.charAt(r.nextInt(alphabet.length()));
            String t = new String(c);
            int start = ComposeNav.commentStart(t);
            for (int i = 0; i <= t.length(); i++) {
                boolean byRegex = t.substring(0, i).matches(".*(^|\\s)#.*");
                assertEquals(byRegex, start >= 0 && start < i, "'" + t + "' before " + i);
            }
        }
    }
}
