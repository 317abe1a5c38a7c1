package dev.dockmentor.dockerfile;

import dev.dockmentor.text.Range;

/**
 * One {@code key=value} of ENV, LABEL or ARG. {@code legacy} marks the whitespace form
 * {@code ENV key value}, where the value is the whole rest of the line. For ARG the value is
 * null when there is no default.
 */
public record KeyValue(String key, String value, Range keyRange, Range valueRange, Range range, boolean legacy) {}
