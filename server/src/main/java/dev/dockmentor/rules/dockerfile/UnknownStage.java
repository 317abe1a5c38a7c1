package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.MountOptions;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;
import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code COPY --from=biuld}: Docker does not complain about an unknown stage, it pulls an image
 * of that name instead; at best a confusing registry error, at worst someone else's files.
 */
public final class UnknownStage extends Rule implements DockerfileCheck {
    public UnknownStage() {
        super(RuleMeta.of("unknown-stage", Severity.WARNING, "Reference to a stage that does not exist").aliases("DL3022"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        Dockerfile df = ctx.dockerfile();
        // Stage indexes by name, once: each reference scanned every stage (4,000 stages: quadratic).
        Map<String, List<Integer>> byName = new HashMap<>();
        for (Stage o : df.stages) if (o.name != null) byName.computeIfAbsent(o.name, k -> new ArrayList<>()).add(o.index);
        for (Stage s : df.stages) {
            fromLine(ctx, df, s, byName);
            for (Instruction ins : s.instructions) {
                if (ins.is("COPY")) {
                    for (Flag f : ins.flags("from")) {
                        if (f.value() != null && f.valueRange() != null) ref(ctx, df, s, f.value(), f.valueRange(), false, byName);
                    }
                } else if (ins.is("RUN")) {
                    for (Flag f : ins.flags("mount")) {
                        for (MountOptions.Option o : MountOptions.parse(df, f)) {
                            if (o.key().equals("from") && o.value() != null) ref(ctx, df, s, o.value(), o.valueRange(), false, byName);
                        }
                    }
                }
            }
        }
    }

    private void fromLine(DockerfileContext ctx, Dockerfile df, Stage s, Map<String, List<Integer>> byName) {
        if (s.imageWord == null || s.image == null || s.parent() != null) return;
        String v = s.imageWord.value();
        if (v.contains("/") || v.contains(":") || v.contains("@") || v.contains("$") || s.image.isScratch()) return;
        boolean later = byName.getOrDefault(v.toLowerCase(Locale.ROOT), List.of()).stream().anyMatch(i -> i > s.index);
        boolean known = ctx.kb().language(s.image).isPresent() || ctx.kb().isOsImage(s.image);
        if (later || (!known && closest(ctx, df, s, v).isPresent())) ref(ctx, df, s, v, s.imageWord.range(), true, byName);
    }

    private void ref(DockerfileContext ctx, Dockerfile df, Stage s, String ref, Range range, boolean from, Map<String, List<Integer>> byName) {
        if (ref.isEmpty() || ref.contains("/") || ref.contains(":") || ref.contains("@") || ref.contains("$")) return;
        if (ref.matches("\\d+")) return;
        if (ctx.namedContexts().contains(ref.toLowerCase(Locale.ROOT))) return; // a Bake named context
        String n = ref.toLowerCase(Locale.ROOT);
        if (n.equals(s.name)) return; // copy-from-own-stage
        List<Integer> named = byName.getOrDefault(n, List.of());
        for (int i : named) if (i < s.index) return;
        if (!from && n.equals("scratch")) return;
        Optional<Stage> later = named.stream().filter(i -> i > s.index).findFirst().map(df.stages::get);
        Optional<String> guess = closest(ctx, df, s, ref);
        Report r;
        if (later.isPresent()) {
            r = ctx.report(range, "Stage '" + ref + "' is defined further down; a stage can only use stages above it, so Docker pulls an image named '" + ref + "'",
                    "La etapa '" + ref + "' se define más abajo; una etapa solo puede usar las anteriores, así que Docker descarga una imagen llamada '" + ref + "'");
            r.related(ctx.path(), later.get().nameRange, Msg.of("stage defined here", "etapa definida aquí"));
        } else {
            String g = guess.map(x -> ": did you mean '" + x + "'?").orElse("");
            String gEs = guess.map(x -> ": ¿quisiste decir '" + x + "'?").orElse("");
            r = guess.isPresent()
                    ? ctx.report(range, "No earlier stage is named '" + ref + "', so Docker will pull the image docker.io/library/" + n + ":latest" + g,
                            "Ninguna etapa anterior se llama '" + ref + "', así que Docker descargará la imagen docker.io/library/" + n + ":latest" + gEs)
                    // No stage name is close: more likely a context the build passes (--build-context name=…) than a typo.
                    : ctx.report(range, "No earlier stage is named '" + ref + "': Docker pulls the image docker.io/library/" + n + ":latest unless the build passes it as a named context (--build-context " + n + "=…)",
                            "Ninguna etapa anterior se llama '" + ref + "': Docker descarga la imagen docker.io/library/" + n + ":latest salvo que el build la pase como contexto con nombre (--build-context " + n + "=…)")
                            .severity(dev.dockmentor.rules.Severity.INFO);
        }
        guess.ifPresent(x -> r.fix(Msg.of("Change to " + x, "Cambiar a " + x), false, ctx.replace(range, x)));
    }

    private static Optional<String> closest(DockerfileContext ctx, Dockerfile df, Stage s, String ref) {
        List<String> names = df.stages.stream().filter(o -> o.index < s.index && o.name != null).map(o -> o.name).toList();
        return Suggest.closest(ref, names, n -> true, ctx.suggestions());
    }
}
