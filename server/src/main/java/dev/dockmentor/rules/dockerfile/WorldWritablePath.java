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
        for (Instruction top : ctx.dockerfile().instructions) {
            Instruction ins = top.child != null ? top.child : top;
            if (!ins.is("RUN")) continue;
            List<Command> commands = ctx.shell(top).commands();
            String run = ins.argsText();
            for (int ci = 0; ci < commands.size(); ci++) {
                Command c = commands.get(ci);
                if (!c.program().equals("chmod")) continue;
                List<ShellWord> args = c.args();
                ShellWord mode = null;
                boolean target = false;
                for (ShellWord a : args) {
                    String v = a.value();
                    if (v.startsWith("-") && mode == null) continue;
                    if (mode == null) {
                        mode = a;
                        continue;
                    }
                    if (!SCRATCH.matcher(v).matches() && !temporary(v, run, commands.subList(ci + 1, commands.size()))) target = true;
                }
                if (mode == null || !target || !worldWritable(mode.value())) continue;
                ctx.report(mode.range(),
                        "chmod " + mode.value() + " makes these files writable by every user in the container: any compromised process can rewrite them; give ownership to the app's user instead (chown, or COPY --chown) and keep 755/644",
                        "chmod " + mode.value() + " hace que cualquier usuario del contenedor pueda escribir estos archivos: cualquier proceso comprometido puede reescribirlos; da la propiedad al usuario de la app (chown, o COPY --chown) y deja 755/644");
            }
        }
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
