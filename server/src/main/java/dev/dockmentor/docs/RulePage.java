package dev.dockmentor.docs;

import java.util.List;

/**
 * A rule's documentation page, split into its fixed sections. {@code before}/{@code after} are
 * the first fenced code blocks of those sections; {@code fence} their language (dockerfile, yaml).
 */
public record RulePage(String id, String locale, String title, String markdown, String what, String why,
                       String impact, String before, String after, String fence, String silence) {
    public static final List<String> EN_HEADINGS = List.of("What is wrong", "Why it matters", "Impact", "Before", "After", "How to silence");
    public static final List<String> ES_HEADINGS = List.of("Qué está mal", "Por qué importa", "Impacto", "Antes", "Después", "Cómo silenciarla");
}
