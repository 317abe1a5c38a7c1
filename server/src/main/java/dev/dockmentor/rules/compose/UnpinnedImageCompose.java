package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Interpolation;
import dev.dockmentor.compose.Ranges;
import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.dockerfile.UnpinnedImage;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Compose half of {@code unpinned-image}: {@code image:} without a tag or with {@code :latest}. With a
 * {@code build:} the image is the name given to the result, so it is exempt. Unknown variables are skipped.
 */
public final class UnpinnedImageCompose {
    private UnpinnedImageCompose() {}

    public static void check(ComposeContext ctx) {
        java.util.Set<String> built = null; // read on the first unpinned image only
        dev.dockmentor.context.ProjectImages.Published published = null; // likewise
        for (Service s : ctx.model().containers()) {
            YNode img = s.image();
            if (img == null || img.text() == null || s.build() != null) continue;
            Interpolation.Value v = Interpolation.resolve(img.text(), s.env());
            if (!v.known() || v.text().isBlank()) continue;
            ImageRef ref = ImageRef.parse(v.text().strip());
            if (ref.digest() != null || ref.isScratch()) continue;
            if (ref.tag() != null && !ref.tag().equals("latest")) continue;
            if (built == null) built = locallyBuilt(ctx);
            if (built.contains(dev.dockmentor.context.LocalImages.withoutTag(v.text()))) continue;
            String raw = img.text();
            boolean unpinned = ref.tag() == null || ref.tag().equals("latest");
            Interpolation.Ref byDefault = unpinned ? defaultTag(v, s.env()) : null;
            if (published == null) published = dev.dockmentor.context.ProjectImages.around(ctx.project().dir, ctx.files(), ctx.settings().projectRoot());
            if (byDefault == null && published.includes(v.text())) {
                // The project's own image at :latest in its own compose file: its newest release, which it controls.
                ctx.report(img, "Image '" + raw + "' is this project's own (" + published.where() + " publishes it): "
                                + (ref.tag() == null ? "with no tag it" : ":latest") + " follows its newest release; pin a release where you deploy it",
                        "La imagen '" + raw + "' es de este mismo proyecto (la publica " + published.where() + "): "
                                + (ref.tag() == null ? "sin etiqueta" : ":latest") + " sigue su última versión; fija una versión donde la despliegues")
                        .severity(Severity.INFO);
                continue;
            }
            if (byDefault != null) {
                // A default the deployer overrides (APP_TAG=2.3.1 in .env or CI): info, with the two ways to pin it.
                String n = byDefault.name();
                ctx.report(img, "Image '" + raw + "' defaults to :latest when " + n + " is unset: give the default a version (${" + n
                                + ":-<version>}) or require it (${" + n + ":?})",
                        "La imagen '" + raw + "' usa :latest por defecto cuando " + n + " no está definida: da al valor por defecto una versión (${"
                                + n + ":-<versión>}) o hazla obligatoria (${" + n + ":?})").severity(Severity.INFO);
            } else if (unpinned && envTag(v) != null) {
                String n = envTag(v);
                // A tag variable the .env sets to latest is one setting: said once, where it is first used.
                if (!ctx.once("tag:" + n)) continue;
                ctx.report(img, "Image '" + raw + "' takes its tag from " + n + ", which .env sets to '" + s.env().get(n)
                                + "': every image tagged ${" + n + "} changes under you; set a version in .env",
                        "La imagen '" + raw + "' toma su etiqueta de " + n + ", que .env fija en '" + s.env().get(n)
                                + "': toda imagen etiquetada ${" + n + "} cambia sin avisar; fija una versión en .env");
            } else if (ref.tag() == null) {
                ctx.report(img, "Image '" + raw + "' has no tag, so it means ':latest' and changes under you; pin a version",
                        "La imagen '" + raw + "' no tiene etiqueta, así que equivale a ':latest' y cambia sin avisar; fija una versión");
            } else if (ref.tag().equals("latest")) {
                int colon = raw.lastIndexOf(":latest");
                var range = colon >= 0 && !v.hasRefs() ? Ranges.inScalar(img, colon + 1, colon + 7) : img.range;
                ctx.report(img, range, "Image '" + raw + "' uses ':latest', which changes under you; pin a version",
                        "La imagen '" + raw + "' usa ':latest', que cambia sin avisar; fija una versión");
            }
        }
    }

    /**
     * Names the project builds and tags itself: another service's {@code image:} with {@code build:}, or a script beside
     * the file ({@code docker build -t integration_test .}) run before {@code compose up}. Running one pulls nothing.
     */
    private static java.util.Set<String> locallyBuilt(ComposeContext ctx) {
        java.util.Set<String> built = new java.util.HashSet<>();
        for (Service s : ctx.model().services.values()) {
            if (s.build() != null && s.imageText() != null) built.add(dev.dockmentor.context.LocalImages.withoutTag(s.imageText()));
        }
        if (ctx.project().dir != null) built.addAll(dev.dockmentor.context.LocalImages.builtByScripts(ctx.project().dir, ctx.files()));
        return built;
    }

    /** The variable the tag is written as ({@code app:${TB_VERSION}}), when the environment sets it; else null. */
    private static String envTag(Interpolation.Value v) {
        Matcher m = UnpinnedImage.tagVariable(v.raw());
        if (m == null || m.start() == 0 || v.raw().charAt(m.start() - 1) != ':') return null;
        for (Interpolation.Ref r : v.refs()) if (r.start() == m.start()) return r.name();
        return null;
    }

    /**
     * The reference whose default gives the image its tag ({@code app:${APP_TAG:-latest}}, or {@code ${IMAGE:-app}}
     * without one), when that default is in use: the variable is unset (or empty, for {@code :-}). Null when the tag
     * is literal, or comes from a value the project's .env sets.
     */
    static Interpolation.Ref defaultTag(Interpolation.Value v, Map<String, String> env) {
        Matcher m = UnpinnedImage.tagVariable(v.raw());
        if (m == null) return null;
        for (Interpolation.Ref r : v.refs()) {
            if (r.start() != m.start() || !r.hasDefault()) continue;
            String set = env.get(r.name());
            boolean used = set == null || (r.op().equals(":-") && set.isEmpty());
            return used ? r : null;
        }
        return null;
    }
}
