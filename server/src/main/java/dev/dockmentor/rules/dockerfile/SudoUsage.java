package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.Command;
import dev.dockmentor.shell.ShellWord;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * sudo in an image means a sudoers entry that lets anyone who gets a shell as the app user become root. What to
 * say depends on who runs the RUN: as root sudo is useless (warning); as another user, USER root … USER app does
 * the same without shipping sudo (info); when the user is unknown we cannot claim either (info). An image that
 * grants sudo on purpose (NOPASSWD sudoers line, sudo/wheel group) is a development workspace (info).
 */
public final class SudoUsage extends Rule implements DockerfileCheck {
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");
    private static final Pattern SUDO = Pattern.compile("(?:.*/)?sudo");
    private static final Set<String> VALUE_OPTIONS = Set.of("-u", "-g", "-C", "-p", "-U", "-r", "-t", "-D", "-h");
    private static final Set<String> ADMIN_GROUPS = Set.of("sudo", "wheel");

    public SudoUsage() {
        super(RuleMeta.of("sudo-usage", Severity.WARNING, "sudo used in RUN").aliases("DL3004").productionAdvice());
    }

    /** One sudo call: the word, the index of the command it runs, and the user it steps down to (null: root). */
    private record Call(ShellWord sudo, List<ShellWord> words, int next, String asUser) {}

    /** Who a RUN runs as: ROOT, a named non-root user, or UNKNOWN (an external image we know nothing about). */
    private static final String ROOT = "root";
    private static final String UNKNOWN = null;

    @Override
    public void check(DockerfileContext ctx) {
        Map<Stage, String> endUser = new HashMap<>();
        for (Stage s : ctx.dockerfile().stages) {
            // A stage FROM an earlier stage inherits its user; an external image starts as its own default user.
            // FROM ${base}: a build argument may name any image, whatever its default says.
            boolean variable = s.imageWord != null && s.imageWord.value().contains("$");
            String user = s.parent() != null ? endUser.get(s.parent())
                    : !variable && ctx.kb().startsAsRoot(s.image) ? ROOT : UNKNOWN;
            boolean workspace = grantsSudo(ctx, s);
            List<Instruction> onbuild = new ArrayList<>();
            for (Instruction ins : s.instructions) {
                if (ins.is("USER")) user = userOf(ins);
                else if (ins.is("RUN")) check(ctx, ins, ins, user, workspace);
                else if (ins.child != null && ins.child.is("RUN")) onbuild.add(ins);
            }
            endUser.put(s, user);
            // ONBUILD RUN runs in the child build, right after its FROM: as the user this stage ends with.
            for (Instruction ins : onbuild) check(ctx, ins, ins.child, user, workspace);
        }
    }

    private void check(DockerfileContext ctx, Instruction ins, Instruction run, String user, boolean workspace) {
        List<Call> calls = calls(ctx, ins);
        if (calls.isEmpty()) return;
        // One finding per RUN, on its first sudo: the advice is about the step, not each call.
        ShellWord at = calls.get(0).sudo();
        String times = calls.size() > 1 ? " (" + calls.size() + "×)" : "";
        if (workspace) {
            ctx.report(at.range(),
                    "sudo in RUN" + times + ": this image grants sudo on purpose (a NOPASSWD sudoers entry or the sudo/wheel group), "
                            + "like a development workspace; fine there, but do not ship it as a production image",
                    "sudo en RUN" + times + ": esta imagen concede sudo a propósito (una entrada NOPASSWD en sudoers o el grupo sudo/wheel), "
                            + "como un espacio de trabajo de desarrollo; ahí está bien, pero no la uses como imagen de producción")
                    .severity(Severity.INFO);
            return;
        }
        String down = stepDownUser(calls);
        if (user == UNKNOWN) {
            ctx.report(at.range(),
                    "sudo in RUN" + times + ": the base image's user is not known here; if this step runs as another user, "
                            + "write USER root before it (and switch back after) instead of shipping sudo, which gives whoever "
                            + "compromises the app a way to root",
                    "sudo en RUN" + times + ": aquí no se sabe con qué usuario arranca la imagen base; si este paso se ejecuta con otro usuario, "
                            + "escribe USER root antes (y vuelve después) en lugar de incluir sudo, que da a quien comprometa la app un camino hacia root")
                    .severity(Severity.INFO);
            return;
        }
        if (!user.equals(ROOT)) {
            String to = down != null ? down : "root";
            ctx.report(at.range(),
                    "sudo in RUN" + times + ": this RUN runs as " + user + ": write USER " + to + " before it (and USER " + user
                            + " after) instead of shipping sudo, which gives whoever compromises the app a way to root",
                    "sudo en RUN" + times + ": este RUN se ejecuta como " + user + ": escribe USER " + to + " antes (y USER " + user
                            + " después) en lugar de incluir sudo, que da a quien comprometa la app un camino hacia root")
                    .severity(Severity.INFO);
            return;
        }
        if (down != null) {
            // sudo -u app cmd steps down, it does not step up: USER says that without sudo in the image.
            ctx.report(at.range(),
                    "sudo -u " + down + " in RUN: write USER " + down + " before this step (and USER root after it "
                            + "if later steps need root); keeping sudo in the image gives whoever compromises the app a way to root",
                    "sudo -u " + down + " en RUN: escribe USER " + down + " antes de este paso (y USER root después "
                            + "si los siguientes necesitan root); dejar sudo en la imagen da a quien comprometa la app un camino hacia root");
            return;
        }
        Report r = ctx.report(at.range(),
                "sudo in RUN" + times + ": this step runs as root already (switch with USER root … USER app), and keeping "
                        + "sudo in the image gives whoever compromises the app a way to root",
                "sudo en RUN" + times + ": este paso ya se ejecuta como root (cambia con USER root … USER app), y "
                        + "dejar sudo en la imagen da a quien comprometa la app un camino hacia root");
        // Dropping a sudo that steps down would run that command as root instead: no fix then.
        if (run.execForm || calls.stream().anyMatch(c -> c.asUser() != null || c.next() >= c.words().size())) return;
        List<TextEdit> edits = new ArrayList<>();
        for (Call c : calls) edits.add(ctx.replace(new Range(c.sudo().range().start(), c.words().get(c.next()).range().start()), ""));
        r.fix(Msg.of("Drop sudo", "Quitar sudo"), false, edits);
    }

