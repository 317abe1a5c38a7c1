package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.Command;
import dev.dockmentor.shell.ShellWord;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code chmod -R 777 /app} (or {@code o+w}) makes the application or system files writable by every user in the
 * container: one compromised process, whatever its user, can rewrite the code the others run.
 */
public final class WorldWritablePath extends Rule implements DockerfileCheck {
    /** Shared scratch folders are world-writable by design (with the sticky bit). */
    private static final Pattern SCRATCH = Pattern.compile("/(?:tmp|var/tmp|dev/shm|run/lock)(?:/.*)?");

    public WorldWritablePath() {
        super(RuleMeta.of("world-writable-path", Severity.WARNING, "chmod makes files writable by every user").productionAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        dev.dockmentor.dockerfile.Stage fin = ctx.shippedStage().orElse(null);
        if (fin == null) return;
        java.util.Set<dev.dockmentor.dockerfile.Stage> shipped = new java.util.HashSet<>(dev.dockmentor.context.ImageRoles.chain(fin));
        java.util.Set<String> volumes = volumes(shipped);
        for (Instruction top : ctx.dockerfile().instructions) {
            Instruction ins = top.child != null ? top.child : top;
            if (!ins.is("RUN")) continue;
            dev.dockmentor.dockerfile.Stage stage = ctx.dockerfile().stageOf(top);
            // A builder stage's permissions reach the image only through what the shipped stages copy from it.
            List<String> copiedOut = stage == null || shipped.contains(stage) ? null : copiedFrom(ctx.dockerfile(), stage, shipped);
            if (copiedOut != null && copiedOut.isEmpty()) continue;
            List<Command> commands = ctx.shell(top).commands();
            String run = ins.argsText();
            for (int ci = 0; ci < commands.size(); ci++) {
                Command c = commands.get(ci);
                if (!c.program().equals("chmod")) continue;
                List<ShellWord> args = c.args();
                ShellWord mode = null;
                boolean target = false, code = false;
                for (ShellWord a : args) {
                    String v = a.value();
                    if (v.startsWith("-") && mode == null) continue;
                    if (mode == null) {
                        mode = a;
                        continue;
                    }
                    if (SCRATCH.matcher(v).matches() || temporary(v, run, commands.subList(ci + 1, commands.size()))) continue;
                    if (copiedOut != null && copiedOut.stream().noneMatch(src -> overlaps(src, v))) continue;
                    target = true;
                    if (!dataDir(v, volumes)) code = true;
                }
                if (mode == null || !target || !worldWritable(mode.value())) continue;
                if (!code) {
                    // Data, log and cache folders opened to any user: the arbitrary-UID idiom (OpenShift, --user) that
                    // group 0 serves as well without giving every other user write access.
                    ctx.report(mode.range(),
                            "chmod " + mode.value() + " opens these data folders to every user: if the container runs under an arbitrary UID, "
                                    + "chgrp 0 plus chmod g+rwX serves it without letting any other process write there",
                            "chmod " + mode.value() + " abre estas carpetas de datos a cualquier usuario: si el contenedor se ejecuta con un UID "
                                    + "arbitrario, chgrp 0 y chmod g+rwX le bastan sin dejar escribir a cualquier otro proceso")
                            .severity(dev.dockmentor.rules.Severity.INFO);
                    continue;
                }
                ctx.report(mode.range(),
                        "chmod " + mode.value() + " makes these files writable by every user in the container: any compromised process can rewrite them; give ownership to the app's user instead (chown, or COPY --chown) and keep 755/644",
                        "chmod " + mode.value() + " hace que cualquier usuario del contenedor pueda escribir estos archivos: cualquier proceso comprometido puede reescribirlos; da la propiedad al usuario de la app (chown, o COPY --chown) y deja 755/644");
            }
        }
    }

    /** Folders whose job is to hold what the running app writes: data, logs, caches, uploads, runtime files. */
    private static final Pattern DATA_DIR = Pattern.compile("(?:/data|/srv/data|/var/log|/var/run|/run|/var/cache|/var/lib/[^/]+|/var/spool"
            + "|/home/[^/]+/\\.cache|/root/\\.cache)(?:/.*)?|.*/(?:data|logs?|cache|\\.cache|uploads|storage|run|tmp|temp|sessions)/?");

    /** A data folder: the image declares it a VOLUME (or lies under one), or its name or place says so. */
    private static boolean dataDir(String path, java.util.Set<String> volumes) {
        String p = trimSlash(path);
        for (String v : volumes) if (p.equals(v) || p.startsWith(v + "/")) return true;
        return DATA_DIR.matcher(p).matches();
    }

    private static java.util.Set<String> volumes(java.util.Set<dev.dockmentor.dockerfile.Stage> stages) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (var st : stages) for (Instruction i : st.all("VOLUME")) {
            List<dev.dockmentor.dockerfile.Word> w = i.execForm ? i.execArgs : i.words;
            for (var x : w) if (x.value().startsWith("/")) out.add(trimSlash(x.value()));
        }
        return out;
    }

