package dev.dockmentor.compose;

import dev.dockmentor.text.Range;

/** A problem found while reading a compose file: YAML syntax, several documents, a root that is no mapping. */
public record YamlProblem(String ruleId, String path, Range range, String en, String es) {}
