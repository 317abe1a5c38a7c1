package dev.dockmentor.cli;

import dev.dockmentor.ide.Formatting;
import dev.dockmentor.project.FileClassifier;
import dev.dockmentor.rules.FileKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dockmentor format}: the editor's Dockerfile formatting ({@link Formatting}) for CI and pre-commit. Rewrites
 * each Dockerfile in place (atomically; a file changed meanwhile is left alone), or with {@code --check} / {@code --diff}
 * writes nothing and exits 1 when a file would change. Compose files are not formatted (comments, anchors and quoting
 * would not survive byte for byte), so a folder walk passes over them.
 */
final class FormatCommand {
    private final PrintStream out;
    private final PrintStream err;
    private java.io.InputStream stdin = System.in;

    FormatCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    FormatCommand stdin(java.io.InputStream in) {
        this.stdin = in;
        return this;
    }

    int run(String[] args) throws Usage {
        boolean check = false, diff = false;
        List<String> paths = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "--check" -> check = true;
                case "--diff" -> diff = true;
                default -> {
                    if (a.startsWith("--")) throw new Usage("format: unknown option " + a + " (try: dockmentor format --help)");
                    paths.add(a);
                }
            }
        }
        if (paths.contains("-")) {
            if (paths.size() > 1) throw new Usage("format: '-' (standard input) cannot be combined with other paths");
            try {
                String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
                String formatted = Formatting.format(text, Formatting.Options.DEFAULT);
                if (check || diff) {
                    if (diff && !formatted.equals(text)) out.print(UnifiedDiff.of("-", text, formatted));
                    return formatted.equals(text) ? 0 : 1;
                }
                out.print(formatted);
                return 0;
            } catch (IOException e) {
                throw new Usage("cannot read standard input: " + e.getMessage());
            }
        }
        if (paths.isEmpty()) paths.add(".");
        List<Path> files = new ArrayList<>();
        CheckCommand walker = new CheckCommand(out, err);
        for (String p : paths) {
            Path path = Path.of(p);
            if (!Files.exists(path)) throw new Usage("no such file or folder: " + p);
            if (Files.isDirectory(path)) {
                files.addAll(walker.dockerfilesUnder(path));
            } else if (FileClassifier.classify(path.getFileName().toString()).orElse(null) == FileKind.DOCKERFILE) {
                files.add(path);
            } else {
                throw new Usage("format: " + p + " is not a Dockerfile (compose files are not formatted)");
            }
        }
        int changed = 0, skipped = 0;
        for (Path f : files) {
            byte[] bytes;
            try {
                if (Files.size(f) > CheckCommand.MAX_FILE_BYTES) {
                    err.println("dockmentor: skipping " + f + ": larger than " + CheckCommand.MAX_FILE_BYTES / (1024 * 1024) + " MiB");
                    continue;
                }
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new Usage("cannot read " + f + ": " + e.getMessage());
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            // Bytes that are not UTF-8 would not come back the same: such a file is left alone.
            if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) continue;
            String formatted = Formatting.format(text, Formatting.Options.DEFAULT);
            if (formatted.equals(text)) continue;
            changed++;
            if (diff) out.print(UnifiedDiff.of(f.toString(), text, formatted));
            else if (check) out.println("would reformat " + f);
            else {
                try {
                    if (AtomicWrite.replace(f, bytes, formatted.getBytes(StandardCharsets.UTF_8))) out.println("formatted " + f);
                    else {
                        skipped++;
                        err.println("dockmentor: " + f + " changed while it was formatted: left as it is");
                    }
                } catch (IOException e) {
                    throw new Usage("cannot write " + f + ": " + e.getMessage());
                }
            }
        }
        if (check || diff) {
            if (changed == 0) out.println(files.size() + " Dockerfile" + (files.size() == 1 ? "" : "s") + " already formatted");
            return changed == 0 ? 0 : 1;
        }
        out.println(changed - skipped + " formatted, " + (files.size() - changed) + " already formatted");
        return skipped > 0 ? 1 : 0;
    }
}
