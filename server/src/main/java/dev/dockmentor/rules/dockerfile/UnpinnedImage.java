package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.ImageRef;
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

/**
 * {@code FROM python} or {@code FROM python:latest}: the base moves whenever the publisher pushes,
 * so two builds of the same commit can differ (a major-version jump included).
 */
public final class UnpinnedImage extends Rule implements DockerfileCheck, ComposeCheck {
    public UnpinnedImage() {
        super(RuleMeta.of("unpinned-image", Severity.WARNING, "Image without a version tag").aliases("DL3006", "DL3007")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : ctx.dockerfile().stages) {
            ImageRef ref = s.image;
            Word w = s.imageWord;
            if (ref == null || w == null || s.parent() != null || ref.isScratch()) continue;
            if (ref.hasVariables() || ref.repository().isEmpty() || ref.digest() != null) continue;
            String name = ref.registry() == null ? ref.repository() : ref.registry() + "/" + ref.repository();
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
