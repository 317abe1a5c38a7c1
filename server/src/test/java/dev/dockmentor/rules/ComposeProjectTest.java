package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.config.Config;
import dev.dockmentor.engine.Cancel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Base + override resolution, provenance of findings, and the files an analysis depends on. */
class ComposeProjectTest {
    static final String BASE = "services:\n  web:\n    build: .\n    restart: always\n  db:\n    image: postgres:16\n    restart: always\n";

    @Test
    void overrideFindingsAreReportedInTheOverrideAtTheirLine() {
        var files = files("compose.yaml", BASE, "Dockerfile", "FROM nginx:1.27\nHEALTHCHECK CMD true\n");
        // The override is a fragment (no image, no build): not an invalid file.
        var hits = catchesIn("/project/compose.override.yaml", "privileged-container",
                "services:\n  web:\n    privileged: «true»\n", files);
        assertEquals("/project/compose.override.yaml", hits.get(0).path());
        catchesNotIn("/project/compose.override.yaml", "compose-schema", "services:\n  web:\n    privileged: true\n", files);
        catchesNotIn("/project/compose.override.yaml", "missing-restart-policy", "services:\n  web:\n    privileged: true\n", files);
    }

    @Test
    void baseFindingsStayInTheBaseAndOverrideSettingsCount() {
        var files = files("Dockerfile", "FROM nginx:1.27\n", "docker-compose.override.yml",
                "services:\n  db:\n    volumes:\n      - pg:/var/lib/postgresql/data\nvolumes:\n  pg:\n");
        catchesNotIn("/project/docker-compose.yml", "missing-named-volume", BASE, files);
        catchesIn("/project/docker-compose.yml", "missing-named-volume", BASE, files("Dockerfile", "FROM nginx:1.27\n"));
    }

    @Test
    void aServiceFixLandsInTheBaseWhenTheOverrideReplacesAValue() {
        // appwrite's shape: the override's longer command replaces the base's; its lines are not the base's.
        var files = files("compose.override.yaml",
                "services:\n  web:\n    command:\n      - a\n      - b\n      - c\n      - d\n      - e\n      - f\n");
        String base = "services:\n  web:\n    image: nginx:1.27\n    command: serve\n  db:\n    image: postgres:16\n"
                + "    restart: always\n    environment:\n      - A\n      - B\n      - C\n";
        assertFix("missing-restart-policy", base, "services:\n  web:\n    image: nginx:1.27\n    command: serve\n"
                + "    restart: unless-stopped\n  db:\n    image: postgres:16\n    restart: always\n    environment:\n      - A\n      - B\n      - C\n",
                files);
    }

    @Test
    void otherOverlaysAreLintedAsBasePlusOverlay() {
        var files = files("compose.yaml", BASE, "Dockerfile", "FROM nginx:1.27\n");
        catchesIn("/project/docker-compose.prod.yml", "unknown-service", "services:\n  web:\n    depends_on: [«dbb»]\n", files);
        catchesNotIn("/project/docker-compose.prod.yml", "unknown-service", "services:\n  web:\n    depends_on: [db]\n", files);
    }

    @Test
    void aNameASiblingOverlayDefinesIsNoErrorInAnOverlayPassedWithItsOwnDashF() {
        // docker compose -f compose.yaml -f compose.db.yaml -f compose.app.yaml
        var files = files("compose.yaml", "services:\n  proxy:\n    image: nginx:1.27\n",
                "compose.db.yaml", "services:\n  db:\n    image: postgres:16\nvolumes:\n  pg: {}\nnetworks:\n  back: {}\n");
        String app = "services:\n  app:\n    image: app:1.0\n    depends_on: [db]\n    networks: [back]\n    volumes: [pg:/data]\n";
        catchesNotIn("/project/compose.app.yaml", "unknown-service", app, files);
        catchesNotIn("/project/compose.app.yaml", "undefined-reference", app, files);
        // A typo is still one, and a name no file defines still is.
        catchesIn("/project/compose.app.yaml", "unknown-service", "services:\n  app:\n    depends_on: [«dbb»]\n", files);
        catchesIn("/project/compose.app.yaml", "undefined-reference", "services:\n  app:\n    networks: [«front»]\n", files);
    }

