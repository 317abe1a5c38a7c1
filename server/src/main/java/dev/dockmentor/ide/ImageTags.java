package dev.dockmentor.ide;

import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.kb.KnowledgeBase;
import dev.dockmentor.rules.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tag completion for a language image, offline from the knowledge base: once a version is typed
 * ({@code FROM python:3.12}), its variants with their approximate sizes, the small ones first ({@code 3.12-alpine}
 * ~50 MB, {@code 3.12-slim} ~130 MB, {@code 3.12} ~1,020 MB). Nothing is offered before a version: a bare
 * {@code python:slim} floats to every new release, which {@code unpinned-image} warns about.
 */
public final class ImageTags {
    /** One offer: the whole tag to write, a one-line detail, the order (0 first) and a short documentation. */
    public record Tag(String tag, String detail, int rank, Msg documentation) {}

    /** A version as typed: {@code 3.12}, {@code 20}, {@code 1.23.4}; a variant already written is left alone. */
    private static final Pattern VERSION = Pattern.compile("(\\d+(?:\\.\\d+){0,2})(-?)");

    private ImageTags() {}

    /** The tags to offer for image {@code repository} when the tag typed so far is {@code typed}. */
    public static List<Tag> offer(KnowledgeBase kb, String repository, String typed) {
        List<Tag> out = new ArrayList<>();
        Optional<KnowledgeBase.LanguageImage> lang = kb.language(ImageRef.parse(repository + ":x"));
        Matcher m = VERSION.matcher(typed);
        if (lang.isEmpty() || !m.matches()) return out;
        KnowledgeBase.LanguageImage l = lang.get();
        String v = m.group(1);
        int rank = 0;
        if (l.alpine() != null) {
            out.add(new Tag(v + "-alpine", "~" + l.alpine() + " MB", rank++, Msg.of(
                    "Alpine (musl libc, apk): the smallest; native wheels and glibc-only binaries may not work.",
                    "Alpine (musl libc, apk): la más pequeña; las ruedas nativas y los binarios solo para glibc pueden fallar.")));
        }
        if (l.slim() != null) {
            out.add(new Tag(v + "-slim", "~" + l.slim() + " MB", rank++, Msg.of(
                    "Debian slim (glibc, apt): small, and what most apps need at run time.",
                    "Debian slim (glibc, apt): pequeña, y lo que la mayoría de las apps necesita al ejecutarse.")));
        }
        out.add(new Tag(v, "~" + String.format(java.util.Locale.ROOT, "%,d", l.full()) + " MB", rank, Msg.of(
                "The full image with compilers and headers: for a builder stage, not for what you ship.",
                "La imagen completa con compiladores y cabeceras: para una etapa de build, no para lo que publicas.")));
        return out;
    }
}
