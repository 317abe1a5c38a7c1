package dev.dockmentor.lsp;

import dev.dockmentor.project.FileProbe;
import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.Optional;

/** The project as the user sees it: open (possibly unsaved) buffers win over the disk. */
final class OverlayFiles implements ProjectFiles {
    private final DocumentStore store;
    private final ProjectFiles disk;

    OverlayFiles(DocumentStore store, FileProbe disk) {
        this.store = store;
        this.disk = ProjectFiles.on(disk);
    }

    @Override
    public Optional<String> read(Path path) {
        Optional<Document> open = store.byPath(path);
        if (open.isPresent()) return Optional.of(open.get().text);
        return disk.read(path);
    }

    @Override
    public boolean exists(Path path) {
        return store.byPath(path).isPresent() || disk.exists(path);
    }
}
