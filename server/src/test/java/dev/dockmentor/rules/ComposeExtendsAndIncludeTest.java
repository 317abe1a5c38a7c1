package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;

import dev.dockmentor.project.ProjectFiles;
import org.junit.jupiter.api.Test;

/** extends, within the file or from another, counts as what will run; include and extends.file paths must exist. */
class ComposeExtendsAndIncludeTest {
    static final String BASE = "services:\n  app:\n    image: nginx:1.27\n    restart: always\n"
            + "    healthcheck:\n      test: [\"CMD\", \"true\"]\n    mem_limit: 256m\n";

    @Test
    void aServiceInheritsTheKeysOfTheServiceItExtends() {
        String src = BASE + "  web:\n    extends:\n      service: app\n";
        catchesNot("missing-healthcheck", src);
        catchesNot("missing-restart-policy", src);
        catchesNot("no-resource-limits", src);
    }

    @Test
    void ownKeysStillCountAndCyclesDoNotHang() {
        catches("missing-restart-policy", "services:\n  a:\n    image: nginx:1.27\n    extends: b\n  b:\n    image: nginx:1.27\n    extends: a\n");
    }

    @Test
    void missingIncludeAndExtendsFilesAreReported() {
        catches("missing-file", "include:\n  - «other/compose.yaml»\n  - path: «more.yaml»\nservices:\n  web:\n    image: nginx:1.27\n"
                + "    extends:\n      file: «base.yaml»\n      service: app\n");
        catchesNot("missing-file", "include:\n  - other/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n",
                files("other/compose.yaml", "services: {}\n"));
    }

    @Test
    void aServiceInheritsTheKeysOfAServiceInAnotherFile() {
        String src = "services:\n  web:\n    extends:\n      file: common/base.yaml\n      service: app\n";
        ProjectFiles project = files("common/base.yaml", BASE);
        catchesNot("missing-healthcheck", src, project);
        catchesNot("missing-restart-policy", src, project);
        catchesNot("no-resource-limits", src, project);
        // Without the file, nothing is inherited (and missing-file says why).
        catches("missing-restart-policy", src);
        catches("missing-file", src);
    }

    @Test
    void theOtherFileResolvesItsOwnExtendsRelativeToItself() {
        String src = "services:\n  web:\n    extends: {file: common/svc.yaml, service: api}\n";
        ProjectFiles project = files("common/svc.yaml", "services:\n  api:\n    extends: {file: ../base.yaml, service: app}\n",
                "base.yaml", BASE);
        catchesNot("missing-healthcheck", src, project);
        catchesNot("missing-restart-policy", src, project);
    }

    @Test
    void findingsOnInheritedKeysBelongToTheFileThatWritesThem() {
        String src = "services:\n  web:\n    extends: {file: base.yaml, service: app}\n";
        // lint() fails when a finding names another file; privileged is the base file's to report.
        catchesNot("privileged-container", src, files("base.yaml", BASE + "    privileged: true\n"));
    }

    @Test
    void filesExtendingEachOtherInACycleEnd() {
        String src = "services:\n  web:\n    extends: {file: a.yaml, service: x}\n";
        catches("missing-restart-policy", src, files(
                "a.yaml", "services:\n  x:\n    extends: {file: b.yaml, service: y}\n",
                "b.yaml", "services:\n  y:\n    extends: {file: a.yaml, service: x}\n"));
    }

    static final String WEB = "    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n"
            + "    networks: [back]\n    volumes:\n      - data:/data\n";
    static final String DB = "services:\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n"
            + "networks:\n  back:\nvolumes:\n  data:\n";

    @Test
    void namesDeclaredInIncludedFilesResolve() {
        String src = "include:\n  - db/compose.yaml\nservices:\n  web:\n" + WEB;
        ProjectFiles project = files("db/compose.yaml", DB);
        catchesNot("unknown-service", src, project);
        catchesNot("undefined-reference", src, project);
        catchesNot("depends-on-unhealthy-target", src, project);
        // Without the included file they do not (and missing-file says why).
        catches("unknown-service", src);
        catches("undefined-reference", src);
    }

