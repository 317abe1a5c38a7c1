package dev.dockmentor.context;

import dev.dockmentor.compose.ComposeProject;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compose services that build a Dockerfile, found from the Dockerfile's side: the compose files in its folder
 * and the folders above it (up to the project root, three levels at most) whose services' {@code build} resolves
 * to it. What they add to the image tells what it is for: a healthcheck written in compose, or the source folder
 * bind-mounted over the image's code (a development set-up).
 */
public final class DockerfileUsers {
    /**
     * A service building the Dockerfile: its name and file, whether compose gives it a healthcheck, and the container
     * paths a relative host folder is bind-mounted on.
     */
    public record User(String service, Path composeFile, boolean healthcheck, List<String> sourceMounts, Path context,
            FileRoles.Role use, String runAs) {
        public User(String service, Path composeFile, boolean healthcheck, List<String> sourceMounts, Path context) {
            this(service, composeFile, healthcheck, sourceMounts, context, FileRoles.Role.PRODUCTION, null);
        }

        public User(String service, Path composeFile, boolean healthcheck, List<String> sourceMounts, Path context, FileRoles.Role use) {
            this(service, composeFile, healthcheck, sourceMounts, context, use, null);
        }

        /** The service sets {@code user:} to someone other than root. */
        public boolean runsUnprivileged() {
            if (runAs == null || runAs.isBlank()) return false;
            String u = runAs.strip();
            String name = u.contains(":") ? u.substring(0, u.indexOf(':')) : u;
            return !name.equals("0") && !name.equals("root") && !name.isEmpty();
        }
    }

    /**
     * The role every service building the Dockerfile gives it, when they agree on one that is not production: each
     * sits in a development or test compose file, or runs the image in development mode. One production user keeps
     * the Dockerfile production.
     */
    public static java.util.Optional<User> sharedRelaxedUse(List<User> users) {
        if (users.isEmpty()) return java.util.Optional.empty();
        for (User u : users) if (!u.use().role().relaxed()) return java.util.Optional.empty();
        return java.util.Optional.of(users.get(0));
    }

    /** The build context the services building the Dockerfile agree on, if any. */
    public static java.util.Optional<Path> context(List<User> users) {
        java.util.Set<Path> seen = new java.util.LinkedHashSet<>();
        for (User u : users) if (u.context() != null) seen.add(u.context());
        return seen.size() == 1 ? java.util.Optional.of(seen.iterator().next()) : java.util.Optional.empty();
    }

    /** Deep enough for src/Services/Api/Dockerfile built from a compose file at the repository root. */
    private static final int LEVELS = 5;
    private static final int MAX_FILES = 12;

    private DockerfileUsers() {}

    public static List<User> of(Path dockerfile, ProjectFiles files, Path knownRoot) {
        List<User> out = new ArrayList<>();
        if (dockerfile == null || files == null) return out;
        Path target = dockerfile.toAbsolutePath().normalize();
        boolean lowerDefault = target.getFileName() != null && target.getFileName().toString().equals("dockerfile")
                && !files.exists(target.resolveSibling("Dockerfile"));
        for (Folders.ComposeFound c : Folders.composeFilesAbove(target.getParent(), files, knownRoot, LEVELS, MAX_FILES).found()) {
            Path p = c.dir().resolve(c.name());
            FileRoles.Role fileRole = FileRoles.of(p.toString(), null, List.of(), files, knownRoot, true);
            collect(c.file().root, c.dir(), target, lowerDefault, p, fileRole, override(c.dir(), c.name(), files), out);
        }
        return out;
    }

    /**
     * The services of the override Compose merges into a base file by default ({@code docker-compose.override.yml}
     * beside {@code docker-compose.yml}): what it adds to a service is how {@code docker compose up} runs it.
     */
    private static YNode override(Path dir, String baseName, ProjectFiles files) {
        if (!ComposeProject.BASE_NAMES.contains(baseName)) return null;
        for (String o : ComposeProject.OVERRIDE_NAMES) {
            Path p = dir.resolve(o);
            if (!files.exists(p)) continue;
            Optional<String> text = files.read(p);
            if (text.isEmpty() || text.get().length() > 256 * 1024) return null;
            YNode root = ComposeProject.parseShared(p, text.get()).root;
            YNode services = root == null || !root.isMap() ? null : root.get("services");
            return services != null && services.isMap() ? services : null;
        }
        return null;
    }

    private static void collect(YNode root, Path dir, Path target, boolean lowerDefault, Path composeFile, FileRoles.Role fileRole, YNode overrideServices,
            List<User> out) {
        if (root == null || !root.isMap()) return;
        YNode services = root.get("services");
        if (services == null || !services.isMap()) return;
        for (YNode.Entry e : services.entries) {
            YNode svc = e.value();
            if (e.name() == null || svc == null || !svc.isMap()) continue;
            YNode build = svc.get("build");
            if (build == null) continue;
            String context = build.isScalar() ? build.text() : build.isMap() ? build.str("context") : null;
            String file = build.isMap() ? build.str("dockerfile") : null;
            if (context == null) context = ".";
            if (context.contains("$") || context.contains("://") || file != null && file.contains("$")) continue;
            Path ctxDir = dir.resolve(context).normalize();
            Path built = ctxDir.resolve(file == null ? "Dockerfile" : file).normalize();
            // BuildKit reads a lower-case dockerfile when the folder has no Dockerfile.
            boolean lowerCase = lowerDefault && file == null && target.equals(ctxDir.resolve("dockerfile"));
            if (!built.equals(target) && !lowerCase) continue;
            YNode hc = svc.get("healthcheck");
            boolean healthcheck = hc != null && hc.isMap() && (hc.has("test") || hc.get("disable") != null && hc.get("disable").isTrue());
            // A service that builds one stage (target) says nothing about the final image.
            FileRoles.Role use = fileRole;
            if (!use.role().relaxed() && !(build.isMap() && build.has("target"))) {
                Optional<String> dev = DevSignals.ofServiceRun(svc);
                if (dev.isEmpty() && overrideServices != null) dev = DevSignals.ofServiceRun(overrideServices.get(e.name()));
                if (dev.isPresent()) use = new FileRoles.Role(FileRole.DEVELOPMENT, dev.get());
            }
            String runAs = svc.str("user");
            if (runAs == null && overrideServices != null && overrideServices.get(e.name()) != null && overrideServices.get(e.name()).isMap()) {
                runAs = overrideServices.get(e.name()).str("user");
            }
            out.add(new User(e.name(), composeFile, healthcheck, sourceMounts(svc.get("volumes")), ctxDir, use, runAs));
        }
    }

    /** Container paths that a relative host path ({@code .}, {@code ./src}) is bind-mounted on. */
    private static List<String> sourceMounts(YNode volumes) {
        List<String> out = new ArrayList<>();
        if (volumes == null || !volumes.isSeq()) return out;
        for (YNode v : volumes.items) {
            String source = null, targetPath = null;
            if (v.isScalar() && v.text() != null) {
                String[] parts = v.text().split(":");
                if (parts.length >= 2) {
                    source = parts[0];
                    targetPath = parts[1];
                }
            } else if (v.isMap() && "bind".equals(v.str("type"))) {
                source = v.str("source");
                targetPath = v.str("target");
            }
            if (source == null || targetPath == null) continue;
            if (source.equals(".") || source.startsWith("./") || source.equals("..") || source.startsWith("../")) out.add(targetPath);
        }
        return out;
    }
}
