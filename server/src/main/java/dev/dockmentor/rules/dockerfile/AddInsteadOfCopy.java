package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.List;
import java.util.Set;

/**
 * ADD also fetches URLs and unpacks archives, so a plain file copy with ADD hides what the line
 * does; COPY says exactly that. A URL through ADD is downloaded unverified unless --checksum is set.
 */
public final class AddInsteadOfCopy extends Rule implements DockerfileCheck {
    private static final List<String> ARCHIVES = List.of(".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2",
            ".tbz2", ".tbz", ".tar.zst");
    private static final Set<String> ADD_ONLY_FLAGS = Set.of("checksum", "keep-git-dir", "unpack");

    public AddInsteadOfCopy() {
        super(RuleMeta.of("add-instead-of-copy", Severity.INFO, "ADD used where COPY is meant").aliases("DL3020"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction top : ctx.dockerfile().instructions) {
            Instruction ins = top.child != null ? top.child : top;
            if (!ins.is("ADD") || !ins.heredocs.isEmpty()) continue;
            List<Word> args = ins.execForm ? ins.execArgs : ins.words;
            if (args.size() < 2) continue;
            List<Word> sources = args.subList(0, args.size() - 1);
            boolean allLocal = true;
            for (Word w : sources) {
                String v = w.value();
                if (isUrl(v)) {
                    allLocal = false;
                    if (ins.flag("checksum").isPresent() || isGit(v)) continue;
                    ctx.report(w.range(),
                            "ADD downloads " + v + " without verifying it: use `ADD --checksum=sha256:…` or fetch it "
                                    + "with curl and check it with sha256sum in a RUN",
                            "ADD descarga " + v + " sin verificarlo: usa `ADD --checksum=sha256:…` o descárgalo con "
                                    + "curl y compruébalo con sha256sum en un RUN");
                } else if (v.contains("$") || isArchive(v)) {
                    allLocal = false; // unknown, or an archive ADD unpacks on purpose
                }
            }
            if (!allLocal) continue;
            Report r = ctx.report(ins.keywordRange,
                    "ADD of local " + (sources.size() == 1 ? "path " + sources.get(0).value() : "paths")
                            + ": use COPY, which only copies (ADD also fetches URLs and unpacks archives)",
                    "ADD de " + (sources.size() == 1 ? "la ruta local " + sources.get(0).value() : "rutas locales")
                            + ": usa COPY, que solo copia (ADD además descarga URLs y descomprime archivos)");
            if (ins.flags.stream().noneMatch(f -> ADD_ONLY_FLAGS.contains(f.name().toLowerCase()))) {
                r.fix(Msg.of("Replace ADD with COPY", "Reemplazar ADD por COPY"), true, ctx.replace(ins.keywordRange,
                        ins.rawKeyword.equals(ins.rawKeyword.toLowerCase()) ? "copy" : "COPY"));
            }
        }
    }

    private static boolean isUrl(String v) {
        return v.matches("(?i)(https?|ftp|git)://.*") || v.matches("[\\w.-]+@[\\w.-]+:.*");
    }

    private static boolean isGit(String v) {
        return v.matches("(?i)git://.*") || v.matches("[\\w.-]+@[\\w.-]+:.*") || v.matches("(?i).*\\.git(#.*)?");
    }

    private static boolean isArchive(String v) {
        String l = v.toLowerCase();
        for (String a : ARCHIVES) if (l.endsWith(a)) return true;
        return false;
    }
}
