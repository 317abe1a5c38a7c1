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
import dev.dockmentor.text.Range;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code EXPOSE 8000 # web port}: every word is a port to Docker, and "#" is not one; the build fails. */
public final class InvalidPort extends Rule implements DockerfileCheck {
    private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");
    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

    public InvalidPort() {
        super(RuleMeta.of("invalid-port", Severity.ERROR, "EXPOSE value is not a valid port").aliases("DL3011"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructions) {
            Instruction e = ins.child != null ? ins.child : ins;
            if (e.is("EXPOSE")) check(ctx, e);
        }
    }

    private void check(DockerfileContext ctx, Instruction ins) {
        for (Word w : ins.words) {
            String v = w.value();
            if (v.contains("$")) continue;
            if (w.raw().startsWith("#")) {
                comment(ctx, ins, w);
                return;
            }
            String container = v.substring(v.lastIndexOf(':') + 1); // a host part is expose-host-port's business
            String proto = "tcp";
            int slash = container.indexOf('/');
            if (slash >= 0) {
                proto = container.substring(slash + 1);
                container = container.substring(0, slash);
            }
            String problem = problem(container, proto);
            if (problem == null) continue;
            ctx.report(w.range(), "EXPOSE " + v + ": " + problem + "; use port[/tcp|udp|sctp] or a range such as 8000-8010",
                    "EXPOSE " + v + ": " + problemEs(container, proto) + "; usa puerto[/tcp|udp|sctp] o un rango como 8000-8010");
        }
    }

    private static String problem(String port, String proto) {
        if (!proto.isEmpty() && !PROTOCOLS.contains(proto.toLowerCase(Locale.ROOT))) return "unknown protocol '" + proto + "'";
        Matcher m = PORT.matcher(port);
        if (!m.matches()) return "'" + port + "' is not a port number";
        int a = Integer.parseInt(m.group(1)), b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        if (a > 65535 || b > 65535) return "ports go up to 65535";
        if (b < a) return "the range ends before it starts";
        return null;
    }

    private static String problemEs(String port, String proto) {
        if (!proto.isEmpty() && !PROTOCOLS.contains(proto.toLowerCase(Locale.ROOT))) return "protocolo desconocido '" + proto + "'";
        Matcher m = PORT.matcher(port);
        if (!m.matches()) return "'" + port + "' no es un número de puerto";
        int a = Integer.parseInt(m.group(1)), b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        if (a > 65535 || b > 65535) return "los puertos llegan hasta 65535";
        return "el rango termina antes de empezar";
    }

    /** Inline comments are not comments in a Dockerfile; offer to move it to its own line above. */
    private void comment(DockerfileContext ctx, Instruction ins, Word hash) {
        Range r = new Range(hash.range().start(), ins.argsRange().end());
        var rep = ctx.report(r, "EXPOSE does not support inline comments: '#' and the words after it are read as ports",
                "EXPOSE no admite comentarios al final de la línea: '#' y las palabras que le siguen se leen como puertos");
        if (ins.startLine != ins.endLine || r.start().line() != ins.startLine) return;
        String line = ctx.dockerfile().lines.lineText(ins.startLine);
        int cut = r.start().character();
        while (cut > 0 && Character.isWhitespace(line.charAt(cut - 1))) cut--;
        String comment = line.substring(r.start().character(), r.end().character());
        rep.fix(Msg.of("Move the comment to its own line", "Mover el comentario a su propia línea"), true,
                ctx.insertLinesBefore(ins.startLine, ctx.indentOf(ins) + comment + ctx.newline()),
                ctx.replace(new Range(new Position(ins.startLine, cut), r.end()), ""));
    }
}
