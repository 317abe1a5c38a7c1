package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Range;

/** MAINTAINER fills a deprecated image field that tools no longer read; the OCI authors label replaces it. */
public final class MaintainerDeprecated extends Rule implements DockerfileCheck {
    public MaintainerDeprecated() {
        super(RuleMeta.of("maintainer-deprecated", Severity.INFO, "MAINTAINER is deprecated")
                .aliases("DL4000", "MaintainerDeprecated"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructions) {
            if (!ins.is("MAINTAINER")) continue;
            var r = ctx.report(ins.keywordRange, "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors instead",
                    "MAINTAINER está obsoleto; usa LABEL org.opencontainers.image.authors en su lugar").deprecated();
            String who = ins.argsText();
            if (who.isEmpty() || ins.startLine != ins.endLine) continue;
            StringBuilder q = new StringBuilder();
            char esc = ctx.dockerfile().escape;
            for (char c : who.toCharArray()) {
                if (c == '"' || c == '$' || c == esc) q.append(esc);
                q.append(c);
            }
            String label = "LABEL org.opencontainers.image.authors=\"" + q + "\"";
            r.fix(Msg.of("Replace with " + label, "Reemplazar por " + label), true,
                    ctx.replace(new Range(ins.keywordRange.start(), ins.argsRange().end()), label));
        }
    }
}