    /** The source paths the shipped stages copy out of {@code builder} ({@code COPY --from=builder /app /app}). */
    private static List<String> copiedFrom(dev.dockmentor.dockerfile.Dockerfile df, dev.dockmentor.dockerfile.Stage builder,
            java.util.Set<dev.dockmentor.dockerfile.Stage> shipped) {
        List<String> out = new java.util.ArrayList<>();
        for (var st : shipped) for (Instruction i : st.instructions) {
            if (!i.is("COPY") && !i.is("ADD")) continue;
            var from = i.flag("from");
            if (from.isEmpty() || from.get().value() == null) continue;
            var src = df.stageRef(from.get().value());
            if (src.isEmpty() || src.get() != builder) continue;
            List<dev.dockmentor.dockerfile.Word> w = i.execForm ? i.execArgs : i.words;
            for (int k = 0; k < w.size() - 1; k++) out.add(w.get(k).value());
        }
        return out;
    }

    /** {@code /data/} → {@code /data}; {@code /} stays. */
    private static String trimSlash(String path) {
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }

    private static boolean overlaps(String copied, String chmodded) {
        String a = trimSlash(copied), b = trimSlash(chmodded);
        return a.equals(b) || b.startsWith(a + "/") || a.startsWith(b + "/") || a.contains("*") || a.contains("$");
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    /**
     * A path that never reaches the image: a {@code mktemp} folder ({@code tempDir="$(mktemp -d)"}), or one a later
     * {@code rm -r} of the same RUN removes (a build-time scratch folder for an unprivileged build step).
     */
    private static boolean temporary(String path, String run, List<Command> later) {
        java.util.regex.Matcher m = VARIABLE.matcher(path);
        if (m.matches() && Pattern.compile("(?:^|[\\s;&|(])" + m.group(1) + "=\"?\\$\\(\\s*mktemp\\b").matcher(run).find()) return true;
        for (Command c : later) {
            if (!c.program().equals("rm")) continue;
            boolean recursive = false;
            for (ShellWord a : c.args()) if (a.value().startsWith("-") && (a.value().contains("r") || a.value().contains("R"))) recursive = true;
            if (!recursive) continue;
            for (ShellWord a : c.args()) if (a.value().equals(path)) return true;
        }
        return false;
    }

    static boolean worldWritable(String mode) {
        // The sticky bit (1777, +t) is the shared-folder idiom: others may add files but not rewrite or remove theirs.
        if (mode.matches("[1357][0-7]{3}") || mode.contains("t")) return false;
        if (mode.matches("[0-7]{3,4}")) {
            int others = mode.charAt(mode.length() - 1) - '0';
            return (others & 2) != 0;
        }
        for (String part : mode.split(",")) {
            int op = Math.max(part.indexOf('+'), part.indexOf('='));
            if (op < 0) continue;
            String who = part.substring(0, op);
            String what = part.substring(op + 1);
            if ((who.isEmpty() || who.contains("a") || who.contains("o")) && what.contains("w")) return true;
        }
        return false;
    }
}
