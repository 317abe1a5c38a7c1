package dev.dockmentor.dockerfile;

import dev.dockmentor.text.Range;

/** {@code --name=value} or a bare {@code --name}; {@code value} is null when no '=' was written. */
public record Flag(String name, String value, Range range, Range nameRange, Range valueRange) {
    public boolean hasValue() {
        return value != null;
    }
}