    /** The user every call steps down to with {@code sudo -u}, when they all name the same non-root one; else null. */
    private static String stepDownUser(List<Call> calls) {
        String u = calls.get(0).asUser();
        for (Call c : calls) if (u == null || !u.equals(c.asUser())) return null;
        return u;
    }

    private static List<Call> calls(DockerfileContext ctx, Instruction ins) {
        List<Call> out = new ArrayList<>();
        for (Command c : ctx.shell(ins).commands()) {
            List<ShellWord> ws = c.words();
            int s = 0;
            while (s < ws.size() && ASSIGNMENT.matcher(ws.get(s).value()).matches()) s++;
            if (s >= ws.size() || !SUDO.matcher(ws.get(s).value()).matches()) continue;
            String asUser = null;
            int next = s + 1;
            while (next < ws.size() && ws.get(next).value().startsWith("-")) {
                String o = ws.get(next++).value();
                if (o.equals("-u") && next < ws.size()) asUser = ws.get(next).value();
                else if (o.startsWith("--user=")) asUser = o.substring(7);
                else if (o.startsWith("-u") && o.length() > 2) asUser = o.substring(2);
                if (VALUE_OPTIONS.contains(o) && next < ws.size()) next++;
                if (o.equals("--")) break;
            }
            if (asUser != null && (asUser.equals("root") || asUser.equals("#0"))) asUser = null;
            out.add(new Call(ws.get(s), ws, next, asUser));
        }
        return out;
    }

    /** The user a USER instruction switches to: ROOT for root/0, else its name as written. */
    private static String userOf(Instruction user) {
        if (user.words.isEmpty()) return UNKNOWN;
        if (RootUser.isRoot(user)) return ROOT;
        String v = user.words.get(0).value();
        int colon = v.indexOf(':');
        return colon > 0 ? v.substring(0, colon) : v;
    }

    /**
     * The stage chain grants sudo on purpose: a RUN writes a NOPASSWD sudoers line, or puts a user in the sudo or
     * wheel group (useradd/usermod -G, adduser/addgroup/gpasswd user sudo).
     */
    private static boolean grantsSudo(DockerfileContext ctx, Stage s) {
        for (Stage c : RuntimeFacts.chain(s)) {
            for (Instruction ins : c.instructions) {
                if (!ins.is("RUN")) continue;
                if (ins.argsText().contains("NOPASSWD")) return true;
                for (Command cmd : ctx.shell(ins).commands()) if (addsToAdminGroup(cmd)) return true;
            }
        }
        return false;
    }

    private static boolean addsToAdminGroup(Command c) {
        String p = c.program();
        List<ShellWord> args = c.args();
        if (p.equals("useradd") || p.equals("usermod") || p.equals("adduser") && args.stream().anyMatch(w -> w.value().equals("-G"))) {
            for (int i = 0; i < args.size(); i++) {
                String v = args.get(i).value();
                String groups = null;
                if (v.startsWith("--groups=")) groups = v.substring(9);
                else if (v.equals("--groups") || v.matches("-[a-zA-Z]*G") && i + 1 < args.size()) groups = i + 1 < args.size() ? args.get(i + 1).value() : null;
                else if (v.matches("-G.+")) groups = v.substring(2);
                if (groups != null) for (String g : groups.split(",")) if (ADMIN_GROUPS.contains(g)) return true;
            }
            return false;
        }
        // adduser app sudo (Debian), addgroup app wheel (BusyBox), gpasswd -a app sudo.
        if ((p.equals("adduser") || p.equals("addgroup") || p.equals("gpasswd")) && args.size() >= 2) {
            return ADMIN_GROUPS.contains(args.get(args.size() - 1).value());
        }
        return false;
    }
}
