package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.kb.KnowledgeBase;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.shell.PackageOp;
import dev.dockmentor.shell.Removals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the runtime stages of a Dockerfile provide: inherited instructions, installed tools, ports, probes. */
final class RuntimeFacts {
    private static final Set<String> INSTALLERS = Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper");

    private RuntimeFacts() {}

    /** The stage and its ancestors ({@code FROM stagename}), root first. */
    static List<Stage> chain(Stage s) {
        List<Stage> out = new ArrayList<>();
        for (Stage c = s; c != null && out.size() < 1000 && !out.contains(c); c = c.parent()) out.add(c);
        Collections.reverse(out);
        return out;
    }

    /** Instructions of a keyword across the chain, in build order (ONBUILD excluded). */
    static List<Instruction> inChain(Stage s, String keyword) {
        List<Instruction> out = new ArrayList<>();
        for (Stage c : chain(s)) out.addAll(c.all(keyword));
        return out;
    }

    /** Whether the stage chain installs or copies in a tool such as curl or wget. */
    static boolean provides(DockerfileContext ctx, Stage s, String tool) {
        for (Stage c : chain(s)) {
            for (Instruction ins : c.instructions) {
                if (ins.is("RUN")) {
                    for (PackageOp op : ctx.packageOps(ins)) {
                        if (!op.isInstall() || !INSTALLERS.contains(op.manager())) continue;
                        for (var p : op.packages()) {
                            // Installed then purged in the same RUN (apt-mark auto + --auto-remove): not there.
                            if (Removals.name(p.value()).equals(tool) && !ctx.removedAgain(ins, op, p.value())) return true;
                        }
                    }
                } else if (ins.is("COPY") || ins.is("ADD")) {
                    for (Word w : ins.words) if (w.value().endsWith("/" + tool) || w.value().equals(tool)) return true;
                }
            }
        }
        return false;
    }

    /** Whether the image can run the tool: the base ships it or the chain installs it; empty when unknown. */
    static Optional<Boolean> has(DockerfileContext ctx, Stage s, String tool) {
        if (provides(ctx, s, tool)) return Optional.of(true);
        Optional<boolean[]> t = ctx.kb().tools(s.root().image);
        return t.map(a -> tool.equals("curl") ? a[0] : a[1]);
    }

    /** The first port an EXPOSE in the chain names, if literal. */
    static Optional<String> exposedPort(Stage s) {
        for (Instruction e : inChain(s, "EXPOSE")) {
            for (Word w : e.words) {
                String v = w.value();
                int slash = v.indexOf('/');
                if (slash >= 0) v = v.substring(0, slash);
                if (v.matches("\\d{1,5}")) return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The language runtime of the root image ("python", "node"), if it is an official language image. */
    static Optional<String> runtime(KnowledgeBase kb, Stage s) {
        ImageRef ref = s.root().image;
        return kb.language(ref).map(KnowledgeBase.LanguageImage::name);
    }

    /** A HEALTHCHECK command (after {@code CMD}) that probes the URL with something the image can run. */
    static Optional<String> probe(DockerfileContext ctx, Stage s, String url, boolean allowTools) {
        if (allowTools && has(ctx, s, "curl").orElse(false)) return Optional.of("curl -fsS " + url + " || exit 1");
        if (allowTools && has(ctx, s, "wget").orElse(false)) return Optional.of("wget -qO- " + url + " || exit 1");
        String rt = runtime(ctx.kb(), s).orElse("");
        if (rt.equals("python")) {
            return Optional.of(json("python", "-c", "import urllib.request,sys; urllib.request.urlopen('" + url + "')"));
        }
        if (rt.equals("node")) {
            return Optional.of(json("node", "-e", "require('http').get('" + url
                    + "', r => process.exit(r.statusCode < 400 ? 0 : 1)).on('error', () => process.exit(1))"));
        }
        return Optional.empty();
    }

    static String json(String... parts) {
        StringBuilder sb = new StringBuilder("[");
        for (String p : parts) {
            if (sb.length() > 1) sb.append(", ");
            sb.append('"').append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append(']').toString();
    }

    /**
     * The exec (JSON) form of a shell-form command line, when it is plain words: no quotes,
     * variables, globs, redirections or operators that only a shell understands. A leading
     * {@code exec} is dropped.
     */
    static Optional<String> execForm(String shellText) {
        String t = shellText.strip();
        if (t.isEmpty() || t.matches("(?s).*[&|;$><*?'\"`\\\\()~#\\[\\]{}\\n].*")) return Optional.empty();
        List<String> words = new ArrayList<>(List.of(t.split("[ \t\r]+")));
        if (words.get(0).equals("exec")) words.remove(0);
        if (words.isEmpty() || words.get(0).contains("=")) return Optional.empty();
        return Optional.of(json(words.toArray(String[]::new)));
    }
}
