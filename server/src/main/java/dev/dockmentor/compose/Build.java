package dev.dockmentor.compose;

/** A service {@code build:}: a context string, or {@code {context, dockerfile, target, args}}. */
public record Build(YNode node, YNode context, YNode dockerfile, YNode target, YNode args, YNode dockerfileInline) {
    public static Build of(YNode b) {
        if (b == null) return null;
        if (b.isScalar()) return new Build(b, b, null, null, null, null);
        if (!b.isMap()) return null;
        return new Build(b, b.get("context"), b.get("dockerfile"), b.get("target"), b.get("args"), b.get("dockerfile_inline"));
    }

    /** The context text, "." when not given; null when it is not a plain string. */
    public String contextText() {
        if (context == null) return ".";
        return context.text();
    }

    public String dockerfileText() {
        return dockerfile == null ? "Dockerfile" : dockerfile.text();
    }

    /**
     * The Dockerfile this build reads in {@code ctxDir}: the one it names, else {@code Dockerfile}, else a lower-case
     * {@code dockerfile} (BuildKit and the Docker CLI fall back to that name when the default one is absent).
     */
    public java.nio.file.Path dockerfileIn(java.nio.file.Path ctxDir, java.util.function.Predicate<java.nio.file.Path> exists) {
        java.nio.file.Path p = ctxDir.resolve(dockerfileText()).normalize();
        if (dockerfile == null && !exists.test(p)) {
            java.nio.file.Path lower = ctxDir.resolve("dockerfile").normalize();
            if (exists.test(lower) && !exists.test(ctxDir.resolve("Containerfile"))) return lower;
        }
        return p;
    }

    /** A remote context (git URL or http): not on this disk. */
    public boolean remote() {
        String c = contextText();
        return c != null && (c.matches("(?i)(https?|git|ssh)://.*") || c.startsWith("git@") || c.contains(".git#"));
    }
}
