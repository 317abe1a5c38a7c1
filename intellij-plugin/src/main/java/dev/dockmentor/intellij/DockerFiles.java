package dev.dockmentor.intellij;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** File-name patterns of Dockerfiles and compose files; must equal the server's FileClassifier (tested). */
public final class DockerFiles {
    public static final List<String> DOCKERFILE_PATTERNS = List.of("Dockerfile", "Containerfile", "Dockerfile.*", "*.Dockerfile", "*.dockerfile", "Containerfile.*", "Dockerfile-*", "Dockerfile_*");
    public static final List<String> COMPOSE_PATTERNS = List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml", "compose.*.yaml", "compose.*.yml", "docker-compose.*.yaml", "docker-compose.*.yml", "docker-compose-*.yaml", "docker-compose-*.yml", "docker-compose_*.yaml", "docker-compose_*.yml", "compose-*.yaml", "compose-*.yml");
    public static final String DOCKERFILE_LANGUAGE_ID = "dockerfile";
    public static final String COMPOSE_LANGUAGE_ID = "dockercompose";

    private DockerFiles() {}

    /** The LSP language id for a file name (last path segment), or empty when dockmentor does not handle it. */
    public static Optional<String> languageId(String fileName) {
        if (fileName == null) return Optional.empty();
        String n = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        if (DOCKERFILE_PATTERNS.stream().anyMatch(g -> glob(g).matcher(n).matches())) return Optional.of(DOCKERFILE_LANGUAGE_ID);
        if (COMPOSE_PATTERNS.stream().anyMatch(g -> glob(g).matcher(n).matches())) return Optional.of(COMPOSE_LANGUAGE_ID);
        return Optional.empty();
    }

    /** A simple file-name glob ({@code *} = any run of characters, {@code *} needing at least one) as a regex. */
    static Pattern glob(String g) {
        StringBuilder re = new StringBuilder();
        for (char c : g.toCharArray()) re.append(c == '*' ? ".+" : Pattern.quote(String.valueOf(c)));
        return Pattern.compile(re.toString());
    }
}
