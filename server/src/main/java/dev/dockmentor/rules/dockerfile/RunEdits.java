package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.context.ImageRoles;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.shell.Command;
import dev.dockmentor.shell.ShellWord;
import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Shared facts and edits for rules that read or rewrite RUN instructions. */
final class RunEdits {
    private RunEdits() {}

    /** Shell form with no heredoc: the RUN's text can be edited as one shell line. */
    static boolean editable(Instruction ins) {
        return ins.child == null && !ins.execForm && !ins.jsonLike && ins.heredocs.isEmpty();
    }

    /** Inserts {@code opt} right after a word (an action such as {@code install}); exec form gets a new array element. */
    static TextEdit optionAfter(DockerfileContext ctx, Instruction ins, ShellWord word, String opt) {
        Instruction target = ins.child != null ? ins.child : ins;
        if (target.jsonLike) return null;
        if (target.execForm) return ctx.insert(word.range().end(), ", \"" + opt + "\"");
        return ctx.insert(word.range().end(), " " + opt);
    }

    /** The edit as a list, empty when there is none. */
    static List<TextEdit> list(TextEdit e) {
        return e == null ? List.of() : List.of(e);
    }

    /** Appends {@code && cmd} to a shell-form RUN, continuing its line style; null when that is not safe to do. */
    static TextEdit appendCommand(DockerfileContext ctx, Instruction ins, String cmd) {
        if (!editable(ins)) return null;
        String args = ins.argsText();
        if (args.endsWith(";") || args.endsWith("&") && !args.endsWith("&&") || args.endsWith("|") || args.endsWith("\\")) return null;
        if (!endsInShellCode(args)) return null;
        Dockerfile df = ctx.dockerfile();
        if (ins.startLine == ins.endLine) return ctx.insert(ins.argsRange().end(), " && " + cmd);
        String last = df.lines.lineText(ins.endLine);
        String indent = leading(last);
        if (indent.isEmpty()) indent = "    ";
        return ctx.insert(ins.argsRange().end(), " " + df.escape + ctx.newline() + indent + "&& " + cmd);
    }

    /**
     * True when text appended after {@code s} would be read by the shell as a command: not inside an open
     * quote (fuzzing found {@code RUN apt-get update && x "y} followed by the appended {@code && rm ...}, which
     * the quote swallowed), not after a {@code #} comment, which runs to the end of the joined line, and not
     * after a dangling redirection ({@code cmd >>}), which takes the {@code &&} that follows as its target (fuzzing).
     */
    static boolean endsInShellCode(String s) {
        if (s.endsWith(">") || s.endsWith("<")) return false;
        char quote = 0;
        boolean backtick = false;
        int parens = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote == '\'') {
                if (c == '\'') quote = 0;
            } else if (c == '\\') {
                i++;
            } else if (c == '`') {
                backtick = !backtick; // also inside double quotes
            } else if (quote == '"') {
                if (c == '"') quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                parens++;
            } else if (c == ')' && parens > 0) {
                parens--;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || ";&|()<>".indexOf(s.charAt(i - 1)) >= 0)) {
                // '#' starts a comment where a word starts: after a blank or an operator ("a;#b" too, as the shell model reads it)
                return false;
            }
        }
        return quote == 0 && !backtick && parens == 0; // nor inside an open `...`, $( or ( (fuzzing)
    }

    /** Indentation to use for a {@code && next} continuation line of this instruction. */
    static String continuationIndent(DockerfileContext ctx, Instruction ins) {
        if (ins.endLine > ins.startLine) {
            String l = leading(ctx.dockerfile().lines.lineText(ins.startLine + 1));
            if (!l.isEmpty()) return l;
        }
        return ctx.indentOf(ins) + " ";
    }

    static String leading(String l) {
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) i++;
        return l.substring(0, i);
    }

    /** The stages whose files end up in the image that ships ({@link ImageRoles#shippedStage}) and the stages it builds on. */
    static List<Stage> shipped(Dockerfile df) {
        List<Stage> out = new ArrayList<>();
        Stage s = ImageRoles.shippedStage(df).orElse(null);
        int guard = 0;
        while (s != null && guard++ < 1000) {
            out.add(s);
            s = s.parent();
        }
        return out;
    }

    /** A {@code --mount=type=cache} whose target starts with one of the prefixes. */
    static boolean cacheMount(Instruction ins, String... targets) {
        for (Flag f : ins.flags("mount")) {
            if (f.value() == null) continue;
            String type = "", target = "";
            for (String part : f.value().split(",")) {
                int eq = part.indexOf('=');
                if (eq < 0) continue;
                String k = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String v = part.substring(eq + 1).strip();
                if (k.equals("type")) type = v;
                if (k.equals("target") || k.equals("dst") || k.equals("destination")) target = v;
            }
            // A cache or tmpfs mount keeps what is written under it out of the layer.
            if (!type.equals("cache") && !type.equals("tmpfs")) continue;
            for (String t : targets) if (target.startsWith(t)) return true;
        }
        return false;
    }

    /** A command of the script that removes a path under one of the prefixes ({@code rm -rf /var/lib/apt/lists/*}). */
    static boolean removes(List<Command> commands, String... prefixes) {
        for (Command c : commands) {
            // find /var/lib/apt/lists -type f -delete (or -exec rm): the folder's files go as surely as with rm.
            boolean find = c.program().equals("find") && c.args().stream().anyMatch(a -> a.value().equals("-delete")
                    || a.value().equals("rm") || a.value().equals("/bin/rm"));
            if (!c.program().equals("rm") && !find) continue;
            for (ShellWord w : c.args()) {
                if (find && w.value().startsWith("-")) break; // find's paths come before its first expression
                String v = w.value().endsWith("/") && w.value().length() > 1 ? w.value().substring(0, w.value().length() - 1) : w.value();
                // The folder itself or below it, or a parent folder (rm -rf /var/lib takes /var/lib/apt/lists too).
                for (String p : prefixes) if (v.startsWith(p) || v.length() > 1 && v.startsWith("/") && p.startsWith(v + "/")) return true;
            }
        }
        return false;
    }

    /** Display text of a stage's base image for messages. */
    static String image(Stage s) {
        return s.image == null ? "" : s.image.raw();
    }
}
