package dev.dockmentor.rules;

import java.util.Locale;

public enum FileKind {
    DOCKERFILE, COMPOSE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
