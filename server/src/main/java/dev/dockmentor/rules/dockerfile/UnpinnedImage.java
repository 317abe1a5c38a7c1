package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.compose.UnpinnedImageCompose;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code FROM python} or {@code FROM python:latest}: the base moves whenever the publisher pushes,
 * so two builds of the same commit can differ (a major-version jump included).
 */
public final class UnpinnedImage extends Rule implements DockerfileCheck, ComposeCheck {
    public UnpinnedImage() {
        super(RuleMeta.of("unpinned-image", Severity.WARNING, "Image without a version tag").aliases("DL3006", "DL3007")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE).productionAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : ctx.dockerfile().stages) {
            ImageRef ref = s.image;
            Word w = s.imageWord;
            if (ref == null || w == null || s.parent() != null || ref.isScratch()) continue;
            if (ref.hasVariables() || ref.repository().isEmpty() || ref.digest() != null) continue;
            // A Bake named context (FROM base, contexts = { base = "target:base" }) is no image to pull.
            if (ref.registry() == null && ref.tag() == null && ctx.namedContexts().contains(w.value().toLowerCase(java.util.Locale.ROOT))) continue;
            String name = ref.registry() == null ? ref.repository() : ref.registry() + "/" + ref.repository();
            boolean unpinned = ref.tag() == null || ref.tag().equalsIgnoreCase("latest");
            if (unpinned && byDefault(ctx, w)) continue;
            // FROM app_prebuilt, where a compose service builds and tags app_prebuilt: a local build, nothing pulled.
            if (unpinned && ctx.locallyBuilt().contains(dev.dockmentor.context.LocalImages.withoutTag(w.value()))) continue;
            if (unpinned && "gcr.io".equals(ref.registry()) && ref.repository().startsWith("distroless/")) {
                // Distroless publishes no version tags (latest, nonroot, debug; the Debian release is in the name):
                // only a digest pins it.
                ctx.report(w.range(),
                        "'" + name + "' publishes no version tags: its Debian release is in the name, and only a digest "
                                + "(@sha256:…) pins the rest",
                        "'" + name + "' no publica tags de versión: su versión de Debian está en el nombre, y solo un digest "
                                + "(@sha256:…) fija el resto")
                        .severity(dev.dockmentor.rules.Severity.INFO);
                continue;
            }
            if (ref.tag() == null) {
                ctx.report(w.range(),
                        "Image '" + name + "' has no tag, so it means '" + name + ":latest', which moves with every release: "
                                + "pin a version such as '" + name + ":<version>'",
                        "La imagen '" + name + "' no tiene tag, así que equivale a '" + name + ":latest', que cambia con cada "
                                + "versión: fija una versión como '" + name + ":<versión>'");
            } else if (ref.tag().equalsIgnoreCase("latest")) {
                ctx.report(tagRange(w, ref),
                        "'" + name + ":latest' is a moving label, not a version: builds are not reproducible and can jump "
                                + "a major version; pin a version tag (or a digest)",
                        "'" + name + ":latest' es una etiqueta que se mueve, no una versión: los builds no son reproducibles "
                                + "y pueden saltar de versión mayor; fija un tag de versión (o un digest)");
            }
        }
        copyFrom(ctx);
    }

    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * A latest that comes from a default the build can override ({@code ARG TAG=latest}, {@code ${TAG:-latest}} with
     * TAG declared before FROM) is info with its own advice: pinned builds pass a version. A variable no ARG declares
     * can never be set for FROM, so its default is always used: that stays a warning (false here).
     */
    private static boolean byDefault(DockerfileContext ctx, Word w) {
        String v = w.value();
        Matcher m = tagVariable(v);
        if (m == null) return false;
        String var = m.group(1) != null ? m.group(1) : m.group(3);
        Map<String, String> args = ctx.dockerfile().globalArgDefaults;
        if (!args.containsKey(var)) return false;
        String argDefault = args.get(var);
        if (argDefault != null && !argDefault.isEmpty()) {
            ctx.report(w.range(),
                    "Image '" + v + "' defaults to :latest when the build passes no " + var + " (ARG " + var + "=" + argDefault
                            + "): give the ARG a version default (ARG " + var + "=<version>)",
                    "La imagen '" + v + "' usa :latest por defecto cuando el build no pasa " + var + " (ARG " + var + "=" + argDefault
                            + "): da al ARG una versión por defecto (ARG " + var + "=<versión>)").severity(Severity.INFO);
        } else {
            ctx.report(w.range(),
                    "Image '" + v + "' defaults to :latest when " + var + " is unset: give the default a version (${" + var + ":-<version>})",
                    "La imagen '" + v + "' usa :latest por defecto cuando " + var + " no está definida: da al valor por defecto una versión (${"
                            + var + ":-<versión>})").severity(Severity.INFO);
        }
        return true;
    }

    /**
     * The variable that gives an image its tag: the first one after the tag's colon ({@code app:${TAG}}), else one
     * ending the word ({@code ${BASE}}, whose default carries no tag). Null when the tag part is literal.
     */
    public static Matcher tagVariable(String image) {
        if (image == null || image.indexOf('$') < 0) return null;
        // The colon of the tag, outside ${...} (whose :- is an operator) and after the last slash.
        StringBuilder mask = new StringBuilder(image);
        Matcher all = VAR.matcher(image);
        while (all.find()) for (int i = all.start(); i < all.end(); i++) mask.setCharAt(i, '_');
        int colon = mask.lastIndexOf(":");
        if (colon < mask.lastIndexOf("/")) colon = -1;
        Matcher m = VAR.matcher(image);
        while (m.find()) {
            if (colon >= 0 ? m.start() > colon : m.end() == image.length()) return m;
        }
        return null;
    }

    /**
     * {@code COPY --from=composer:latest} or {@code --from=ghcr.io/acme/tools}: an external image, pulled like a FROM.
     * Only references that can only be images (a colon, a slash) are read: a bare name is a stage, or unknown-stage's.
     */
    private static void copyFrom(DockerfileContext ctx) {
        for (Stage s : ctx.dockerfile().stages) {
            for (Instruction ins : s.instructions) {
                if (!ins.is("COPY")) continue;
                for (Flag f : ins.flags("from")) {
                    String v = f.value();
                    if (v == null || f.valueRange() == null || v.contains("$") || !(v.contains(":") || v.contains("/"))) continue;
                    ImageRef ref = ImageRef.parse(v);
                    if (ref.digest() != null || ref.repository().isEmpty()) continue;
                    String name = ref.registry() == null ? ref.repository() : ref.registry() + "/" + ref.repository();
                    Range r = f.valueRange();
                    if (ref.tag() == null) {
                        ctx.report(r, "COPY --from image '" + name + "' has no tag, so it means '" + name + ":latest', which moves with every "
                                        + "release: pin a version such as '" + name + ":<version>'",
                                "La imagen de COPY --from '" + name + "' no tiene tag, así que equivale a '" + name + ":latest', que cambia "
                                        + "con cada versión: fija una versión como '" + name + ":<versión>'");
                    } else if (ref.tag().equalsIgnoreCase("latest")) {
                        boolean exact = r.start().line() == r.end().line() && r.end().character() - r.start().character() == v.length();
                        Range at = exact ? new Range(new Position(r.start().line(), r.end().character() - ref.tag().length()), r.end()) : r;
                        ctx.report(at, "COPY --from '" + name + ":latest' is a moving label, not a version: builds are not reproducible "
                                        + "and can jump a major version; pin a version tag (or a digest)",
                                "COPY --from '" + name + ":latest' es una etiqueta que se mueve, no una versión: los builds no son "
                                        + "reproducibles y pueden saltar de versión mayor; fija un tag de versión (o un digest)");
                    }
                }
            }
        }
    }

    /** The {@code latest} part of the word when written literally, else the whole word (ARG-resolved). */
    private static Range tagRange(Word w, ImageRef ref) {
        String raw = w.raw();
        Range r = w.range();
        if (raw.contains("$") || r.start().line() != r.end().line() || raw.length() != r.end().character() - r.start().character()) {
            return r;
        }
        int i = raw.lastIndexOf(":" + ref.tag());
        if (i < 0) return r;
        int line = r.start().line();
        int c = r.start().character() + i + 1;
        return new Range(new Position(line, c), new Position(line, c + ref.tag().length()));
    }

    /** The compose side of the same concept lives beside the compose model. */
    @Override
    public void check(ComposeContext ctx) {
        UnpinnedImageCompose.check(ctx);
    }
}
