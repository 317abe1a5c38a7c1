package dev.dockmentor.config;

import java.nio.file.Path;

/** A configuration file that cannot be used; the message says exactly what and where. */
public final class ConfigException extends Exception {
    private final Path file;
    private final int line;

    public ConfigException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** Zero-based line of the problem, or -1. */
    public int line() {
        return line;
    }

    @Override
    public String getMessage() {
        return (file == null ? "" : file + (line >= 0 ? ":" + (line + 1) : "") + ": ") + super.getMessage();
    }
}
