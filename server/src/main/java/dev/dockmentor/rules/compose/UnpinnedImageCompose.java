package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Interpolation;
import dev.dockmentor.compose.Ranges;
import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.rules.ComposeContext;

/**
 * Compose half of {@code unpinned-image}: {@code image:} without a tag or with {@code :latest}. With a
 * {@code build:} the image is the name given to the result, so it is exempt. Unknown variables are skipped.
 */
public final class UnpinnedImageCompose {
    private UnpinnedImageCompose() {}

    public static void check(ComposeContext ctx) {
        for (Service s : ctx.model().containers()) {
            YNode img = s.image();
            if (img == null || img.text() == null || s.build() != null) continue;
            Interpolation.Value v = Interpolation.resolve(img.text(), s.env());
            if (!v.known() || v.text().isBlank()) continue;
            ImageRef ref = ImageRef.parse(v.text().strip());
            if (ref.digest() != null || ref.isScratch()) continue;
            String raw = img.text();
            if (ref.tag() == null) {
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
}
