package dev.dockmentor.project;

import dev.dockmentor.rules.FileKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which file names are Dockerfiles and which are compose files (interfaces.md). */
public final class FileClassifier {
    /** Glob patterns, as editors and the IntelliJ template take them. */
    public static final List<String> DOCKERFILE_GLOBS = List.of("Dockerfile", "Containerfile", "Dockerfile.*",
            "*.Dockerfile", "*.dockerfile", "Containerfile.*", "Dockerfile-*", "Dockerfile_*");
    public static final List<String> COMPOSE_GLOBS = List.of("compose.yaml", "compose.yml", "docker-compose.yaml",
            "docker-compose.yml", "compose.*.yaml", "compose.*.yml", "docker-compose.*.yaml", "docker-compose.*.yml",
            "docker-compose-*.yaml", "docker-compose-*.yml", "docker-compose_*.yaml", "docker-compose_*.yml",
            "compose-*.yaml", "compose-*.yml");

    private static final Pattern DOCKERFILE = Pattern.compile("(Dockerfile|Containerfile)([._-].+)?|.+\\.(Dockerfile|dockerfile)");
    private static final Pattern COMPOSE = Pattern.compile("(docker-compose|compose)([._-].+)?\\.ya?ml");

    private FileClassifier() {}

    public static Optional<FileKind> classify(String fileName) {
        if (fileName == null) return Optional.empty();
        String n = fileName;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        if (slash >= 0) n = n.substring(slash + 1);
        if (n.endsWith(".dockerignore")) return Optional.empty();
        if (DOCKERFILE.matcher(n).matches()) return Optional.of(FileKind.DOCKERFILE);
        if (COMPOSE.matcher(n).matches()) return Optional.of(FileKind.COMPOSE);
        return Optional.empty();
    }

    /** A compose file name (the folder walk's and the project's notion alike). */
    public static boolean isCompose(String fileName) {
        return classify(fileName).orElse(null) == FileKind.COMPOSE;
    }

    public static Optional<FileKind> parseKind(String s) {
        if (s == null) return Optional.empty();
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "dockerfile" -> Optional.of(FileKind.DOCKERFILE);
            case "compose", "dockercompose", "docker-compose" -> Optional.of(FileKind.COMPOSE);
            default -> Optional.empty();
        };
    }
}
