package dev.dockmentor.lsp;

import dev.dockmentor.compose.ComposeProject;
import dev.dockmentor.rules.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The findings of one document version, kept so code actions and hovers replay them without re-analysis,
 * and the other files the analysis read (a compose file's Dockerfiles, override, .env): when one of
 * them changes, the document is analysed again. A compose file's analysis also keeps the project it loaded
 * (null otherwise): completion, definition and hover on the same snapshot read it instead of loading it again.
 */
record Analysis(Document doc, List<Finding> findings, String locale, Set<Path> dependencies, ComposeProject project) {
    Analysis(Document doc, List<Finding> findings, String locale) {
        this(doc, findings, locale, Set.of(), null);
    }

    int version() {
        return doc.version;
    }
}