    @Test
    void aBaseNamingAServiceOnlyASiblingDefinesSaysWhichFileToPass() {
        var files = files("compose.db.yaml", "services:\n  db:\n    image: postgres:16\n");
        var hit = catchesIn("/project/compose.yaml", "unknown-service",
                "services:\n  app:\n    image: app:1.0\n    depends_on: [«db»]\n", files).get(0);
        assertTrue(hit.message().en().contains("only compose.db.yaml declares"), hit.message().en());
        assertTrue(hit.message().en().contains("-f compose.yaml -f compose.db.yaml"), hit.message().en());
        assertEquals(dev.dockmentor.rules.Severity.WARNING, hit.severity(), "works with the right -f: not certain to fail");
        assertTrue(hit.fixes().isEmpty());
    }

    @Test
    void overrideMergeRulesReplaceAppendAndReset() {
        var base = dev.dockmentor.compose.ComposeFile.parse("a", "services:\n  w:\n    command: [a]\n    ports: [\"80:80\"]\n    volumes: [\"d:/data\"]\n    dns: [1.1.1.1]\n");
        var over = dev.dockmentor.compose.ComposeFile.parse("b", "services:\n  w:\n    command: [b]\n    ports: !reset []\n    volumes: [\"e:/data\"]\n    dns: [8.8.8.8]\n");
        var m = dev.dockmentor.compose.ComposeMerger.merge(base.root, over.root).get("services", "w");
        assertEquals(1, m.get("command").items.size());
        assertEquals("b", m.get("command").items.get(0).text());
        assertEquals(null, m.get("ports"));
        assertEquals(1, m.get("volumes").items.size());
        assertEquals("b", m.get("volumes").items.get(0).path);
        assertEquals(2, m.get("dns").items.size());
    }

    @Test
    void dependenciesListTheDockerfileOverrideAndEnv() {
        var files = files("Dockerfile", "FROM nginx:1.27\n");
        var r = ANALYZER.analyzeComposeProject(PATH, BASE + "    env_file: .env.web\n", files, Config.DEFAULT, Cancel.NEVER);
        assertTrue(r.dependencies().contains(Path.of("/project/Dockerfile")), r.dependencies().toString());
        assertTrue(r.dependencies().contains(Path.of("/project/compose.override.yaml")));
        assertTrue(r.dependencies().contains(Path.of("/project/.env")));
        assertTrue(r.dependencies().contains(Path.of("/project/.env.web")));
    }

    @Test
    void dotEnvValuesFeedInterpolation() {
        var files = files(".env", "TAG=latest\n");
        catches("unpinned-image", "services:\n  a:\n    image: nginx:${TAG}\n", files);
    }

    @Test
    void anchorsForSharedSettingsGiveNoFalseMissingFindings() {
        String src = "x-defaults: &defaults\n  restart: unless-stopped\n  security_opt: [no-new-privileges:true]\n  cap_drop: [ALL]\n  read_only: true\n"
                + "  deploy:\n    resources:\n      limits: {cpus: '0.5', memory: 256M}\n  healthcheck:\n    test: [\"CMD\", \"true\"]\n"
                + "services:\n  api:\n    <<: *defaults\n    image: app:1.0\n  worker:\n    <<: *defaults\n    image: app:1.0\n    networks: [back]\nnetworks:\n  back: {}\n";
        for (String id : new String[] {"missing-restart-policy", "no-new-privileges", "cap-drop-missing", "writable-root-fs",
                "no-resource-limits", "missing-healthcheck", "compose-schema", "default-network"}) {
            catchesNot(id, src);
        }
    }
}
