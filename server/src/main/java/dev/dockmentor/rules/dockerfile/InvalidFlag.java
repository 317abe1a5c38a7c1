package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Keywords;
import dev.dockmentor.dockerfile.MountOptions;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;
import dev.dockmentor.text.Range;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code COPY --chwon=…}, {@code RUN --mount=tpye=cache}: BuildKit refuses the whole file, not just the step. */
public final class InvalidFlag extends Rule implements DockerfileCheck {
    private static final Set<String> DURATIONS = Set.of("interval", "timeout", "start-period", "start-interval");
    private static final Map<String, Set<String>> VALUES = Map.of("network", Set.of("default", "none", "host"),
            "security", Set.of("sandbox", "insecure"));
    private static final Set<String> BOOLS = Set.of("1", "t", "true", "0", "f", "false");

    public InvalidFlag() {
        super(RuleMeta.of("invalid-flag", Severity.ERROR, "Unknown, duplicated or malformed flag"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructionsAndOnbuildChildren()) check(ctx, ins);
    }

    private void check(DockerfileContext ctx, Instruction ins) {
        if (!Keywords.INSTRUCTIONS.contains(ins.keyword)) return;
        Set<String> known = Keywords.FLAGS.getOrDefault(ins.keyword, Set.of());
        Map<String, Flag> seen = new HashMap<>();
        for (Flag f : ins.flags) {
            String name = f.name();
            if (name.isEmpty()) return; // "--" ends the flags
            Range whole = new Range(f.range().start(), f.nameRange().end());
            if (!known.contains(name)) {
                unknown(ctx, ins, f, whole, known);
                continue;
            }
            Flag first = seen.putIfAbsent(name, f);
            if (first != null && !Keywords.REPEATABLE_FLAGS.contains(name)) {
                ctx.report(f.range(), "--" + name + " is given twice on " + ins.keyword + "; BuildKit rejects duplicated flags",
                                "--" + name + " aparece dos veces en " + ins.keyword + "; BuildKit rechaza los flags duplicados")
                        .related(ctx.path(), first.range(), Msg.of("first --" + name, "primer --" + name));
                continue;
            }
            value(ctx, ins, f, name);
        }
    }

    private void unknown(DockerfileContext ctx, Instruction ins, Flag f, Range whole, Set<String> known) {
        String name = f.name();
        var guess = Suggest.closest(name, known);
        List<String> owners = Keywords.FLAGS.entrySet().stream().filter(e -> e.getValue().contains(name))
                .map(Map.Entry::getKey).sorted().toList();
        String en = "Unknown flag --" + name + " for " + ins.keyword, es = "Flag desconocido --" + name + " para " + ins.keyword;
        if (guess.isPresent()) {
            en += ": did you mean --" + guess.get() + "?";
            es += ": ¿quisiste decir --" + guess.get() + "?";
        } else if (!owners.isEmpty()) {
            en += ": it belongs to " + String.join("/", owners);
            es += ": es un flag de " + String.join("/", owners);
        } else if (known.isEmpty()) {
            en += ": this instruction takes no flags";
            es += ": esta instrucción no admite flags";
        }
        var r = ctx.report(whole, en, es);
        guess.ifPresent(g -> r.fix(Msg.of("Change to --" + g, "Cambiar a --" + g), false, ctx.replace(f.nameRange(), g)));
    }

    private void value(DockerfileContext ctx, Instruction ins, Flag f, String name) {
        String v = f.value();
        Range vr = f.valueRange() != null ? f.valueRange() : f.range();
        if (Keywords.BOOLEAN_FLAGS.contains(name)) {
            if (v != null && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                bad(ctx, vr, "--" + name + " expects true or false, not '" + v + "'", "--" + name + " espera true o false, no '" + v + "'");
            }
            return;
        }
        if (v == null) {
            bad(ctx, f.range(), "--" + name + " needs a value: --" + name + "=…", "--" + name + " necesita un valor: --" + name + "=…");
            return;
        }
        if (v.isEmpty() || v.contains("$")) return;
        Set<String> allowed = VALUES.get(name);
        if (allowed != null && !allowed.contains(v)) {
            bad(ctx, vr, "--" + name + "=" + v + " is not valid; use one of " + new TreeSet<>(allowed),
                    "--" + name + "=" + v + " no es válido; usa uno de " + new TreeSet<>(allowed));
        } else if (ins.is("HEALTHCHECK") && DURATIONS.contains(name) && !v.matches("0|(\\d+(\\.\\d*)?(ns|us|µs|ms|s|m|h))+")) {
            bad(ctx, vr, "--" + name + "=" + v + " is not a duration such as 30s or 1m30s",
                    "--" + name + "=" + v + " no es una duración como 30s o 1m30s");
        } else if (ins.is("HEALTHCHECK") && name.equals("retries") && !v.matches("\\d{1,9}")) {
            bad(ctx, vr, "--retries=" + v + " must be a whole number ≥ 0", "--retries=" + v + " debe ser un número entero ≥ 0");
        } else if (name.equals("mount")) {
            mount(ctx, f);
        }
    }

    private void mount(DockerfileContext ctx, Flag f) {
        for (MountOptions.Option o : MountOptions.parse(ctx.dockerfile(), f)) {
            String k = o.key();
            if (k.isEmpty()) continue;
            if (!Keywords.MOUNT_KEYS.contains(k)) {
                var guess = Suggest.closest(k, Keywords.MOUNT_KEYS);
                var r = bad(ctx, o.keyRange(), "Unknown --mount option '" + o.rawKey() + "'" + guess.map(g -> ": did you mean " + g + "?").orElse(""),
                        "Opción de --mount desconocida '" + o.rawKey() + "'" + guess.map(g -> ": ¿quisiste decir " + g + "?").orElse(""));
                // Only when the renamed option is complete: 'targ' -> 'target' without '=…' just trades this report
                // for "needs a value" (fuzzing).
                boolean complete = o.value() != null || Set.of("ro", "readonly", "rw", "readwrite", "required").contains(guess.orElse(""));
                // And only when the range is the key alone: in a field with quotes it can span the value too, which
                // the rename would then delete (fuzzing).
                complete &= spansExactly(o.keyRange(), o.rawKey());
                if (complete) guess.ifPresent(g -> r.fix(Msg.of("Change to " + g, "Cambiar a " + g), false, ctx.replace(o.keyRange(), g)));
                continue;
            }
            String v = o.value();
            if (v == null) {
                if (!Set.of("ro", "readonly", "rw", "readwrite", "required").contains(k)) {
                    bad(ctx, o.keyRange(), "--mount option '" + k + "' needs a value: " + k + "=…",
                            "La opción de --mount '" + k + "' necesita un valor: " + k + "=…");
                }
                continue;
            }
            if (v.contains("$")) continue;
            String lv = v.toLowerCase(Locale.ROOT);
            if (k.equals("type") && !Keywords.MOUNT_TYPES.contains(lv)) {
                var guess = Suggest.closest(lv, Keywords.MOUNT_TYPES);
                var r = bad(ctx, o.valueRange(), "Unsupported mount type '" + v + "'" + guess.map(g -> ": did you mean " + g + "?").orElse(""),
                        "Tipo de montaje no admitido '" + v + "'" + guess.map(g -> ": ¿quisiste decir " + g + "?").orElse(""));
                // Only when the range is the value alone (a field with quotes falls back to the whole flag; fuzzing).
                if (spansExactly(o.valueRange(), v)) {
                    guess.ifPresent(g -> r.fix(Msg.of("Change to " + g, "Cambiar a " + g), false, ctx.replace(o.valueRange(), g)));
                }
            } else if (k.equals("sharing") && !Set.of("shared", "private", "locked").contains(lv)) {
                bad(ctx, o.valueRange(), "sharing=" + v + " is not valid; use shared, private or locked",
                        "sharing=" + v + " no es válido; usa shared, private o locked");
            } else if (Set.of("ro", "readonly", "rw", "readwrite", "required").contains(k) && !BOOLS.contains(lv)) {
                bad(ctx, o.valueRange(), k + "=" + v + " expects true or false", k + "=" + v + " espera true o false");
            } else if ((k.equals("uid") || k.equals("gid")) && !v.matches("\\d+")) {
                bad(ctx, o.valueRange(), k + "=" + v + " must be a number", k + "=" + v + " debe ser un número");
            } else if (k.equals("mode") && !v.matches("[0-7]+")) {
                bad(ctx, o.valueRange(), "mode=" + v + " must be octal, such as 0755", "mode=" + v + " debe ser octal, como 0755");
            }
        }
    }

    /** The range covers {@code text} and nothing else, on one line: an edit there replaces just that text. */
    private static boolean spansExactly(Range r, String text) {
        return r.start().line() == r.end().line() && r.end().character() - r.start().character() == text.length();
    }

    private static dev.dockmentor.rules.Report bad(DockerfileContext ctx, Range r, String en, String es) {
        return ctx.report(r, en, es);
    }
}
