package dev.dockmentor.project;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What paths name on disk: a file, a folder or nothing, asked folder by folder (a caller looking for
 * several names in one folder asks that folder once). {@link #DISK} asks the file system every time.
 */
public interface FileProbe {
    enum Kind { NONE, FILE, DIRECTORY }

    /** The entries of one folder, as they are now. */
    interface Folder {
        Kind kind(String name);
    }

    Folder folder(Path dir);

    default Kind kind(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (abs.getParent() == null || abs.getFileName() == null) return diskKind(abs);
        return folder(abs.getParent()).kind(abs.getFileName().toString());
    }

    default boolean isFile(Path path) {
        return kind(path) == Kind.FILE;
    }

    default boolean isDirectory(Path path) {
        return kind(path) == Kind.DIRECTORY;
    }

    default boolean exists(Path path) {
        return kind(path) != Kind.NONE;
    }

    FileProbe DISK = dir -> name -> diskKind(dir.resolve(name));

    /** Absent paths, the usual answer, cost one access(2) and no exception (JDK 17's isRegularFile throws one). */
    static Kind diskKind(Path path) {
        if (!Files.exists(path)) return Kind.NONE;
        return Files.isRegularFile(path) ? Kind.FILE : Files.isDirectory(path) ? Kind.DIRECTORY : Kind.NONE;
    }
}