    @Test
    void includeAcceptsPathListsAndNestedIncludesRelativeToEachFile() {
        String src = "include:\n  - path: [stack/compose.yaml]\nservices:\n  web:\n" + WEB;
        ProjectFiles project = files("stack/compose.yaml", "include:\n  - ../db/compose.yaml\n", "db/compose.yaml", DB);
        catchesNot("unknown-service", src, project);
        catchesNot("undefined-reference", src, project);
    }

    @Test
    void ownDeclarationsKeepTheirPlaceSoFixesStillEditThisFile() {
        // 'cache' is declared nowhere: the fix declares it in this file's own volumes section.
        String src = "include:\n  - db/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n    volumes:\n      - cache:/c\n"
                + "volumes:\n  logs: {}\n";
        assertFix("undefined-reference", src, null, files("db/compose.yaml", DB));
    }

    @Test
    void aFileAnotherIncludesSeesTheIncludersNamesAndProjectDirectory() {
        // laradock: docker-compose.yml declares the networks and includes every service's folder with
        // project_directory: . ; a service folder's compose.yml uses those networks and services and builds ./mysql.
        ProjectFiles project = files("docker-compose.yml", "networks:\n  backend: {}\nvolumes:\n  mysql: {}\ninclude:\n"
                        + "  - path: mysql/compose.yml\n    project_directory: .\n  - path: workspace/compose.yml\n    project_directory: .\n",
                "workspace/compose.yml", "services:\n  workspace:\n    image: php:8.4\n",
                "mysql/Dockerfile", "FROM mysql:8.4\n");
        String mysql = "services:\n  mysql:\n    build: ./mysql\n    volumes: [mysql:/var/lib/mysql]\n    networks: [backend]\n"
                + "    depends_on: [workspace]\n";
        catchesNotIn("/project/mysql/compose.yml", "undefined-reference", mysql, project);
        catchesNotIn("/project/mysql/compose.yml", "unknown-service", mysql, project);
        catchesNotIn("/project/mysql/compose.yml", "missing-file", mysql, project);
        // Names no file of the project declares are still reported; a file nobody includes is judged alone.
        catchesIn("/project/mysql/compose.yml", "undefined-reference", "services:\n  mysql:\n    image: mysql:8.4\n    networks: [«frontend»]\n", project);
        catchesIn("/project/mysql/compose.yml", "unknown-service", "services:\n  mysql:\n    image: mysql:8.4\n    depends_on: [«redis»]\n", project);
        catchesIn("/project/other/compose.yml", "undefined-reference", "services:\n  x:\n    image: mysql:8.4\n    networks: [«backend»]\n", project);
        // The editor re-analyses the file when its includer changes.
        var r = ANALYZER.analyzeComposeProject("/project/mysql/compose.yml", mysql, project,
                dev.dockmentor.config.Config.DEFAULT, dev.dockmentor.engine.Cancel.NEVER);
        org.junit.jupiter.api.Assertions.assertTrue(r.dependencies().contains(java.nio.file.Path.of("/project/docker-compose.yml")), r.dependencies().toString());
    }

    @Test
    void withoutProjectDirectoryPathsStayRelativeToTheIncludedFile() {
        ProjectFiles project = files("compose.yaml", "include:\n  - db/compose.yaml\n", "db/Dockerfile", "FROM postgres:16\n");
        catchesNotIn("/project/db/compose.yaml", "missing-file", "services:\n  db:\n    build: .\n", project);
        catchesIn("/project/db/compose.yaml", "missing-file", "services:\n  db:\n    build: «./db»\n", project);
    }

    @Test
    void includeCyclesEnd() {
        String src = "include:\n  - a.yaml\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [x]\n";
        catchesNot("unknown-service", src, files("a.yaml", "include:\n  - b.yaml\nservices:\n  x:\n    image: nginx:1.27\n",
                "b.yaml", "include:\n  - a.yaml\n"));
    }
}
