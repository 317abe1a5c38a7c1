package dev.dockmentor.context;

import dev.dockmentor.compose.YNode;
import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Images the project builds itself: a compose service with both {@code build:} and {@code image:} tags its result
 * with that name. {@code FROM app_prebuilt} (or another service's {@code image: app_prebuilt}) then names that local
 * build, not something pulled from a registry, so pinning advice does not apply to it.
 */
public final class LocalImages {
    private static final int LEVELS = 5;
    private static final int MAX_FILES = 12;

    private LocalImages() {}

    /** The image names (without tag, lower-case) compose services build in the compose files at {@code dir} and above. */
    public static Set<String> builtNear(Path dir, ProjectFiles files, Path knownRoot) {
        Set<String> out = new HashSet<>();
        if (dir == null || files == null) return out;
        Folders.ComposeScan scan = Folders.composeFilesAbove(dir, files, knownRoot, LEVELS, MAX_FILES);
        for (Folders.ComposeFound c : scan.found()) out.addAll(builtIn(c.file().root));
        for (Path d : scan.finished()) out.addAll(builtByScripts(d, files));
        return out;
    }

    /** The image names the services of one compose file build (service with build and image). */
    public static Set<String> builtIn(YNode root) {
        Set<String> out = new HashSet<>();
        YNode services = root == null || !root.isMap() ? null : root.get("services");
        if (services == null || !services.isMap()) return out;
        for (YNode.Entry e : services.entries) {
            YNode svc = e.value();
            if (svc == null || !svc.isMap() || svc.get("build") == null || svc.str("image") == null) continue;
            out.add(withoutTag(svc.str("image")));
        }
        return out;
    }

    private static final java.util.regex.Pattern SCRIPT = java.util.regex.Pattern.compile("(?i).*\\.(?:sh|bash|mk)|makefile|gnumakefile|justfile");
    /** {@code docker build -t integration_test .}, {@code docker buildx build --tag=acme/app:dev}: the name it tags. */
    private static final java.util.regex.Pattern TAGGED = java.util.regex.Pattern.compile(
            "docker\\s+(?:buildx\\s+)?build\\b[^\\n;&|]*?\\s(?:-t|--tag)[=\\s]+[\"']?([a-z0-9][a-z0-9._/:-]*)");

    /** The image names the shell scripts and Makefiles of one folder build and tag ({@code docker build -t name}). */
    public static Set<String> builtByScripts(Path dir, ProjectFiles files) {
        Set<String> out = new HashSet<>();
        int read = 0;
        for (String name : files.fileNames(dir, n -> SCRIPT.matcher(n).matches())) {
            if (read++ >= MAX_FILES) break;
            Optional<String> text = files.read(dir.resolve(name));
            if (text.isEmpty() || text.get().length() > 256 * 1024) continue;
            java.util.regex.Matcher m = TAGGED.matcher(text.get());
            while (m.find()) if (!m.group(1).contains("$")) out.add(withoutTag(m.group(1)));
        }
        return out;
    }

    /** {@code acme/app:1.2} → {@code acme/app}; a digest or a registry port stays apart from the tag. */
    public static String withoutTag(String image) {
        String s = image.strip();
        int at = s.indexOf('@');
        if (at >= 0) s = s.substring(0, at);
        int colon = s.lastIndexOf(':');
        if (colon > s.lastIndexOf('/')) s = s.substring(0, colon);
        return s.toLowerCase(Locale.ROOT);
    }
}
