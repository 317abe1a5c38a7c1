package dev.dockmentor.dockerfile;

import dev.dockmentor.text.Range;

/**
 * A variable reference the builder expands: {@code $NAME}, {@code ${NAME}} or
 * {@code ${NAME<op>word}} where op is one of {@code :- - :+ + :? ?}.
 */
public record VarRef(String name, String operator, String word, Range range, Range nameRange) {
    public boolean hasDefault() {
        return operator != null && (operator.endsWith("-") || operator.endsWith("+"));
    }
}
