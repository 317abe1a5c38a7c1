package dev.dockmentor.lsp;

import dev.dockmentor.project.FileProbe;
import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

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

    /** The folder's files on disk and the open buffers in it (a new, unsaved file counts). */
    @Override
    public List<String> fileNames(Path dir, Predicate<String> wanted) {
        Set<String> names = new TreeSet<>(disk.fileNames(dir, wanted));
        Path d = dir.toAbsolutePath().normalize();
        for (Document doc : store.all()) {
            Path p = doc.path;
            if (p != null && d.equals(p.getParent()) && wanted.test(p.getFileName().toString())) names.add(p.getFileName().toString());
        }
        return List.copyOf(names);
    }
}
