package dev.dockmentor.lsp;

import dev.dockmentor.rules.Finding;
import java.util.List;

/** The findings of one document version, kept so code actions and hovers replay them without re-analysis. */
record Analysis(Document doc, List<Finding> findings, String locale) {
    int version() {
        return doc.version;
    }
}
