package dev.dockmentor.dockerfile;

import dev.dockmentor.text.Range;

/**
 * A here-document: {@code <<EOF} (or {@code <<-EOF}, which strips leading tabs, or a quoted
 * delimiter, which disables expansion). {@code body} is the text between the opener line and
 * the terminator; {@code bodyStart} is its source offset.
 */
public record Heredoc(String delimiter, boolean stripTabs, boolean quoted, Range openerRange,
                      String body, int bodyStart, Range bodyRange, boolean terminated) {}
