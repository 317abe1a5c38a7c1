package dev.dockmentor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one place dockmentor writes a file: {@code check --fix} replacing a file with its fixed text. The new text is
 * written beside the file and moved over it in one step (an interrupted run leaves the old file or the new one,
 * never half of either), with the old file's permissions, and only when the file still holds the bytes the fixes were
 * computed from: a file someone changed meanwhile is left as it is.
 */
final class AtomicWrite {
    private AtomicWrite() {}

    /** False when the file changed since {@code expected} was read (nothing is written then). */
    static boolean replace(Path file, byte[] expected, byte[] text) throws IOException {
        Path target = file.toRealPath(); // through a symbolic link: the link stays, the file it names is replaced
        if (!java.util.Arrays.equals(Files.readAllBytes(target), expected)) return false;
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".dockmentor-tmp");
        try {
            Files.write(tmp, text);
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system: the default permissions stay
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
