package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.kb.KnowledgeBase;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.shell.PackageOp;
import dev.dockmentor.shell.Removals;
import dev.dockmentor.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What the runtime stages of a Dockerfile provide: inherited instructions, installed tools, ports, probes. */
final class RuntimeFacts {
    private static final Set<String> INSTALLERS = Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper");

    private RuntimeFacts() {}

    /** The stage and its ancestors ({@code FROM stagename}), root first. */
    static List<Stage> chain(Stage s) {
        return dev.dockmentor.context.ImageRoles.chain(s);
    }

    /** Instructions of a keyword across the chain, in build order (ONBUILD excluded). */
    static List<Instruction> inChain(Stage s, String keyword) {
        List<Instruction> out = new ArrayList<>();
        for (Stage c : chain(s)) out.addAll(c.all(keyword));
        return out;
    }

    /**
     * Whether the stage chain installs or copies in a tool such as curl or wget and leaves it there: a
     * package purged again (apt-get purge wget, apk del .fetch-deps, or the apt-mark auto '.*' ...
     * apt-get purge --auto-remove idiom of the official images) is gone from the image.
     */
    static boolean provides(DockerfileContext ctx, Stage s, String tool) {
        return scan(ctx, s, tool) == Boolean.TRUE;
    }

    /** {@link #provides}, or null when a RUN installs a list only known at build time ({@code apt-get install $PKGS}). */
    private static Boolean scan(DockerfileContext ctx, Stage s, String tool) {
        boolean present = false, unknown = false;
        java.util.Map<String, String> vars = new java.util.HashMap<>();
        for (Stage c : chain(s)) {
            for (Instruction ins : c.instructions) {
                if (ins.is("ARG") || ins.is("ENV")) {
                    for (dev.dockmentor.dockerfile.KeyValue kv : ins.keyValues) {
                        String v = kv.value() != null ? kv.value() : ins.is("ARG") ? ctx.dockerfile().globalArgDefaults.get(kv.key()) : null;
                        if (v != null) vars.put(kv.key(), dev.dockmentor.dockerfile.Variables.expand(v, vars));
                    }
                } else if (ins.is("RUN")) {
                    present = afterRun(ctx, ins, tool, present, vars);
                    if (!present && installsUnknown(ctx, ins, vars)) unknown = true;
                } else if (ins.is("COPY") || ins.is("ADD")) {
                    for (Word w : ins.words) if (w.value().endsWith("/" + tool) || w.value().equals(tool)) present = true;
                }
            }
        }
        return present ? Boolean.TRUE : unknown ? null : Boolean.FALSE;
    }

    /** The packages a word names: {@code ${RUNTIME_PACKAGES}} expanded with the ARG/ENV values known there. */
    private static List<String> names(ShellWord p, java.util.Map<String, String> vars) {
        if (p.value().indexOf('$') < 0) return List.of(p.value());
        String v = dev.dockmentor.dockerfile.Variables.expand(p.value(), vars).replace("\\", " ").strip();
        return v.isEmpty() ? List.of() : List.of(v.split("\\s+"));
    }

