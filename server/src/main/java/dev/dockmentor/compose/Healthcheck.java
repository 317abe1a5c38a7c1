package dev.dockmentor.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * A service {@code healthcheck:}. {@code form} is CMD, CMD-SHELL, NONE or "string" (a plain string,
 * run by the shell); {@code words} is the command without the form marker.
 */
public record Healthcheck(YNode node, YNode test, String form, List<String> words, boolean disabled) {
    public static Healthcheck of(YNode hc) {
        if (hc == null || !hc.isMap()) return new Healthcheck(hc, null, null, List.of(), false);
        YNode test = hc.get("test");
        boolean disabled = hc.get("disable") != null && hc.get("disable").isTrue();
        String form = null;
        List<String> words = new ArrayList<>();
        if (test != null && test.isSeq() && !test.items.isEmpty()) {
            form = test.items.get(0).text();
            for (int i = 1; i < test.items.size(); i++) words.add(String.valueOf(test.items.get(i).text()));
        } else if (test != null && test.text() != null) {
            form = "string";
            words.addAll(List.of(test.text().strip().split("\\s+")));
        }
        if ("NONE".equals(form)) disabled = true;
        return new Healthcheck(hc, test, form, List.copyOf(words), disabled);
    }

    /** A check is defined (a test to run), whether or not it is disabled. */
    public boolean hasTest() {
        return test != null && form != null && !form.equals("NONE");
    }

    /** The program the check runs ({@code curl}, {@code pg_isready}…), or null. */
    public String program() {
        if (words.isEmpty()) return null;
        if (form.equals("CMD-SHELL") || form.equals("string")) {
            String[] w = String.join(" ", words).strip().split("\\s+");
            return w.length == 0 ? null : basename(w[0]);
        }
        return basename(words.get(0));
    }

    private static String basename(String s) {
        int i = s.lastIndexOf('/');
        return i >= 0 ? s.substring(i + 1) : s;
    }
}
