package dev.dockmentor.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a file is for, from strong signals only; everything else stays production (and keeps every rule). */
class FileRolesTest {
    /** A project rooted at /repo (it holds .git). */
    private static final ProjectFiles ROOTED = files("/repo/.git/HEAD", "ref: main\n");

    static ProjectFiles files(String... pathAndContent) {
        Map<Path, String> m = new HashMap<>();
        for (int i = 0; i + 1 < pathAndContent.length; i += 2) m.put(Path.of(pathAndContent[i]), pathAndContent[i + 1]);
        return ProjectFiles.inMemory(m);
    }

    private static FileRole role(String path) {
        return FileRoles.of(path, "FROM alpine:3.20\n", List.of(), ROOTED, false).role();
    }

    @ParameterizedTest
    @CsvSource({
            "/repo/.devcontainer/Dockerfile, DEVELOPMENT",
            "/repo/Dockerfile.dev, DEVELOPMENT",
            "/repo/dev.Dockerfile, DEVELOPMENT",
            "/repo/docker-compose.dev.yml, DEVELOPMENT",
            "/repo/compose-local.yaml, DEVELOPMENT",
            "/repo/docker/development/Dockerfile, DEVELOPMENT",
            "/repo/Dockerfile.test, TEST",
            "/repo/docker-compose.ci.yml, TEST",
            "/repo/compose.e2e.yaml, TEST",
            "/repo/tests/integration/Dockerfile, TEST",
            "/repo/.github/actions/lint/Dockerfile, TEST",
            "/repo/Dockerfile.j2, TEMPLATE",
            "/repo/Dockerfile.template, TEMPLATE",
            "/repo/Dockerfile, PRODUCTION",
            "/repo/examples/python-api/Dockerfile, PRODUCTION",
            "/repo/demo/Dockerfile, PRODUCTION",
            "/repo/docker-compose.prod.yml, PRODUCTION",
            "/repo/Dockerfile.devtools-free, PRODUCTION",
            "/repo/services/latest/Dockerfile, PRODUCTION"})
    void readsTheRoleFromTheNameAndTheFoldersBelowTheRoot(String path, FileRole expected) {
        assertEquals(expected, role(path), path);
    }

    @ParameterizedTest
    @CsvSource({
            // Folders above the project root are someone's workspace, not a signal.
            "/home/me/dev/app/Dockerfile, /home/me/dev/app/.git/HEAD, PRODUCTION",
            "/ci/tests/checkout/Dockerfile, /ci/tests/checkout/.dockmentor.yaml, PRODUCTION",
            // Without a root, only dot-folders that cannot be a home folder count.
            "/home/me/dev/app/Dockerfile, /nowhere/.git/HEAD, PRODUCTION",
            "/home/me/app/.devcontainer/Dockerfile, /nowhere/.git/HEAD, DEVELOPMENT"})
    void foldersCountOnlyBelowTheProjectRoot(String path, String marker, FileRole expected) {
        assertEquals(expected, FileRoles.of(path, "FROM alpine:3.20\n", List.of(), files(marker, "x"), false).role(), path);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Do not use this image in production | DEVELOPMENT",
            "NOT intended for production use | DEVELOPMENT",
            "for local development only | DEVELOPMENT",
            "No usar en producción | DEVELOPMENT",
            "Image for running the tests only | TEST",
            "This image runs in production behind a proxy | PRODUCTION",
            "development and production builds | PRODUCTION"})
    void aCommentSayingWhatTheFileIsForCounts(String comment, FileRole expected) {
        assertEquals(expected, FileRoles.of("/repo/Dockerfile", "FROM alpine:3.20\n", List.of(comment), ROOTED, false).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FROM {{ base_image }}\\nRUN x | TEMPLATE",
            "FROM %%BASE%%\\nRUN x | TEMPLATE",
            "FROM alpine:3.20\\n{% if dev %}\\nRUN apk add gdb\\n{% endif %} | TEMPLATE",
            "FROM alpine:3.20\\nHEALTHCHECK CMD docker inspect --format '{{.State.Health}}' x | PRODUCTION",
            "FROM alpine:3.20\\nRUN echo '{{ not a template }}' | PRODUCTION"})
    void templateSyntaxCountsWhereALineBeginsOrInFrom(String text, FileRole expected) {
        assertEquals(expected, FileRoles.of("/repo/Dockerfile", text.replace("\\n", "\n"), List.of(), ROOTED, false).role());
    }
}
