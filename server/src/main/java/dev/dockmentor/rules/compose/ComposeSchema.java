package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.ComposeSpec;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** The file breaks the Compose Specification's structure: docker compose refuses it, often with a vaguer message. */
public final class ComposeSchema extends Rule implements ComposeCheck {
    public ComposeSchema() {
        super(RuleMeta.of("compose-schema", Severity.ERROR, "Not valid per the Compose Specification").kinds(FileKind.COMPOSE));
    }

    @Override
    public void check(ComposeContext ctx) {
        Map<YNode, Set<String>> siblings = null;
        Set<YNode> v1Services = v1Services(ctx.file().root);
        if (!v1Services.isEmpty()) {
            // The Compose v1 format: services at the top level. One cause, said once, not once per service.
            YNode first = v1Services.iterator().next();
            ctx.report(first, "This is the Compose v1 file format (services at the top level, no 'services:' key), which docker compose "
                            + "no longer reads: move the services under 'services:'",
                    "Es el formato v1 de Compose (servicios en el nivel superior, sin clave 'services:'), que docker compose ya no lee: "
                            + "pon los servicios bajo 'services:'");
        }
        for (ComposeSpec.Issue i : ComposeSpec.validate(ctx.file().root, ctx.model().env)) {
            if (v1Services.contains(i.node())) continue;
            if (i.unknownKey() == null) {
                String placeholder = bracketedPlaceholder(ctx, i.node());
                if (placeholder != null) {
                    // [censored], [your domain]: a template's blanks, which YAML reads as lists. One cause, said once.
                    if (ctx.once("bracketed-placeholder")) {
                        ctx.report(i.node(), "'" + placeholder + "' is a YAML list, not text: a placeholder to fill in? docker compose refuses "
                                        + "the file until every bracketed value is replaced (or quoted, if it is meant literally)",
                                "'" + placeholder + "' es una lista YAML, no texto: ¿un hueco por rellenar? docker compose rechaza el archivo "
                                        + "hasta que se sustituya cada valor entre corchetes (o se entrecomille, si va literal)");
                    }
                    continue;
                }
                ctx.report(i.node(), i.en(), i.es());
                continue;
            }
            // Only keys the mapping does not have yet: renaming 'ser+ices' to 'services' beside an existing
            // 'services' made a duplicate key (fuzzing).
            if (siblings == null) siblings = keysBesideEachKey(ctx);
            Set<String> taken = siblings.getOrDefault(i.node(), Set.of());
            var guess = Suggest.closest(i.unknownKey(), i.candidates(), c -> !taken.contains(c), ctx.suggestions());
            Report r = ctx.report(i.node(), i.en() + guess.map(g -> ": did you mean '" + g + "'?").orElse(""),
                    i.es() + guess.map(g -> ": ¿quisiste decir '" + g + "'?").orElse(""));
            guess.ifPresent(g -> r.fix(Msg.of("Change to '" + g + "'", "Cambiar a '" + g + "'"), false, ctx.replace(i.node(), g)));
        }
    }

    /** The top-level keys of a file with no {@code services:} whose values say what to run (image, build): v1 services. */
    private static Set<YNode> v1Services(YNode root) {
        Set<YNode> out = new java.util.LinkedHashSet<>();
        if (root == null || !root.isMap() || root.has("services")) return out;
        for (YNode.Entry e : root.entries) {
            YNode v = e.value();
            if (v != null && v.isMap() && (v.has("image") || v.has("build"))) out.add(e.key());
        }
        return out;
    }

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\[[^\\]\\[,:{}]*[A-Za-z][^\\]\\[,:{}]*]");

    /** The text of a one-item flow list written as a bracketed word or phrase ({@code [censored]}), or null. */
    private static String bracketedPlaceholder(ComposeContext ctx, YNode n) {
        if (n == null || !n.isSeq() || n.items.size() != 1 || !n.items.get(0).isScalar() || n.range.start().line() != n.range.end().line()) return null;
        int line = n.range.start().line();
        String text = ctx.file().lines.lineText(line);
        int from = n.range.start().character(), to = Math.min(text.length(), n.range.end().character());
        if (from < 0 || from >= to) return null;
        String written = text.substring(from, to).strip();
        return BRACKETED.matcher(written).matches() ? written : null;
    }

    /** Each key node to the names of its mapping's keys, built once: per unknown key it was quadratic. */
    private static Map<YNode, Set<String>> keysBesideEachKey(ComposeContext ctx) {
        Map<YNode, Set<String>> out = new IdentityHashMap<>();
        for (YNode n : ctx.file().allNodes()) {
            if (!n.isMap()) continue;
            Set<String> names = new HashSet<>();
            for (YNode.Entry e : n.entries) if (e.name() != null) names.add(e.name());
            for (YNode.Entry e : n.entries) out.putIfAbsent(e.key(), names);
        }
        return out;
    }
}
