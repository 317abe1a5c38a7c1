package dev.dockmentor.dockerfile;

import dev.dockmentor.text.Range;

/** Something the parser could not make sense of; reported under the rule id given. */
public record Problem(String ruleId, Range range, String message, String messageEs) {}
