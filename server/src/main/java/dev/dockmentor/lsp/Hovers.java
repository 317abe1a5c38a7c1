package dev.dockmentor.lsp;

import dev.dockmentor.docs.RuleDocs;
import dev.dockmentor.docs.RulePage;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.text.Position;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/** Hovers that teach: the rule page on a diagnostic, what the knowledge base knows on a base image, what a compose key does. */
final class Hovers {
    private Hovers() {}

    /**
     * The way to the whole page: a command link where the client runs one (VS Code's extension registers
     * {@code dockmentor.explainRule}), else the command any client or terminal can run.
     */
    static String more(String id, String locale, boolean commandLinks) {
        boolean es = locale != null && locale.startsWith("es");
        if (commandLinks) {
            String arg = java.net.URLEncoder.encode("[\"" + id + "\"]", java.nio.charset.StandardCharsets.UTF_8);
            return "[" + (es ? "Ver la página completa de la regla" : "Open the rule's full page") + "](command:dockmentor.explainRule?" + arg + ")";
        }
        return (es ? "Página completa: `dockmentor explain " + id + " --locale es`" : "Full page: `dockmentor explain " + id + "`");
    }

    static Hover hover(Analysis a, Position pos, ProjectFiles files) {
        return hover(a, pos, files, false);
    }

    static Hover hover(Analysis a, Position pos, ProjectFiles files, boolean commandLinks) {
        StringBuilder md = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : a.findings()) {
            if (!f.range().contains(pos) || !seen.add(f.ruleId())) continue;
            if (md.length() > 0) md.append("\n---\n\n");
            Optional<RulePage> page = RuleDocs.page(f.ruleId(), a.locale());
            // The editor shows the message itself: the hover teaches why, what it costs and what the fix does.
            String fix = f.fixes().isEmpty() ? null : f.fixes().get(0).title().get(a.locale());
            if (page.isPresent()) md.append(RuleDocs.lesson(page.get(), f.severity().label(a.locale()), fix, more(f.ruleId(), a.locale(), commandLinks)));
            else md.append("**").append(f.ruleId()).append("**\n");
        }
        String image = a.doc().kind == FileKind.COMPOSE ? ComposeNav.hover(a.doc(), () -> ComposeNav.project(a.doc(), a, files), pos, a.locale())
                : ImageFacts.markdown(a.doc(), pos, a.locale());
        if (image != null) {
            if (md.length() > 0) md.append("\n---\n\n");
            md.append(image);
        }
        if (md.length() == 0) return null;
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString()));
    }
}
