package dev.dockmentor.cli;

/** A command-line mistake: printed as one line, exit status 2. */
final class Usage extends Exception {
    Usage(String message) {
        super(message);
    }
}
