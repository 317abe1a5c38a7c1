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

    static Hover hover(Analysis a, Position pos, ProjectFiles files) {
        StringBuilder md = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : a.findings()) {
            if (!f.range().contains(pos) || !seen.add(f.ruleId())) continue;
            if (md.length() > 0) md.append("\n---\n\n");
            Optional<RulePage> page = RuleDocs.page(f.ruleId(), a.locale());
            md.append("*").append(f.message().get(a.locale())).append("*\n\n");
            if (page.isPresent()) md.append(RuleDocs.hoverMarkdown(page.get(), f.severity().label()));
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
