package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.KeyValue;
import dev.dockmentor.dockerfile.VarRef;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Range;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ENV A=/opt B=$A/bin}: one ENV expands all its values before setting any, so {@code $A}
 * is still the old (usually empty) value and B silently becomes {@code /bin}.
 */
public final class EnvSelfReference extends Rule implements DockerfileCheck {
    public EnvSelfReference() {
        super(RuleMeta.of("env-self-reference", Severity.WARNING, "ENV uses a variable that the same ENV defines")
                .aliases("DL3044"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructions) {
            if (!ins.is("ENV")) continue;
            List<KeyValue> kvs = ins.keyValues;
            Set<String> earlier = new HashSet<>();
            for (int i = 0; i < kvs.size(); i++) {
                KeyValue kv = kvs.get(i);
                if (kv.legacy()) break;
                for (VarRef r : ins.varRefs) {
                    if (kv.valueRange() == null || !inside(r.range(), kv.valueRange()) || !earlier.contains(r.name())) continue;
                    Range gap = new Range(kvs.get(i - 1).range().end(), kv.range().start());
                    ctx.report(r.range(), "$" + r.name() + " is defined by this same ENV, but all values are expanded before any is set: here it still has its previous value",
                                    "$" + r.name() + " lo define este mismo ENV, pero todos los valores se expanden antes de asignar ninguno: aquí aún tiene su valor anterior")
                            .fix(Msg.of("Split into two ENV instructions", "Dividir en dos instrucciones ENV"), false,
                                    ctx.replace(gap, ctx.newline() + ctx.indentOf(ins) + "ENV "));
                }
                earlier.add(kv.key());
            }
        }
    }

    private static boolean inside(Range inner, Range outer) {
        return inner.start().compareTo(outer.start()) >= 0 && inner.end().compareTo(outer.end()) <= 0;
    }
}
