package dev.dockmentor.rules;

import dev.dockmentor.text.TextEdit;
import java.util.List;

/**
 * A fix carried by a finding: the exact edits the quick fix applies. {@code safe} fixes keep
 * behaviour and are applied by "fix all"; the others change what the image does and need a look.
 */
public record Fix(Msg title, List<TextEdit> edits, boolean safe) {}
