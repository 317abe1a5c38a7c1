package dev.dockmentor.rules;

/** A user-facing text in English and Spanish. */
public record Msg(String en, String es) {
    public static Msg of(String en, String es) {
        return new Msg(en, es);
    }

    public String get(String locale) {
        return locale != null && locale.toLowerCase(java.util.Locale.ROOT).startsWith("es") && es != null ? es : en;
    }
}
