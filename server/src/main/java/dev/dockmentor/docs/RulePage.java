package dev.dockmentor.docs;

import java.util.List;

/**
 * A rule's documentation page, split into its fixed sections. {@code before}/{@code after} are
 * the first fenced code blocks of those sections; {@code fence} their language (dockerfile, yaml).
 * {@code notFlagged} ("What it does not flag") and {@code fixSafety} ("Fix safety") sit between After and
 * How to silence; they are null on a page that lacks them.
 */
public record RulePage(String id, String locale, String title, String markdown, String what, String why,
                       String impact, String before, String after, String fence, String notFlagged, String fixSafety,
                       String silence) {
    /** The core sections, indexed as the hover uses them (what, why, impact, before, after, silence). */
    public static final List<String> EN_HEADINGS = List.of("What is wrong", "Why it matters", "Impact", "Before", "After", "How to silence");
    public static final List<String> ES_HEADINGS = List.of("Qué está mal", "Por qué importa", "Impacto", "Antes", "Después", "Cómo silenciarla");

    public static final String EN_NOT_FLAGGED = "What it does not flag";
    public static final String ES_NOT_FLAGGED = "Qué no señala";
    public static final String EN_FIX_SAFETY = "Fix safety";
    public static final String ES_FIX_SAFETY = "Seguridad del arreglo";

    /** Every section heading in the order a page must have them. */
    public static final List<String> EN_PAGE_ORDER = List.of("What is wrong", "Why it matters", "Impact", "Before", "After",
            EN_NOT_FLAGGED, EN_FIX_SAFETY, "How to silence");
    public static final List<String> ES_PAGE_ORDER = List.of("Qué está mal", "Por qué importa", "Impacto", "Antes", "Después",
            ES_NOT_FLAGGED, ES_FIX_SAFETY, "Cómo silenciarla");

    /** A page without the "What it does not flag" and "Fix safety" sections (the shape before they existed). */
    public RulePage(String id, String locale, String title, String markdown, String what, String why,
                    String impact, String before, String after, String fence, String silence) {
        this(id, locale, title, markdown, what, why, impact, before, after, fence, null, null, silence);
    }

    /** The section headings of a locale in page order. */
    public static List<String> pageOrder(String locale) {
        return "es".equals(locale) ? ES_PAGE_ORDER : EN_PAGE_ORDER;
    }

    /**
     * Whether the rule can fix what it finds, and how safely, as its "Fix safety" section says: {@code safe} (applied
     * by "fix all" and {@code --fix}), {@code unsafe} (offered, applied by {@code --unsafe-fixes}), {@code sometimes}
     * (depends on the finding), {@code none}.
     */
    public String fixability() {
        String f = fixSafety == null ? "" : fixSafety.strip();
        if (f.isEmpty() || f.startsWith("No automatic fix") || f.startsWith("No fix") || f.startsWith("Sin corrección")) return "none";
        if (f.startsWith("Safe")) return "safe";
        if (f.startsWith("Unsafe")) return "unsafe";
        return "sometimes";
    }
}
