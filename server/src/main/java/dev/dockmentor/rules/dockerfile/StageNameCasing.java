package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.MountOptions;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code FROM node AS Build}: BuildKit lower-cases stage names anyway, so {@code Build} and
 * {@code build} are the same stage; writing them differently only misleads. Also {@code FROM … as}.
 */
public final class StageNameCasing extends Rule implements DockerfileCheck {
    public StageNameCasing() {
        super(RuleMeta.of("stage-name-casing", Severity.INFO, "Stage name not lowercase, or AS cased differently from FROM")
                .aliases("StageNameCasing", "FromAsCasing"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        Dockerfile df = ctx.dockerfile();
        for (Stage s : df.stages) {
            if (s.rawName == null) continue;
            asCasing(ctx, s);
            if (s.rawName.equals(s.name)) continue;
            List<TextEdit> edits = new ArrayList<>();
            edits.add(ctx.replace(s.nameRange, s.name));
            for (Stage o : df.stages) {
                if (o.index > s.index && o.imageWord != null && o.imageWord.value().equalsIgnoreCase(s.rawName)) {
                    edits.add(ctx.replace(o.imageWord.range(), s.name));
                }
                for (Instruction ins : o.instructions) {
                    for (Flag f : ins.flags("from")) {
                        if (ins.is("COPY") && s.rawName.equalsIgnoreCase(f.value()) && f.valueRange() != null) {
                            edits.add(ctx.replace(f.valueRange(), s.name));
                        }
                    }
                    for (Flag f : ins.is("RUN") ? ins.flags("mount") : List.<Flag>of()) {
                        for (MountOptions.Option m : MountOptions.parse(df, f)) {
                            if (m.key().equals("from") && s.rawName.equalsIgnoreCase(m.value()) && !m.valueRange().equals(f.valueRange())) {
                                edits.add(ctx.replace(m.valueRange(), s.name));
                            }
                        }
                    }
                }
            }
            ctx.report(s.nameRange, "Stage name '" + s.rawName + "' is not lowercase; Docker treats it as '" + s.name + "'",
                            "El nombre de etapa '" + s.rawName + "' no está en minúsculas; Docker lo trata como '" + s.name + "'")
                    .fix(Msg.of("Rename to '" + s.name + "' everywhere", "Renombrar a '" + s.name + "' en todas partes"), true, edits);
        }
    }

    private void asCasing(DockerfileContext ctx, Stage s) {
        String from = s.from.rawKeyword;
        Word as = s.from.words.get(1);
        boolean lower = from.equals(from.toLowerCase(Locale.ROOT)), upper = from.equals(from.toUpperCase(Locale.ROOT));
        String want = lower ? "as" : upper ? "AS" : null;
        if (want == null || as.raw().equals(want)) return;
        ctx.report(as.range(), "'" + as.raw() + "' is cased differently from '" + from + "'; write " + from + " … " + want,
                        "'" + as.raw() + "' no usa las mismas mayúsculas que '" + from + "'; escribe " + from + " … " + want)
                .fix(Msg.of("Change to " + want, "Cambiar a " + want), true, ctx.replace(as.range(), want));
    }
}
