package dev.dockmentor.dockerfile;

import java.util.Locale;

/**
 * An image reference {@code [registry/]repository[:tag][@digest]}. {@code repository} includes
 * the namespace ({@code library/python} is normalised to {@code python}).
 */
public record ImageRef(String raw, String registry, String repository, String tag, String digest) {

    public static ImageRef parse(String raw) {
        String s = raw.trim();
        String digest = null;
        int at = s.indexOf('@');
        if (at >= 0) {
            digest = s.substring(at + 1);
            s = s.substring(0, at);
        }
        String registry = null;
        int slash = s.indexOf('/');
        if (slash > 0) {
            String first = s.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                s = s.substring(slash + 1);
            }
        }
        String tag = null;
        int colon = s.lastIndexOf(':');
        if (colon > s.lastIndexOf('/')) {
            tag = s.substring(colon + 1);
            s = s.substring(0, colon);
        }
        String repo = s.toLowerCase(Locale.ROOT).startsWith("library/") && registry == null ? s.substring(8) : s;
        if (registry != null && registry.equals("docker.io") && repo.startsWith("library/")) repo = repo.substring(8);
        return new ImageRef(raw, registry, repo, tag, digest);
    }

    /** The last path component: {@code bitnami/redis} gives {@code redis}. */
    public String name() {
        int i = repository.lastIndexOf('/');
        return i >= 0 ? repository.substring(i + 1) : repository;
    }

    /** Official Docker Hub image (no registry, no namespace). */
    public boolean isOfficial() {
        return (registry == null || registry.equals("docker.io")) && !repository.contains("/");
    }

    public boolean isScratch() {
        return registry == null && repository.equalsIgnoreCase("scratch");
    }

    public boolean hasVariables() {
        return raw.contains("$");
    }

    /** Registry host, with Docker Hub's implicit one made explicit. */
    public String effectiveRegistry() {
        return registry == null ? "docker.io" : registry;
    }
}
