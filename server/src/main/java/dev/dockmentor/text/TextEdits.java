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
        // Sort by start (stable), then apply from the last: offsets before an edit stay valid, and inserts at one
        // position appear in array order, as LSP specifies.
        sorted.sort(Comparator.comparing((TextEdit e) -> e.range().start()));
        StringBuilder sb = new StringBuilder(text);
        for (int i = sorted.size() - 1; i >= 0; i--) {
            TextEdit e = sorted.get(i);
            int s = index.offset(e.range().start());
            int en = Math.max(s, index.offset(e.range().end()));
            sb.replace(s, en, e.newText());
        }
        return sb.toString();
    }
}
