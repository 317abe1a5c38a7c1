package dev.dockmentor.context;

import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images a project publishes itself, read from its CI workflows and build scripts ({@code docker push
 * hawkbit/${APP}:latest}, {@code docker buildx build -t acme/api:1.2}, a workflow's {@code images: ghcr.io/acme/app}).
 * A compose file of the project that runs one of them at {@code :latest} follows the project's own newest release, which
 * the project controls: a choice for its samples, not a drift from someone else's image.
 */
public final class ProjectImages {
    private static final int LEVELS = 8;
    private static final int MAX_FILES = 40;
    private static final Pattern SCRIPT = Pattern.compile("(?i).*\\.(?:sh|bash|ya?ml)|makefile|gnumakefile|justfile");
    /** An image name a build tags, a push or tag names, or a metadata/build-push action lists. */
    private static final Pattern NAMED = Pattern.compile(
            "(?:docker\\s+(?:buildx\\s+)?build\\b[^\\n;&|]*?\\s(?:-t|--tag)[=\\s]+|docker\\s+push\\s+|docker\\s+tag\\s+\\S+\\s+"
                    + "|^\\s*(?:images|tags)\\s*:\\s*)"
                    + "[\"']?([a-z0-9][a-z0-9._-]*(?::[0-9]+)?(?:/[a-z0-9${}._-]+)+)", Pattern.MULTILINE);

    /** What the project publishes: exact repositories, and namespaces whose image name is a variable ({@code hawkbit/${APP}}). */
    public record Published(Set<String> repositories, Set<String> namespaces, String where) {
        static final Published NONE = new Published(Set.of(), Set.of(), null);

        /** True when the image (any tag) is one the project publishes. */
        public boolean includes(String image) {
            String repo = LocalImages.withoutTag(image);
            if (repositories.contains(repo)) return true;
            int slash = repo.lastIndexOf('/');
            return slash > 0 && namespaces.contains(repo.substring(0, slash));
        }
    }

    private ProjectImages() {}

    /** The images the project around {@code dir} publishes (its root's CI workflows and build scripts). */
    public static Published around(Path dir, ProjectFiles files, Path knownRoot) {
        if (dir == null || files == null) return Published.NONE;
        Path root = Folders.projectRoot(dir, files, knownRoot, LEVELS);
        if (root == null) return Published.NONE;
        Set<String> repos = new LinkedHashSet<>(), spaces = new LinkedHashSet<>();
        String where = null;
        int read = 0;
        List<Path> folders = new ArrayList<>(List.of(root.resolve(".github/workflows"), root, root.resolve("scripts"), root.resolve("docker"),
                root.resolve("build"), root.resolve("ci"), root.resolve(".ci")));
        folders.add(root.resolve(".gitlab-ci.yml").getParent());
        for (Path d : folders) {
            boolean workflows = d.endsWith(Path.of(".github", "workflows"));
            for (String name : files.fileNames(d, n -> SCRIPT.matcher(n).matches())) {
                // Outside the workflows folder, YAML files are compose and config files, not CI: only .gitlab-ci.yml counts.
                if (!workflows && name.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml") && !name.equals(".gitlab-ci.yml")) continue;
                if (read++ >= MAX_FILES) break;
                Optional<String> text = files.read(d.resolve(name));
                if (text.isEmpty() || text.get().length() > 256 * 1024) continue;
                boolean pushes = workflows || text.get().contains("docker push") || text.get().contains("--push");
                if (!pushes) continue;
                Matcher m = NAMED.matcher(text.get());
                while (m.find()) {
                    String image = m.group(1);
                    String repo = LocalImages.withoutTag(image.replaceAll(":\\$\\{?[A-Za-z_{}.$]+}?$", ""));
                    int slash = repo.lastIndexOf('/');
                    String last = repo.substring(slash + 1);
                    String space = repo.substring(0, slash);
                    if (space.contains("$")) continue;
                    boolean added = last.contains("$") ? spaces.add(space) : !repo.contains("$") && repos.add(repo);
                    if (added && where == null) where = root.relativize(d.resolve(name)).toString().replace('\\', '/');
                }
            }
        }
        return repos.isEmpty() && spaces.isEmpty() ? Published.NONE : new Published(repos, spaces, where);
    }
}
