package dev.dockmentor.rules;

import java.util.Locale;

/** recommended is on by default; strict adds hardening and pinning a team opts into. */
public enum Profile {
    RECOMMENDED, STRICT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Profile parse(String s) {
        if (s == null) return null;
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "recommended" -> RECOMMENDED;
            case "strict" -> STRICT;
            default -> null;
        };
    }
}