    private static boolean installsUnknown(DockerfileContext ctx, Instruction run, java.util.Map<String, String> vars) {
        // A script the build runs (./install.sh, scripts/setup/install, bash setup.sh) may install anything.
        for (dev.dockmentor.shell.Command c : ctx.shell(run).commands()) if (runsScript(c)) return true;
        for (PackageOp op : ctx.packageOps(run)) {
            if (!INSTALLERS.contains(op.manager()) || !op.isInstall()) continue;
            for (ShellWord p : op.packages()) for (String n : names(p, vars)) if (n.indexOf('$') >= 0) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern SYSTEM_PROGRAM = java.util.regex.Pattern.compile("/(usr/)?s?bin/[^/]+");
    private static final java.util.Set<String> SHELLS = java.util.Set.of("sh", "bash", "ash", "dash", "zsh", ".", "source");

    /** The command runs a script whose contents the Dockerfile does not show. */
    static boolean runsScript(dev.dockmentor.shell.Command c) {
        if (c.programWord() == null) return false;
        String p = c.programWord().value();
        if (p.contains("/") && !p.contains("$") && !SYSTEM_PROGRAM.matcher(p).matches()) return true;
        String name = c.program();
        if (!SHELLS.contains(name) || c.pipedIn()) return false;
        for (ShellWord w : c.args()) {
            String v = w.value();
            if (v.equals("-c")) return false; // a command string, not a file
            if (!v.startsWith("-")) return true;
        }
        return false;
    }

    /**
     * Whether the tool is installed after this RUN, given whether it was before: an install counts unless the
     * same RUN removes it again ({@link Removals}: by name, its apk virtual group, the apt-mark auto idiom); a
     * removal by name drops a tool an earlier RUN installed.
     */
    private static boolean afterRun(DockerfileContext ctx, Instruction run, String tool, boolean present,
                                    java.util.Map<String, String> vars) {
        for (PackageOp op : ctx.packageOps(run)) {
            if (!INSTALLERS.contains(op.manager())) continue;
            for (ShellWord p : op.packages()) {
                if (names(p, vars).stream().noneMatch(n -> Removals.name(n).equals(tool))) continue;
                if (op.isInstall()) present = !ctx.removedAgain(run, op, p.value());
                else if (Removals.removes(op)) present = false;
            }
        }
        return present;
    }

    /**
     * The server the final image runs (redis, postgres, php-fpm...): from the program of its CMD or
     * ENTRYPOINT, else from its base image; empty when it is not one the knowledge base knows.
     */
    static Optional<String> service(KnowledgeBase kb, Stage s) {
        for (String kw : new String[] {"CMD", "ENTRYPOINT"}) {
            List<Instruction> all = inChain(s, kw);
            if (all.isEmpty()) continue;
            Instruction last = all.get(all.size() - 1);
            List<String> words = last.execForm ? last.execArgs.stream().map(Word::value).toList()
                    : last.words.stream().map(Word::value).toList();
            int i = !words.isEmpty() && words.get(0).equals("exec") ? 1 : 0;
            if (i < words.size()) {
                String p = words.get(i);
                Optional<String> svc = kb.serviceOfProgram(p.substring(p.lastIndexOf('/') + 1));
                if (svc.isPresent()) return svc;
            }
        }
        ImageRef ref = s.root().image;
        if (ref == null || ref.hasVariables()) return Optional.empty();
        String tag = ref.tag() == null ? "" : ref.tag().toLowerCase(Locale.ROOT);
        if (ref.isOfficial() && ref.repository().equals("php") && tag.contains("fpm")) return Optional.of("php-fpm");
        return kb.database(ref).map(KnowledgeBase.Database::image);
    }

    /**
     * The service's own probe for a Dockerfile HEALTHCHECK (after {@code CMD}), from the same knowledge
     * the compose side uses: {@code ["redis-cli", "ping"]}, {@code pg_isready -U ...}. Empty when the
     * service has none, when its probe may be missing from this image (healthcheck.sh and mongosh ship
     * only in the official images), or when the image exposes another port than the one the probe uses.
     */
    static Optional<String> nativeProbe(KnowledgeBase kb, Stage s, String service, Optional<String> port) {
        KnowledgeBase.Database db = kb.databaseNamed(service).orElse(null);
        // An image of the family (valkey for redis) has its own client: its entry's probe, not the family's.
        ImageRef own = s.root().image;
        if (own != null && !own.hasVariables()) {
            KnowledgeBase.Database member = kb.database(own).filter(d -> d.image().equals(service)).orElse(null);
            if (member != null) db = member;
        }
        if (db == null || db.healthcheck() == null || db.healthcheck().size() < 2) return Optional.empty();
        if (port.isPresent() && db.port() != null && !port.get().equals(String.valueOf(db.port()))) return Optional.empty();
        List<String> hc = db.healthcheck();
        boolean shell = hc.get(0).equals("CMD-SHELL");
        // Compose escapes $ as $$; a Dockerfile HEALTHCHECK leaves $ to the shell that runs it.
        String probe = shell ? hc.get(1).replace("$$", "$") : json(hc.subList(1, hc.size()).toArray(String[]::new));
        String program = shell ? hc.get(1).split(" ", 2)[0] : hc.get(1);
        ImageRef ref = s.root().image;
        boolean official = ref != null && ref.isOfficial() && ref.repository().equals(db.image());
        if (kb.isServiceClient(program)) return Optional.of(probe);
        if (official && program.equals("mongosh")) return mongoshShips(ref.tag()) ? Optional.of(probe) : Optional.empty();
        return official ? Optional.of(probe) : Optional.empty();
    }

    /** mongosh ships in the official mongo image from 5.0 on (4.x has only the legacy mongo shell). */
    private static boolean mongoshShips(String tag) {
        if (tag == null || tag.startsWith("latest")) return true;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)").matcher(tag);
        return m.find() && Integer.parseInt(m.group(1)) >= 5;
    }

    /** Whether the image can run the tool: the base ships it or the chain installs it; empty when unknown. */
    static Optional<Boolean> has(DockerfileContext ctx, Stage s, String tool) {
        Boolean installed = scan(ctx, s, tool);
        if (installed == Boolean.TRUE) return Optional.of(true);
        Optional<boolean[]> t = ctx.kb().tools(s.root().image);
        Optional<Boolean> shipped = t.map(a -> tool.equals("curl") ? a[0] : a[1]);
        // A package list only known at build time may hold the tool: not known to be missing.
        return installed == null && shipped.equals(Optional.of(false)) ? Optional.empty() : shipped;
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
