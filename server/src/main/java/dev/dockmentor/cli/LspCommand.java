package dev.dockmentor.cli;

/** {@code dockmentor lsp}: the language server over stdio. */
final class LspCommand {
    private LspCommand() {}

    static int run(String[] args) throws Usage {
        for (String a : args) if (!a.equals("--stdio")) throw new Usage("lsp: unexpected argument '" + a + "'");
        throw new Usage("lsp: the language server is not part of this build yet");
    }
}
