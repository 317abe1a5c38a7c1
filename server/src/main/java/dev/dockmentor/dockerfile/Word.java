package dev.dockmentor.dockerfile;

import dev.dockmentor.text.Range;

/**
 * One whitespace-separated argument: {@code raw} as written (quotes kept), {@code value}
 * with quotes and escapes removed, and its exact source range. {@code start}/{@code end}
 * index the instruction's logical text.
 */
public record Word(String raw, String value, Range range, int start, int end) {}
