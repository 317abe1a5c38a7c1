package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Keywords;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code from}/{@code RUN}/{@code Copy} in one file: harmless to Docker, but harder to read and grep. */
public final class InstructionCasing extends Rule implements DockerfileCheck {
    public InstructionCasing() {
        super(RuleMeta.of("instruction-casing", Severity.INFO, "Instructions mix upper and lower case")
                .aliases("ConsistentInstructionCasing"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        List<Instruction> all = new ArrayList<>();
        for (Instruction ins : ctx.dockerfile().instructions) {
            if (Keywords.INSTRUCTIONS.contains(ins.keyword)) all.add(ins);
            if (ins.child != null && Keywords.INSTRUCTIONS.contains(ins.child.keyword)) all.add(ins.child);
        }
        int lower = 0, upper = 0;
        for (Instruction ins : all) {
            String k = ins.rawKeyword;
            if (k.equals(k.toLowerCase(Locale.ROOT))) lower++;
            else if (k.equals(k.toUpperCase(Locale.ROOT))) upper++;
        }
        boolean majorityLower = lower > upper;
        for (Instruction ins : all) {
            String k = ins.rawKeyword;
            String want = majorityLower ? k.toLowerCase(Locale.ROOT) : k.toUpperCase(Locale.ROOT);
            if (k.equals(want)) continue;
            boolean mixed = !k.equals(k.toLowerCase(Locale.ROOT)) && !k.equals(k.toUpperCase(Locale.ROOT));
            String caseEn = majorityLower ? "lower case" : "upper case", caseEs = majorityLower ? "minúsculas" : "mayúsculas";
            String en = mixed ? "'" + k + "' mixes upper and lower case; most instructions in this file are " + caseEn
                    : "'" + k + "' differs from the rest of the file, where most instructions are " + caseEn;
            String es = mixed ? "'" + k + "' mezcla mayúsculas y minúsculas; la mayoría de instrucciones del archivo están en " + caseEs
                    : "'" + k + "' no sigue al resto del archivo, donde la mayoría de instrucciones están en " + caseEs;
            ctx.report(ins.keywordRange, en, es)
                    .fix(Msg.of("Change to " + want, "Cambiar a " + want), true, ctx.replace(ins.keywordRange, want));
        }
    }
}
