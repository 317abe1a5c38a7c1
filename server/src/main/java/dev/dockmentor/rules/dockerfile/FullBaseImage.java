package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.kb.KnowledgeBase.LanguageImage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The final image sits on a full language image ({@code python:3.12}, ~1 GB with compilers and
 * headers) where the {@code -slim} variant runs the same code at a fraction of the size and CVEs.
 * Builder stages are exempt: that is where the toolchain belongs.
 */
public final class FullBaseImage extends Rule implements DockerfileCheck {
    private static final Pattern TAG = Pattern.compile(
            "(?:(.+?)-)?(bookworm|bullseye|buster|trixie|stretch|jammy|focal|noble)|(.+)");

    public FullBaseImage() {
        super(RuleMeta.of("full-base-image", Severity.WARNING, "Full-size language base image in the final stage").runningAppAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        Stage last = ctx.shippedStage().orElse(null);
        if (last == null) return;
        Stage s = last.root();
        ImageRef ref = s.image;
        if (ref == null || s.imageWord == null || ref.hasVariables()) return;
        LanguageImage lang = ctx.kb().language(ref).orElse(null);
        if (lang == null || lang.slim() == null && lang.alpine() == null) return;
        String tag = ref.tag() == null ? "latest" : ref.tag().toLowerCase(java.util.Locale.ROOT);
        if (tag.contains("slim") || tag.contains("alpine") || tag.contains("windows") || tag.contains("nanoserver")) return;
        // ONBUILD images exist to build: they have no slim variant and are not meant to run.
        if (tag.contains("onbuild")) return;
        String suggested = suggest(tag, lang);
        // An Alpine tag for a stage whose RUNs call apt-get would break the build: no alpine suggestion there.
        if (suggested != null && suggested.contains("alpine") && usesApt(ctx, last)) suggested = null;
        // No smaller variant of this flavour exists (php:8.3-apache): nothing to switch to, so nothing to report.
        if (suggested == null) return;
        String name = ref.repository();
        String fullText = name + ":" + tag + " is " + size(lang.full());
        String small = name + ":" + suggested + " is " + size(lang.slim() != null ? lang.slim() : lang.alpine());
        String alt = lang.alternative() == null ? "" : " (or " + lang.alternative() + ")";
        String altEs = lang.alternative() == null ? "" : " (o " + lang.alternative() + ")";
        Report r = ctx.report(s.imageWord.range(),
                "The final image is based on the full " + name + " image, with compilers and headers it does not need at run time: "
                        + fullText + "; " + small + alt,
                "La imagen final se basa en la imagen completa de " + name + ", con compiladores y cabeceras que no necesita "
                        + "en ejecución: " + fullText.replace(" is ", " ocupa ") + "; " + small.replace(" is ", " ocupa ") + altEs);
        String raw = s.imageWord.raw();
        if (raw.contains("$") || ref.digest() != null) return;
        String base = ref.tag() == null ? raw : raw.substring(0, raw.length() - ref.tag().length() - 1);
        r.fix(Msg.of("Switch to " + name + ":" + suggested, "Cambiar a " + name + ":" + suggested), false,
                ctx.replace(s.imageWord.range(), base + ":" + suggested));
    }

    /**
     * The smaller tag of the same version, suite and flavour, or null when the image has none. Slim:
     * {@code 3.12} gives {@code 3.12-slim}, {@code 3.12-bookworm} gives {@code 3.12-slim-bookworm}, but
     * node's order is {@code 20-bookworm-slim}. Alpine (no slim): the suite is dropped
     * ({@code 8.3-fpm-bookworm} gives {@code 8.3-fpm-alpine}); flavours without alpine tags give null.
     */
    static String suggest(String tag, LanguageImage lang) {
        boolean hasSlim = lang.slim() != null;
        if (tag.equals("latest")) return hasSlim ? "slim" : "alpine";
        Matcher m = TAG.matcher(tag);
        String version = tag, suite = null;
        if (m.matches() && m.group(2) != null) {
            version = m.group(1);
            suite = m.group(2);
        }
        if (hasSlim) {
            if (suite == null) return tag + "-slim";
            String prefix = version == null ? "" : version + "-";
            return lang.slimAfterSuite() ? prefix + suite + "-slim" : prefix + "slim-" + suite;
        }
        if (version == null) return "alpine";
        String flavour = version.substring(version.lastIndexOf('-') + 1);
        if (lang.noAlpine().contains(flavour)) return null;
        return version + "-alpine";
    }

    static String size(int mb) {
        if (mb < 1000) return "~" + mb + " MB";
        double gb = Math.round(mb / 100.0) / 10.0;
        return "~" + (gb == Math.floor(gb) ? String.valueOf((int) gb) : String.valueOf(gb)) + " GB";
    }

    /** A RUN of the final image's chain calls apt-get or dpkg: an Alpine base would break it. */
    private static boolean usesApt(DockerfileContext ctx, Stage fin) {
        for (Stage st : dev.dockmentor.context.ImageRoles.chain(fin)) {
            for (dev.dockmentor.dockerfile.Instruction i : ctx.runs(st)) {
                String t = i.argsText();
                if (t.contains("apt-get") || t.contains("apt ") || t.contains("dpkg")) return true;
            }
        }
        return false;
    }
}
