package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Range;

/**
 * {@code EXPOSE 8080:80}: EXPOSE only documents the container port; publishing to the host is
 * decided by {@code docker run -p} or compose, and Docker quietly drops the host part.
 */
public final class ExposeHostPort extends Rule implements DockerfileCheck {
    public ExposeHostPort() {
        super(RuleMeta.of("expose-host-port", Severity.WARNING, "EXPOSE with a host port or an IP address")
                .aliases("ExposeInvalidFormat"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructions) {
            Instruction e = ins.child != null ? ins.child : ins;
            if (!e.is("EXPOSE")) continue;
            for (Word w : e.words) {
                String v = w.value();
                int colon = v.lastIndexOf(':');
                if (colon < 0 || v.contains("$") || w.raw().startsWith("#")) continue;
                String container = v.substring(colon + 1);
                String host = v.substring(0, colon);
                Range r = w.raw().equals(v)
                        ? new Range(w.range().start(), ctx.dockerfile().lines.position(ctx.dockerfile().lines.offset(w.range().start()) + colon + 1))
                        : w.range();
                ctx.report(r, "EXPOSE " + v + " names a host side (" + host + "); EXPOSE only declares the container port, publish it with docker run -p or compose",
                                "EXPOSE " + v + " indica una parte del host (" + host + "); EXPOSE solo declara el puerto del contenedor, publícalo con docker run -p o compose")
                        .unnecessary()
                        .fix(Msg.of("Keep only the container port " + container, "Dejar solo el puerto del contenedor " + container),
                                true, ctx.replace(w.range(), container));
            }
        }
    }
}
