package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.Command;
import dev.dockmentor.shell.ShellWord;
import dev.dockmentor.text.Range;
import java.util.List;
import java.util.Set;

/**
 * Build steps already run as root unless USER says otherwise; sudo in an image means a sudoers
 * entry that lets anyone who gets a shell as the app user become root.
 */
public final class SudoUsage extends Rule implements DockerfileCheck {
    private static final java.util.regex.Pattern ASSIGNMENT = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");
    private static final java.util.regex.Pattern SUDO = java.util.regex.Pattern.compile("(?:.*/)?sudo");
    private static final Set<String> VALUE_OPTIONS = Set.of("-u", "-g", "-C", "-p", "-U", "-r", "-t", "-D", "-h");

    public SudoUsage() {
        super(RuleMeta.of("sudo-usage", Severity.WARNING, "sudo used in RUN").aliases("DL3004").productionAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructions) {
            Instruction run = ins.child != null ? ins.child : ins;
            if (!run.is("RUN")) continue;
            for (Command c : ctx.shell(ins).commands()) {
                List<ShellWord> ws = c.words();
                int s = 0;
                while (s < ws.size() && ASSIGNMENT.matcher(ws.get(s).value()).matches()) s++;
                if (s >= ws.size() || !SUDO.matcher(ws.get(s).value()).matches()) continue;
                ShellWord sudo = ws.get(s);
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
                if (asUser != null && !asUser.equals("root") && !asUser.equals("#0")) {
                    // sudo -u app cmd steps down, it does not step up: USER says that without sudo in the image.
                    ctx.report(sudo.range(),
                            "sudo -u " + asUser + " in RUN: write USER " + asUser + " before this step (and USER root after it "
                                    + "if later steps need root); keeping sudo in the image gives whoever compromises the app a way to root",
                            "sudo -u " + asUser + " en RUN: escribe USER " + asUser + " antes de este paso (y USER root después "
                                    + "si los siguientes necesitan root); dejar sudo en la imagen da a quien comprometa la app un camino hacia root");
                    continue;
                }
                var r = ctx.report(sudo.range(),
                        "sudo in RUN: build steps run as root already (switch with USER root … USER app), and keeping "
                                + "sudo in the image gives whoever compromises the app a way to root",
                        "sudo en RUN: los pasos del build ya se ejecutan como root (cambia con USER root … USER app), y "
                                + "dejar sudo en la imagen da a quien comprometa la app un camino hacia root");
                if (next >= ws.size() || run.execForm) continue;
                r.fix(Msg.of("Drop sudo", "Quitar sudo"), false,
                        ctx.replace(new Range(sudo.range().start(), ws.get(next).range().start()), ""));
            }
        }
    }
}
