package dev.dockmentor.rules;

import static dev.dockmentor.rules.ProjectTester.composeAt;
import static dev.dockmentor.rules.ProjectTester.dockerfileAt;
import static dev.dockmentor.rules.ProjectTester.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What the project's own documents say a file is for: a folder README saying "for development purposes", a
 * contributor guide that names a file no user-facing document names, a database named for development.
 */
class ProjectDocsRolesTest {
    private static final String ROOT_IMAGE = "FROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n";

    @Test
    void aFolderReadmeSayingDevelopmentPurposesMakesTheFilesBesideItDevelopment() {
        var f = only("root-user", dockerfileAt("docker/php/Dockerfile", ROOT_IMAGE,
                "/project/.git/HEAD", "", "/project/docker/php/README.md", "# PHP image\n\nThis image is for wallabag development purposes only.\n"));
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains("its folder's README.md says \"for wallabag development purposes\""), f.get(0).message().en());
        assertTrue(f.get(0).message().es().contains("el README.md de su carpeta dice"), f.get(0).message().es());
    }

    @Test
    void aFolderReadmeSayingTestingPurposesMakesThemTest() {
        var f = only("unpinned-image", dockerfileAt("docker/db_images/postgres/Dockerfile", "FROM postgres\nCOPY init.sql /docker-entrypoint-initdb.d/\n",
                "/project/.git/HEAD", "", "/project/docker/db_images/postgres/README.md", "These images are used for db handlers testing only.\n"));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("a test or CI file"), f.get(0).message().en());
    }

    @Test
    void aReadmeAboutSomethingElseChangesNothing() {
        var f = only("root-user", dockerfileAt("docker/Dockerfile", ROOT_IMAGE,
                "/project/.git/HEAD", "", "/project/docker/README.md", "# Running\n\nBuild the image and run it in production behind a proxy.\n"));
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void aComposeFileOnlyTheContributorGuideNamesIsADevelopmentStack() {
        String compose = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n  app:\n    build: .\n";
        String guide = "# Contributing\n\nStart the database with `docker compose -f docker/docker-compose.yml up -d`.\n";
        var f = only("hardcoded-secret", composeAt("docker/docker-compose.yml", compose,
                "/project/.git/HEAD", "", "/project/CONTRIBUTING.md", guide, "/project/README.md", "# Acme\n\nA library.\n"));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("the contributor guide CONTRIBUTING.md uses it, nothing for users does"), f.get(0).message().en());
        assertTrue(f.get(0).message().es().contains("lo usa la guía para contribuir CONTRIBUTING.md y nada para usuarios lo hace"), f.get(0).message().es());
    }

    @Test
    void aFileTheUsersDocsNameToo_staysTheUsers() {
        String compose = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n  app:\n    build: .\n";
        String guide = "Start the stack with `docker compose -f docker/docker-compose.yml up -d`.\n";
        var inReadme = only("hardcoded-secret", composeAt("docker/docker-compose.yml", compose, "/project/.git/HEAD", "",
                "/project/CONTRIBUTING.md", guide, "/project/README.md", "## Self-hosting\n\nRun docker/docker-compose.yml on your server.\n"));
        assertEquals(Severity.WARNING, inReadme.get(0).severity());
        var inDocs = only("hardcoded-secret", composeAt("docker/docker-compose.yml", compose, "/project/.git/HEAD", "",
                "/project/docs/development.md", guide, "/project/docs/install.md", "Copy `docker/docker-compose.yml` and run it.\n"));
        assertEquals(Severity.WARNING, inDocs.get(0).severity());
        // A changelog naming it says nothing about who runs it.
        var inChangelog = only("hardcoded-secret", composeAt("docker/docker-compose.yml", compose, "/project/.git/HEAD", "",
                "/project/docs/development.md", guide, "/project/CHANGELOG.md", "- docker/docker-compose.yml: postgres 16\n"));
        assertEquals(Severity.INFO, inChangelog.get(0).severity());
    }

    @Test
    void aLongerPathOrAnotherExtensionIsNoMention() {
        String guide = "Use `services/api/docker/Dockerfile` or `docker/Dockerfile.prod` when hacking.\n";
        var f = only("root-user", dockerfileAt("docker/Dockerfile", ROOT_IMAGE, "/project/.git/HEAD", "", "/project/HACKING.md", guide));
        assertEquals(Severity.WARNING, f.get(0).severity());
        var named = only("root-user", dockerfileAt("docker/Dockerfile", ROOT_IMAGE, "/project/.git/HEAD", "", "/project/HACKING.md",
                "Build ./docker/Dockerfile when hacking.\n"));
        assertEquals(Severity.INFO, named.get(0).severity());
    }

    @Test
    void withoutAProjectRootTheGuideIsNotLookedFor() {
        String guide = "Build docker/Dockerfile when hacking.\n";
        var f = only("root-user", dockerfileAt("docker/Dockerfile", ROOT_IMAGE, "/project/HACKING.md", guide));
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void aDatabaseNamedForDevelopmentMakesADevelopmentStack() {
        String compose = "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n    environment:\n"
                + "      POSTGRES_DB: shop_dev\n      POSTGRES_PASSWORD: postgres\n  app:\n    build: .\n";
        var f = only("hardcoded-secret", composeAt("docker-compose.yml", compose));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("POSTGRES_DB=shop_dev"), f.get(0).message().en());
        var prod = only("hardcoded-secret", composeAt("docker-compose.yml", compose.replace("shop_dev", "shop")));
        assertEquals(Severity.WARNING, prod.get(0).severity());
    }
}
