package dev.dockmentor.dockerfile;

import dev.dockmentor.text.Range;

/** A comment line; {@code text} is what follows '#', trimmed. Comments inside continuations are kept too. */
public record Comment(String text, int line, Range range) {}
