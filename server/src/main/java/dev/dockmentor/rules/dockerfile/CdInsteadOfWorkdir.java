package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.Command;
import dev.dockmentor.text.Range;
import java.util.List;

/**
 * {@code cd} only lasts for its own RUN: the next instruction is back in the old directory.
 * WORKDIR states the directory once, creates it, and holds for every later step and at run time.
 */
public final class CdInsteadOfWorkdir extends Rule implements DockerfileCheck {
    public CdInsteadOfWorkdir() {
        super(RuleMeta.of("cd-instead-of-workdir", Severity.INFO, "cd used instead of WORKDIR").aliases("DL3003"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        String text = ctx.dockerfile().text;
        for (Instruction top : ctx.dockerfile().instructions) {
            Instruction ins = top.child != null ? top.child : top;
            if (!ins.is("RUN")) continue;
            List<Command> cmds = ctx.shell(top).commands();
            for (int i = 0; i < cmds.size(); i++) {
                Command c = cmds.get(i);
                if (!c.program().equals("cd") || c.programIndex() != 0) continue;
                boolean alone = cmds.size() == 1;
                if (i == cmds.size() - 1 && !alone) continue; // a trailing cd changes nothing
                if (inSubshell(ctx, text, ins.argsRange().start(), c)) continue; // (cd dir && make) is scoped on purpose
                String dir = c.args().isEmpty() ? "" : c.args().get(0).value();
                if (!alone && scoped(cmds, i, dir)) continue;
                Report r = ctx.report(c.range(),
                        alone ? "RUN cd " + dir + " has no effect: the directory change ends with this RUN; use WORKDIR " + dir
                                : "cd " + dir + " only lasts for this RUN: use WORKDIR " + dir + " to set the directory for the following steps",
                        alone ? "RUN cd " + dir + " no tiene efecto: el cambio de directorio termina con este RUN; usa WORKDIR " + dir
                                : "cd " + dir + " solo dura este RUN: usa WORKDIR " + dir + " para fijar el directorio de los pasos siguientes");
                if (i == 0 && top == ins && !ins.execForm && ins.heredocs.isEmpty() && c.args().size() == 1
                        && dir.matches("/[\\w./@+-]*")) {
                    fix(ctx, r, ins, cmds, dir, alone);
                }
            }
        }
    }

    private void fix(DockerfileContext ctx, Report r, Instruction ins, List<Command> cmds, String dir, boolean alone) {
        Msg title = Msg.of("Use WORKDIR " + dir, "Usar WORKDIR " + dir);
        String workdir = "WORKDIR " + dir;
        if (alone) {
            r.fix(title, false, ctx.replace(new Range(ins.keywordRange.start(), ins.range.end()), workdir));
            return;
        }
        if (!"&&".equals(cmds.get(0).opAfter())) return;
        r.fix(title, false, ctx.insertLinesBefore(ins.startLine, ctx.indentOf(ins) + workdir + ctx.newline()),
                ctx.replace(new Range(cmds.get(0).range().start(), cmds.get(1).range().start()), ""));
    }

    /**
     * A directory change WORKDIR cannot replace: a return ({@code cd /}, {@code cd -}); a directory this RUN computed
     * ({@code tmp="$(mktemp -d)"; cd "$tmp"}); or one it leaves or deletes before it ends (the temporary build
     * directory of {@code cd /usr/src/x && make install && cd / && rm -rf /usr/src/x}, which WORKDIR would keep).
     */
    private static boolean scoped(List<Command> cmds, int at, String dir) {
        if (dir.equals("/") || dir.equals("-")) return true;
        String var = variable(dir);
        if (var != null) {
            for (int j = 0; j < at; j++) {
                for (var w : cmds.get(j).words()) if (w.value().startsWith(var + "=")) return true;
            }
        }
        String trimmed = dir.length() > 1 && dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        // A relative cd after an absolute one in the same RUN: cd /tmp && … && cd imagick is /tmp/imagick.
        String cwd = null;
        for (int j = 0; j < at; j++) {
            Command c = cmds.get(j);
            if (c.programIndex() < 0 || !c.program().equals("cd") || c.args().size() != 1) continue;
            String a = c.args().get(0).value();
            cwd = a.startsWith("/") ? a : cwd == null || a.contains("$") || a.startsWith("-") ? null : cwd + "/" + a;
        }
        if (cwd != null && !trimmed.startsWith("/") && !trimmed.contains("$") && !trimmed.startsWith("..") && !trimmed.startsWith("-")) {
            trimmed = (cwd.endsWith("/") ? cwd : cwd + "/") + (trimmed.startsWith("./") ? trimmed.substring(2) : trimmed);
        }
        for (int k = at + 1; k < cmds.size(); k++) {
            Command c = cmds.get(k);
            if (c.programIndex() < 0) continue;
            if (c.program().equals("cd") && c.args().size() == 1 && (c.args().get(0).value().equals("/") || c.args().get(0).value().equals("-"))) {
                return true; // it comes back before the RUN ends
            }
            if (c.program().equals("rm")) {
                for (var w : c.args()) {
                    String v = w.value().endsWith("/") && w.value().length() > 1 ? w.value().substring(0, w.value().length() - 1) : w.value();
                    if (v.equals(trimmed) || trimmed.startsWith(v + "/")) return true; // it, or a folder holding it
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern VARIABLE_PATH = java.util.regex.Pattern.compile("\\$(?:([A-Za-z_]\\w*)|\\{([A-Za-z_]\\w*)})(/.*)?");

    /** The variable a path starts from ({@code $tmp}, {@code ${tmp}}, {@code $tmp/src}), or null. */
    private static String variable(String word) {
        java.util.regex.Matcher m = VARIABLE_PATH.matcher(word);
        if (!m.matches()) return null;
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /**
     * Whether the command runs inside {@code ( … )} or {@code $( … )}, whose directory change ends at its
     * {@code )}: parentheses are counted from the start of the RUN's arguments, outside quotes; a {@code )} with
     * nothing open (a case pattern) is ignored.
     */
    private static boolean inSubshell(DockerfileContext ctx, String text, dev.dockmentor.text.Position start, Command c) {
        int from = ctx.dockerfile().lines.offset(start), to = ctx.dockerfile().lines.offset(c.range().start());
        int depth = 0;
        char quote = 0;
        for (int i = from; i < to && i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) quote = 0;
                else if (ch == '\\' && quote == '"') i++;
                continue;
            }
            if (ch == '\'' || ch == '"') quote = ch;
            else if (ch == '\\') i++;
            else if (ch == '(') depth++;
            else if (ch == ')' && depth > 0) depth--;
        }
        return depth > 0;
    }
}
