package dev.dockmentor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PrettyJson} writes what Gson's pretty writer writes, character for character. */
class PrettyJsonTest {
    /** Both writers, driven by the same calls. */
    private static final class Both {
        final StringWriter gsonText = new StringWriter();
        final JsonWriter gson = new JsonWriter(gsonText);
        final PrettyJson ours = new PrettyJson();

        Both() {
            gson.setFormattingStyle(FormattingStyle.PRETTY);
            gson.setHtmlSafe(false);
        }
    }

    // Every escape Gson knows (controls, quote, backslash, the JavaScript line separators), HTML characters it
    // leaves alone when not HTML-safe, non-ASCII and a surrogate pair.
    private static final String ALPHABET = "ab \t\n\r\b\f\u0000\u0001\u001f\u007f\"\\/'<>&=\u00e9\u00f1\u2028\u2029\ud83d\ude00\ufffd";

    private static String randomString(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        return s.toString();
    }

    private static void value(Both b, Random r, int depth) throws IOException {
        int kind = depth > 5 ? 3 + r.nextInt(4) : r.nextInt(7);
        switch (kind) {
            case 0, 1 -> {
                b.gson.beginObject();
                b.ours.beginObject();
                for (int i = r.nextInt(4); i > 0; i--) {
                    String n = randomString(r);
                    b.gson.name(n);
                    b.ours.name(n);
                    value(b, r, depth + 1);
                }
                b.gson.endObject();
                b.ours.endObject();
            }
            case 2 -> {
                b.gson.beginArray();
                b.ours.beginArray();
                for (int i = r.nextInt(4); i > 0; i--) value(b, r, depth + 1);
                b.gson.endArray();
                b.ours.endArray();
            }
            case 3 -> {
                String s = r.nextInt(10) == 0 ? null : randomString(r);
                b.gson.value(s);
                b.ours.value(s);
            }
            case 4 -> {
                long n = r.nextBoolean() ? r.nextInt(1000) : r.nextLong();
                b.gson.value(n);
                b.ours.value(n);
            }
            default -> {
                boolean v = r.nextBoolean();
                b.gson.value(v);
                b.ours.value(v);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomDocumentsMatchGsonsPrettyWriter(long seed) throws IOException {
        Random r = new Random(seed);
        for (int doc = 0; doc < 50; doc++) {
            Both b = new Both();
            value(b, r, 0);
            b.gson.flush();
            assertEquals(b.gsonText.toString(), b.ours.out().toString(), "seed " + seed + ", document " + doc);
        }
    }
}
