package dev.dockmentor.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies non-overlapping edits to one text, as an editor would. */
public final class TextEdits {
    private TextEdits() {}

    public static String apply(String text, List<TextEdit> edits) {
        LineIndex index = new LineIndex(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        // Apply from the end so earlier offsets stay valid; stable for equal starts.
        sorted.sort(Comparator.comparing((TextEdit e) -> e.range().start()).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (TextEdit e : sorted) {
            int s = index.offset(e.range().start());
            int en = Math.max(s, index.offset(e.range().end()));
            sb.replace(s, en, e.newText());
        }
        return sb.toString();
    }
}
