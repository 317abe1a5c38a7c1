package dev.dockmentor.shell;

import dev.dockmentor.text.Range;

/** A shell word: {@code raw} as written, {@code value} unquoted, with its source range. */
public record ShellWord(String raw, String value, Range range) {
    public boolean isOption() {
        return value.startsWith("-") && value.length() > 1;
    }
}
