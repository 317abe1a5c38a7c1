package dev.dockmentor.rules;

import dev.dockmentor.text.Range;

/** Evidence written elsewhere (another file or place), shown as LSP related information. */
public record Related(String path, Range range, Msg message) {}
