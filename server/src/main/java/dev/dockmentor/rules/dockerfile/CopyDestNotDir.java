package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Position;
import java.util.List;

/**
 * {@code COPY a.json b.json /app}: with several sources the destination must be a directory
 * written with a trailing {@code /}; otherwise the classic builder fails, and BuildKit may write a
 * single file named like the destination. {@code .} fails the classic builder only: a warning, and
 * info when the file needs BuildKit anyway.
 */
public final class CopyDestNotDir extends Rule implements DockerfileCheck {
    public CopyDestNotDir() {
        super(RuleMeta.of("copy-dest-not-dir", Severity.ERROR, "Several sources copied to a destination without a trailing /")
                .aliases("DL3021"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructions) {
            Instruction e = ins.child != null ? ins.child : ins;
            if (!e.is("COPY") && !e.is("ADD")) continue;
            List<Word> args = e.execForm ? e.execArgs : e.words;
            if (args.size() < 3) continue;
            Word dest = args.get(args.size() - 1);
            String d = dest.value();
            if (d.endsWith("/") || d.endsWith("\\") || d.contains("$") || d.startsWith("<<")) continue;
            int n = args.size() - 1;
            boolean quoted = dest.raw().length() >= 2 && (dest.raw().endsWith("\"") || dest.raw().endsWith("'"));
            Position end = dest.range().end();
            Position at = quoted ? new Position(end.line(), end.character() - 1) : end;
            Msg title = Msg.of("Change to " + d + "/", "Cambiar a " + d + "/");
            if (d.equals(".") || d.equals("./")) {
                // BuildKit (the default builder since Docker 23) reads '.' as the working directory: only the classic
                // builder fails, and not at all for a file that needs BuildKit anyway.
                boolean buildKit = ctx.dockerfile().needsBuildKit();
                ctx.report(dest.range(), e.keyword + " copies " + n + " sources into '.', which does not end with /: BuildKit accepts it, "
                                        + (buildKit ? "and this file needs BuildKit anyway; './' says it for every reader"
                                                : "the classic builder (DOCKER_BUILDKIT=0) fails"),
                                e.keyword + " copia " + n + " orígenes en '.', que no termina en /: BuildKit lo acepta, "
                                        + (buildKit ? "y este archivo necesita BuildKit de todos modos; './' lo dice a cualquier lector"
                                                : "el builder clásico (DOCKER_BUILDKIT=0) falla"))
                        .severity(buildKit ? Severity.INFO : Severity.WARNING)
                        .fix(title, true, ctx.insert(at, "/"));
                continue;
            }
            if (d.startsWith("/") && madeEarlier(ctx, e, d)) {
                // BuildKit copies into a folder that already exists; only the classic builder rejects the missing '/'.
                boolean buildKit = ctx.dockerfile().needsBuildKit();
                ctx.report(dest.range(), e.keyword + " copies " + n + " sources into '" + d + "', which does not end with /: the folder exists by "
                                        + "then, so BuildKit copies into it, "
                                        + (buildKit ? "and this file needs BuildKit anyway; '" + d + "/' says it for every reader"
                                                : "but the classic builder (DOCKER_BUILDKIT=0) fails"),
                                e.keyword + " copia " + n + " orígenes en '" + d + "', que no termina en /: la carpeta ya existe entonces, así que "
                                        + "BuildKit copia dentro, "
                                        + (buildKit ? "y este archivo necesita BuildKit de todos modos; '" + d + "/' lo dice a cualquier lector"
                                                : "pero el builder clásico (DOCKER_BUILDKIT=0) falla"))
                        .severity(buildKit ? Severity.INFO : Severity.WARNING)
                        .fix(title, true, ctx.insert(at, "/"));
                continue;
            }
            ctx.report(dest.range(), e.keyword + " copies " + n + " sources into '" + d + "', which does not end with /: the destination must be a directory",
                            e.keyword + " copia " + n + " orígenes en '" + d + "', que no termina en /: el destino debe ser un directorio")
                    .fix(title, true, ctx.insert(at, "/"));
        }
    }

    /** Whether an earlier instruction of the stage (or a stage it derives from) made {@code dir} a folder. */
    private static boolean madeEarlier(DockerfileContext ctx, Instruction copy, String dir) {
        String d = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        dev.dockmentor.dockerfile.Stage stage = ctx.dockerfile().stageOf(copy);
        if (stage == null) return false;
        for (dev.dockmentor.dockerfile.Stage st : dev.dockmentor.context.ImageRoles.chain(stage)) {
            for (Instruction i : st.instructions) {
                if (i == copy || i.child == copy) return false;
                Instruction x = i.child != null ? i.child : i;
                if (x.is("WORKDIR")) {
                    String w = x.argsText().strip();
                    if (w.equals(d) || w.equals(d + "/") || w.startsWith(d + "/")) return true;
                } else if (x.is("COPY") || x.is("ADD")) {
                    List<Word> a = x.execForm ? x.execArgs : x.words;
                    if (a.size() >= 2 && a.get(a.size() - 1).value().startsWith(d + "/")) return true;
                } else if (x.is("RUN")) {
                    for (dev.dockmentor.shell.Command c : ctx.shell(x).commands()) {
                        if (!c.program().equals("mkdir")) continue;
                        for (dev.dockmentor.shell.ShellWord w : c.args()) if (w.value().equals(d) || w.value().startsWith(d + "/")) return true;
                    }
                }
            }
        }
        return false;
    }
}
