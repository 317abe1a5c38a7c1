package dev.dockmentor.rules;

import java.util.Locale;

/** error breaks the build or the run; warning is a real risk or cost; info an improvement; hint a nudge. */
public enum Severity {
    ERROR, WARNING, INFO, HINT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The word users read, in their locale ("aviso" for a warning in Spanish). */
    public String label(String locale) {
        if (locale == null || !locale.toLowerCase(Locale.ROOT).startsWith("es")) return label();
        return switch (this) {
            case ERROR -> "error";
            case WARNING -> "aviso";
            case INFO -> "info";
            case HINT -> "pista";
        };
    }

    /** True when this is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Severity parse(String s) {
        if (s == null) return null;
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "info", "information", "style" -> INFO;
            case "hint" -> HINT;
            default -> null;
        };
    }
}
