package dev.dockmentor.ide;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.compose.ComposeProject;
import dev.dockmentor.compose.Ranges;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.text.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Document links: an image ({@code FROM}, compose {@code image:}) to its registry page, and in compose the files a
 * service names ({@code env_file}, {@code build.dockerfile}, secret and config {@code file:}, {@code extends.file},
 * {@code include}) to the files themselves, when they exist.
 */
public final class Links {
    /** A range of the document and what it opens: an https URL, or an absolute file path. */
    public record Link(Range range, String target, boolean file) {}

    private Links() {}

    /** The page that shows an image's tags and documentation, or null for a registry without public pages. */
    public static String registryPage(ImageRef ref) {
        if (ref == null || ref.hasVariables() || ref.isScratch() || ref.repository().isEmpty()) return null;
        String reg = ref.registry() == null ? "docker.io" : ref.registry().toLowerCase(Locale.ROOT);
        String repo = ref.repository();
        return switch (reg) {
            case "docker.io", "index.docker.io", "registry-1.docker.io" ->
                    repo.startsWith("library/") ? "https://hub.docker.com/_/" + repo.substring(8)
                            : repo.contains("/") ? "https://hub.docker.com/r/" + repo : "https://hub.docker.com/_/" + repo;
            case "ghcr.io" -> "https://ghcr.io/" + repo;
            case "quay.io" -> "https://quay.io/repository/" + repo;
            case "mcr.microsoft.com" -> "https://mcr.microsoft.com/artifact/mar/" + repo;
            case "public.ecr.aws" -> "https://gallery.ecr.aws/" + repo;
            case "gcr.io", "registry.k8s.io" -> "https://" + reg + "/" + repo;
            case "registry.gitlab.com" -> "https://gitlab.com/" + repo.replaceFirst("/[^/]+$", "") + "/container_registry";
            default -> null;
        };
    }

    public static List<Link> of(Dockerfile df) {
        List<Link> out = new ArrayList<>();
        if (df == null) return out;
        for (Stage s : df.stages) {
            if (s.image == null || s.imageWord == null || s.parent() != null) continue;
            String page = registryPage(s.image);
            if (page != null) out.add(new Link(s.imageWord.range(), page, false));
        }
        return out;
    }

    public static List<Link> of(ComposeFile f, ProjectFiles files) {
        List<Link> out = new ArrayList<>();
        if (f == null || f.root == null || !f.root.isMap() || f.path == null) return out;
        Path dir = Path.of(f.path).toAbsolutePath().normalize().getParent();
        YNode services = f.root.get("services");
        if (services != null && services.isMap()) {
            for (YNode.Entry e : services.entries) {
                YNode svc = e.value();
                if (e.merged() || svc == null || !svc.isMap()) continue;
                YNode image = svc.get("image");
                if (image != null && image.isScalar() && image.text() != null && !image.text().contains("$") && svc.get("build") == null) {
                    String page = registryPage(ImageRef.parse(image.text().strip()));
                    if (page != null) out.add(new Link(Ranges.inScalar(image, 0, image.text().length()), page, false));
                }
                YNode envFile = svc.get("env_file");
                if (envFile != null && envFile.isScalar()) file(out, envFile, dir, files);
                if (envFile != null && envFile.isSeq()) {
                    for (YNode i : envFile.items) file(out, i.isMap() ? i.get("path") : i, dir, files);
                }
                YNode build = svc.get("build");
                if (build != null && build.isMap() && build.str("dockerfile") != null) {
                    String ctx = build.str("context") == null ? "." : build.str("context");
                    if (!ctx.contains("$") && !ctx.contains("://")) file(out, build.get("dockerfile"), dir.resolve(ctx), files);
                }
                YNode ext = svc.get("extends");
                if (ext != null && ext.isMap()) file(out, ext.get("file"), dir, files);
            }
        }
        for (String top : new String[] {"secrets", "configs"}) {
            YNode t = f.root.get(top);
            if (t == null || !t.isMap()) continue;
            for (YNode.Entry e : t.entries) if (!e.merged() && e.value() != null && e.value().isMap()) file(out, e.value().get("file"), dir, files);
        }
        for (YNode p : ComposeProject.includePaths(f.root)) file(out, p, dir, files);
        return out;
    }

    private static void file(List<Link> out, YNode n, Path dir, ProjectFiles files) {
        if (n == null || !n.isScalar() || n.text() == null || n.text().isBlank() || n.text().contains("$") || dir == null) return;
        Path p;
        try {
            p = dir.resolve(n.text().strip()).normalize();
        } catch (RuntimeException e) { // not a path this system accepts
            return;
        }
        if (files == null || !files.exists(p)) return;
        out.add(new Link(Ranges.inScalar(n, 0, n.text().length()), p.toString(), true));
    }
}
