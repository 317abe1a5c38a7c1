package dev.dockmentor.rules;

import static dev.dockmentor.rules.ProjectTester.composeAt;
import static dev.dockmentor.rules.ProjectTester.dockerfileAt;
import static dev.dockmentor.rules.ProjectTester.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Causes found on round five's judged findings and round six's development half (docs/precision.md), each as a
 * pattern of our own: what a set-up says about itself in its content, folders named by their words, compose files
 * run together with files elsewhere, Dockerfile fragments, and servers that keep root for their master only.
 */
class RoundSixCausesTest {
    private static final String DB = "  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n";

    private static Severity publishedDbPort(String rel, String compose, String... files) {
        List<Finding> f = only("published-database-port", composeAt(rel, compose, files));
        assertEquals(1, f.size(), f.toString());
        return f.get(0).severity();
    }

    // ---- a development set-up read from its content ----------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "    environment:\\n      NODE_ENV: development\\n|sets NODE_ENV=development",
            "    environment:\\n      - RAILS_ENV=development\\n|sets RAILS_ENV=development",
            "    environment:\\n      ASPNETCORE_ENVIRONMENT: ${ASPNETCORE_ENVIRONMENT:-Development}\\n|sets ASPNETCORE_ENVIRONMENT=Development",
            "    environment:\\n      XDEBUG_MODE: '${SAIL_XDEBUG_MODE:-off}'\\n|sets XDEBUG_MODE",
            "    command: npm run dev\\n|runs npm run dev",
            "    command: [\"uvicorn\", \"app:app\", \"--reload\"]\\n|runs --reload",
            "    volumes:\\n      - .:/usr/src/app\\n|mounts the project folder (.:/usr/src/app)"})
    void aComposeFileWhoseServiceRunsCodeUnderDevelopmentIsADevelopmentFile(String app, String signal) {
        String compose = "services:\n  app:\n    image: acme/app:1\n" + app.replace("\\n", "\n") + DB;
        List<Finding> f = only("published-database-port", composeAt("compose.yaml", compose));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("service 'app' " + signal), f.get(0).message().en());
    }

    @Test
    void productionModesAndOneMountedFileKeepTheFileProduction() {
        for (String app : new String[] {"    environment:\n      NODE_ENV: production\n", "    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n",
                "    environment:\n      DEBUG: \"true\"\n", "    command: npm start\n"}) {
            assertEquals(Severity.WARNING, publishedDbPort("compose.yaml", "services:\n  app:\n    image: acme/app:1\n" + app + DB), app);
        }
    }

    @Test
    void aDockerfileOnlyDevelopmentServicesBuildIsADevelopmentImage() {
        String df = "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD [\"node\", \"server.js\"]\n";
        String dev = "services:\n  web:\n    build: .\n    environment:\n      NODE_ENV: development\n";
        Finding f = only("root-user", dockerfileAt("Dockerfile", df, "compose.yaml", dev, "Dockerfile", df)).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("built by compose service 'web' (sets NODE_ENV=development)"), f.message().en());
        // One production user keeps it production; a service building only a stage says nothing about the final image.
        String both = dev + "  prod:\n    build: .\n";
        assertEquals(Severity.WARNING, only("root-user", dockerfileAt("Dockerfile", df, "compose.yaml", both, "Dockerfile", df)).get(0).severity());
        String staged = "services:\n  web:\n    build:\n      context: .\n      target: dev\n    environment:\n      NODE_ENV: development\n";
        assertEquals(Severity.WARNING, only("root-user", dockerfileAt("Dockerfile", df, "compose.yaml", staged, "Dockerfile", df)).get(0).severity());
    }

    @Test
    void aDockerfileThatRunsADevServerIsADevelopmentImage() {
        Finding f = only("root-user", dockerfileAt("Dockerfile", "FROM node:22\nWORKDIR /app\nCOPY . .\nCMD [\"npm\", \"run\", \"dev\"]\n")).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("its command runs npm run dev"), f.message().en());
        assertTrue(f.message().es().contains("su comando ejecuta npm run dev"), f.message().es());
    }

    @Test
    void aDockerfileUsedOnlyByATestComposeFileIsATestImage() {
        String df = "FROM python:3.12\nCOPY . /src\nCMD [\"python\", \"/src/app.py\"]\n";
        List<Finding> all = dockerfileAt("docker/app/Dockerfile", df, ".git/HEAD", "x",
                "docker/app/Dockerfile", df, "docker/docker-compose.ci.yml", "services:\n  sut:\n    build: ./app\n");
        Finding f = only("root-user", all).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("built by compose service 'sut' (named docker-compose.ci.yml)"), f.message().en());
    }

    // ---- folders named by their words ---------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"tools/TestSuite/docker-compose-mysql.yml, in TestSuite/", "docker/local/compose.yaml, in local/",
            "docker/develop/docker-compose.yml, in develop/", "build/dev-toolkit/compose.yaml, in dev-toolkit/",
            "hack/compose.yaml, in hack/", "tools/k6/docker-compose.yml, in k6/", "load-tests/compose.yaml, in load-tests/"})
    void foldersAreReadByTheirWords(String rel, String signal) {
        List<Finding> f = only("published-database-port", composeAt(rel, "services:\n" + DB, ".git/HEAD", "x"));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains(signal), f.get(0).message().en());
    }

    @ParameterizedTest
    @CsvSource({"deploy/compose.yaml", "localization/compose.yaml", "integrations/compose.yaml", "toolbox/compose.yaml", "examples/compose.yaml"})
    void otherFoldersKeepEveryRule(String rel) {
        assertEquals(Severity.WARNING, publishedDbPort(rel, "services:\n  app:\n    image: acme/app:1\n" + DB, ".git/HEAD", "x"));
    }

    @Test
    void aComposeFileOfOnlyBackingServicesIsTheDependenciesOfAnAppOnTheHost() {
        String deps = "services:\n" + DB + "  cache:\n    image: redis:7\n    ports: [\"6379:6379\"]\n  mail:\n    image: axllent/mailpit:v1.21\n";
        List<Finding> f = only("published-database-port", composeAt("docker-compose.yml", deps));
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains("it only runs backing services (postgres, redis, mailpit) with published ports"), f.get(0).message().en());
        // An app beside them makes it a deployment; a database open with no password stays a warning anywhere.
        assertTrue(only("published-database-port", composeAt("docker-compose.yml", deps + "  app:\n    image: acme/app:1\n")).stream()
                .allMatch(x -> x.severity() == Severity.WARNING));
        String trust = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n    ports: [\"5432:5432\"]\n";
        assertEquals(Severity.WARNING, publishedDbPort("docker-compose.yml", trust));
    }

    // ---- compose files run with files elsewhere --------------------------------------------------------------

    @Test
    void anOverrideNamedFileWithoutItsBaseHerePointsItsPathsFromTheBasesFolder() {
        String over = "services:\n  es:\n    build: ../../elastic/es/\n    networks: [intranet]\n";
        List<Finding> all = composeAt("tools/elastic/docker-compose.elastic-override.yml", over, ".git/HEAD", "x");
        Finding missing = only("missing-file", all).get(0);
        assertEquals(Severity.INFO, missing.severity());
        assertTrue(missing.message().en().contains("first file passed with -f"), missing.message().en());
        assertTrue(only("undefined-reference", all).isEmpty(), all.toString());
    }

    @Test
    void aPathThatExistsFromAFolderAboveIsAFileRunFromThere() {
        String c = "services:\n  hydra:\n    image: acme/hydra:1\n    build:\n      context: .\n      dockerfile: ./test/conformance/hydra/Dockerfile\n"
                + "    networks: [intranet]\n";
        List<Finding> all = composeAt("test/conformance/docker-compose.yml", c, ".git/HEAD", "x", "test/conformance/hydra/Dockerfile", "FROM a\n",
                "quickstart.yml", "services:\n  x:\n    image: a:1\nnetworks:\n  intranet: {}\n");
        Finding missing = only("missing-file", all).get(0);
        assertEquals(Severity.INFO, missing.severity());
        assertTrue(missing.message().en().contains("but does from ../../"), missing.message().en());
        Finding net = only("undefined-reference", all).get(0);
        assertEquals(Severity.INFO, net.severity());
        assertTrue(net.message().en().contains("../../quickstart.yml does"), net.message().en());
        // Nowhere at all: still the error.
        List<Finding> typo = composeAt("test/conformance/docker-compose.yml", c.replace("test/conformance/hydra", "nowhere"), ".git/HEAD", "x");
        assertEquals(Severity.ERROR, only("missing-file", typo).get(0).severity());
        assertEquals(Severity.ERROR, only("undefined-reference", typo).get(0).severity());
    }

    @Test
    void aNameOnlyACommittedExampleDeclaresIsTheSetUpStep() {
        String c = "services:\n  db:\n    image: postgres:16\n    secrets: [db_password]\n";
        Finding f = only("undefined-reference", composeAt("compose.yaml", c,
                "compose.override.yaml.example", "secrets:\n  db_password:\n    environment: DB_PASSWORD\n")).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().en().contains("cp compose.override.yaml.example compose.override.yaml"), f.message().en());
    }

    @Test
    void aDevContainersComposeFileUsesWhatItsPartnersDefine() {
        String c = "services:\n  app:\n    build: .\n    command: sleep infinity\n    depends_on: [db]\n";
        String dc = "{\n  // merged in this order\n  \"dockerComposeFile\": [\"docker-compose.yml\", \"../docker-compose.yml\"],\n  \"service\": \"app\"\n}\n";
        List<Finding> all = composeAt(".devcontainer/docker-compose.yml", c, ".devcontainer/devcontainer.json", dc,
                ".devcontainer/Dockerfile", "FROM a\n", "docker-compose.yml", "services:\n  db:\n    image: postgres:16\n");
        assertTrue(only("unknown-service", all).isEmpty(), all.toString());
        // Without the dev container's list the name is still unknown.
        assertEquals(Severity.ERROR, only("unknown-service", composeAt(".devcontainer/docker-compose.yml", c, ".devcontainer/Dockerfile", "FROM a\n",
                "docker-compose.yml", "services:\n  db:\n    image: postgres:16\n")).get(0).severity());
    }

    @Test
    void aVariantThatUsesTheBasesServicesIsRunWithTheBase() {
        String tests = "services:\n  e2e:\n    image: acme/e2e:1\n    depends_on: [frontend]\n";
        List<Finding> all = composeAt("compose.tests.yaml", tests, "compose.yaml", "services:\n  frontend:\n    image: acme/web:1\n");
        assertTrue(only("unknown-service", all).isEmpty(), all.toString());
    }

    // ---- Dockerfile fragments and BuildKit -----------------------------------------------------------------------

    @Test
    void aDockerfileFragmentWithoutFromIsNotLintedAlone() {
        List<Finding> all = dockerfileAt("preview/Dockerfile.append", "COPY monitor.js /app/\nRUN apt-get install -y curl\n");
        assertEquals(1, all.size(), all.toString());
        assertEquals("template-file", all.get(0).ruleId());
        assertTrue(all.get(0).message().en().contains("Dockerfile fragment (named Dockerfile.append with no FROM)"), all.get(0).message().en());
        assertTrue(all.get(0).message().es().contains("se llama Dockerfile.append y no tiene FROM"), all.get(0).message().es());
        // With a FROM it is a Dockerfile; a canonical name without one is the error it always was.
        assertTrue(dockerfileAt("Dockerfile.append", "FROM alpine:3.20\nCOPY a /a\n").stream().noneMatch(f -> f.ruleId().equals("template-file")));
        assertTrue(dockerfileAt("Dockerfile", "COPY a /a\n").stream().anyMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void severalSourcesIntoDotFailOnlyTheClassicBuilder() {
        String classic = "FROM rust:1.83\nWORKDIR /src\nCOPY Cargo.toml Cargo.lock .\n";
        assertEquals(Severity.WARNING, only("copy-dest-not-dir", dockerfileAt("Dockerfile", classic)).get(0).severity());
        String buildKit = "FROM --platform=$BUILDPLATFORM rust:1.83 AS b\nWORKDIR /src\nCOPY Cargo.toml Cargo.lock .\n"
                + "RUN --mount=type=cache,target=/usr/local/cargo/registry cargo fetch\n";
        Finding f = only("copy-dest-not-dir", dockerfileAt("Dockerfile", buildKit)).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("needs BuildKit anyway"), f.message().en());
        assertEquals(Severity.ERROR, only("copy-dest-not-dir", dockerfileAt("Dockerfile", "FROM a:1\nCOPY a b /app\n")).get(0).severity());
    }

    // ---- root in servers that hand requests to unprivileged workers -------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FROM php:8.3-apache\\nCOPY . /var/www/html\\n|master process",
            "FROM debian:bookworm-slim\\nRUN apt-get update\\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\\n|master process",
            "FROM alpine:3.20\\nCOPY rootfs /\\nENTRYPOINT [\"/init\"]\\n|s6-overlay"})
    void serversThatDropTheirWorkersAndS6AreAdvice(String df, String says) {
        Finding f = only("root-user", dockerfileAt("Dockerfile", df.replace("\\n", "\n"))).get(0);
        assertEquals(Severity.INFO, f.severity(), f.toString());
        assertTrue(f.message().en().contains(says), f.message().en());
    }

    @Test
    void aHardenedBaseRunsAsNonRootAlready() {
        assertTrue(only("root-user", dockerfileAt("Dockerfile", "FROM dhi.io/node:24-debian12\nCOPY app /app\nCMD [\"node\", \"/app\"]\n")).isEmpty());
        // php's apache image with a command of its own that is not the server: still root where it matters.
        assertEquals(Severity.WARNING, only("root-user", dockerfileAt("Dockerfile", "FROM php:8.3-apache\nCMD [\"php\", \"worker.php\"]\n")).get(0).severity());
    }

    // ---- a tag variable .env sets to latest is one setting --------------------------------------------------

    @Test
    void aTagVariableTheEnvSetsToLatestIsSaidOnce() {
        String c = "services:\n  a:\n    image: acme/a:${TB_VERSION}\n  b:\n    image: acme/b:${TB_VERSION}\n  c:\n    image: acme/c:${TB_VERSION}\n";
        List<Finding> f = only("unpinned-image", composeAt("compose.yaml", c, ".env", "TB_VERSION=latest\n"));
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().en().contains("takes its tag from TB_VERSION, which .env sets to 'latest'"), f.get(0).message().en());
        assertTrue(only("unpinned-image", composeAt("compose.yaml", c, ".env", "TB_VERSION=4.2.1\n")).isEmpty());
    }

    // ---- round six, development half ------------------------------------------------------------------------

    @Test
    void aWorldWritableScratchFolderTheSameRunRemovesNeverReachesTheImage() {
        String mktemp = "FROM debian:12\nRUN tempDir=\"$(mktemp -d)\" && chmod 777 \"$tempDir\" && su nobody -s /bin/sh -c \"make -C $tempDir\"\n";
        assertTrue(only("world-writable-path", dockerfileAt("Dockerfile", mktemp)).isEmpty());
        String removed = "FROM debian:12\nRUN mkdir /build && chmod 777 /build && su nobody -c make && rm -rf /build\n";
        assertTrue(only("world-writable-path", dockerfileAt("Dockerfile", removed)).isEmpty());
        assertEquals(1, only("world-writable-path", dockerfileAt("Dockerfile", "FROM debian:12\nRUN mkdir /app && chmod 777 /app\n")).size());
    }

    @Test
    void aCurlHealthcheckPipedIntoACommandThatReadsTheBodyJudgesTheBody() {
        String piped = "FROM nginx:1.27\nHEALTHCHECK CMD curl -s http://localhost/health | grep -q ok\n";
        assertTrue(only("healthcheck-without-fail", dockerfileAt("Dockerfile", piped)).isEmpty());
        String plain = "FROM nginx:1.27\nHEALTHCHECK CMD curl -s http://localhost/health || exit 1\n";
        assertEquals(1, only("healthcheck-without-fail", dockerfileAt("Dockerfile", plain)).size());
    }

    @Test
    void supervisordSetsEachProgramsUser() {
        Finding f = only("root-user", dockerfileAt("Dockerfile", "FROM debian:12\nCOPY supervisord.conf /etc/\nCMD [\"/usr/bin/supervisord\", \"-n\"]\n")).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("supervisord runs as root and starts each program as the user"), f.message().en());
    }

    @Test
    void mavenFilteredPlaceholdersMakeADockerfileATemplate() {
        List<Finding> all = dockerfileAt("msa/edqs/docker/Dockerfile", "# ${not.this} in a comment\nFROM ${docker.base.image}\nCOPY ${pkg.name}.deb /tmp/\n");
        assertEquals(List.of("template-file"), all.stream().map(Finding::ruleId).toList());
        assertTrue(all.get(0).message().en().contains("build-tool placeholders such as ${docker.base.image}"), all.get(0).message().en());
        // Only in a comment: a Dockerfile like any other.
        assertTrue(dockerfileAt("Dockerfile", "# see ${project.version}\nFROM alpine:3.20\n").stream().noneMatch(x -> x.ruleId().equals("template-file")));
    }

    @Test
    void aDockerfileOnADeveloperWorkspaceImageIsADevelopmentFile() {
        String df = "FROM us-west1-docker.pkg.dev/cloud-workstations-images/predefined/base:latest\nRUN apt-get update && apt-get install -y gh\n";
        Finding f = only("apt-no-install-recommends", dockerfileAt("workstation/Dockerfile", df)).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("its base image is a development environment"), f.message().en());
    }

    @Test
    void oneSecretRepeatedAcrossReplicatedServicesIsSaidOnce() {
        String c = "services:\n" + "  n0:\n    image: valkey/valkey:8\n    environment:\n      - VALKEY_PASSWORD=k9!vQ2#mwz\n".repeat(1)
                + "  n1:\n    image: valkey/valkey:8\n    environment:\n      - VALKEY_PASSWORD=k9!vQ2#mwz\n"
                + "  n2:\n    image: valkey/valkey:8\n    environment:\n      - VALKEY_PASSWORD=other!Secret9\n";
        assertEquals(2, only("hardcoded-secret", composeAt("compose.yaml", c)).size());
    }

    @Test
    void aCommittedExampleToCopyIsSaidOncePerFile() {
        String c = "services:\n  db:\n    image: postgres:16\n    secrets: [a, b]\n  app:\n    image: acme/app:1\n    secrets: [a, b, c]\n";
        List<Finding> f = only("undefined-reference", composeAt("compose.yaml", c, "compose.override.yaml.example", "secrets:\n  a: {environment: A}\n  b: {environment: B}\n  c: {environment: C}\n"));
        assertEquals(1, f.size(), f.toString());
    }

    @Test
    void aContainerManagerWhoseImageIsAVariableIsKnownByItsName() {
        String c = "services:\n  portainer:\n    image: ${DESKTOP_PLUGIN_IMAGE}\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n"
                + "  ci:\n    image: portainerci/portainer:$PORTAINER_TAG\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n";
        List<Finding> f = only("docker-socket-mount", composeAt("compose.yaml", c));
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f.toString());
        String app = "services:\n  app:\n    image: ${APP_IMAGE}\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n";
        assertEquals(Severity.WARNING, only("docker-socket-mount", composeAt("compose.yaml", app)).get(0).severity());
    }

    // ---- held-out round six, fixed after the measurement ----------------------------------------------------

    @Test
    void aBuildContextUnderADependencyFolderIsCreatedByTheInstall() {
        String c = "services:\n  app:\n    build: ./vendor/laravel/sail/runtimes/8.4\n    image: sail-8.4/app\n";
        Finding f = only("missing-file", composeAt("compose.yaml", c, "composer.json", "{}")).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("under a folder composer install creates"), f.message().en());
        assertEquals(Severity.ERROR, only("missing-file", composeAt("compose.yaml", c)).get(0).severity());
    }

    @Test
    void oneMissingEnvFileNamedByManyServicesIsOneSetUpStep() {
        String c = "services:\n  a:\n    image: x:1\n    env_file: .env\n  b:\n    image: x:1\n    env_file: .env\n";
        List<Finding> f = only("missing-file", composeAt("compose.yaml", c, ".env.example", "A=\n"));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.INFO, f.get(0).severity());
    }

    @Test
    void anImageTheProjectBuildsItselfIsNoPull() {
        String c = "services:\n  base:\n    build: .\n    image: app_prebuilt\n  e2e:\n    image: app_prebuilt\n";
        assertTrue(only("unpinned-image", composeAt("compose.yaml", c, "Dockerfile", "FROM alpine:3.20\n")).isEmpty());
        String df = "FROM app_prebuilt\nCOPY tests /tests\nCMD [\"pytest\"]\n";
        assertTrue(only("unpinned-image", dockerfileAt("tests/Dockerfile", df, "compose.yaml", c, "Dockerfile", "FROM alpine:3.20\n")).isEmpty());
        assertEquals(1, only("unpinned-image", dockerfileAt("tests/Dockerfile", df)).size());
    }

    @Test
    void aFakeKeyIsAPlaceholder() {
        Finding f = only("hardcoded-secret", composeAt("compose.yaml", "services:\n  app:\n    image: x:1\n    environment:\n      SENDGRID_API_KEY: fake_key\n")).get(0);
        assertTrue(f.message().en().contains("placeholder or well-known default"), f.message().en());
    }

    @Test
    void anImageAScriptBesideTheComposeFileBuildsIsNoPull() {
        String c = "services:\n  test:\n    image: integration_test:latest\n";
        String script = "#!/bin/sh\nset -e\ndocker build -t integration_test -f int.Dockerfile .\ndocker compose up --abort-on-container-exit\n";
        assertTrue(only("unpinned-image", composeAt("partners/compose.yaml", c, "partners/run.sh", script)).isEmpty());
        assertEquals(1, only("unpinned-image", composeAt("partners/compose.yaml", c)).size());
    }

    @Test
    void browserTestFoldersAreTestFolders() {
        Finding f = only("root-user", dockerfileAt("playwright/compose/warden/Dockerfile", "FROM debian:12\nCOPY app /app\nCMD [\"/app\"]\n",
                ".git/HEAD", "x")).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("in playwright/"), f.message().en());
    }

    @Test
    void aRootPasswordFromTheEnvironmentIsSetEvenWithAllowEmpty() {
        String c = "services:\n  app:\n    image: acme/app:1\n  mysql:\n    image: mysql:8.4\n    ports: [\"3306:3306\"]\n    environment:\n"
                + "      MYSQL_ROOT_PASSWORD: '${DB_PASSWORD}'\n      MYSQL_ALLOW_EMPTY_PASSWORD: 1\n";
        Finding f = only("published-database-port", composeAt("compose.yaml", c)).get(0);
        assertTrue(!f.message().en().contains("authentication off"), f.message().en());
    }

    @Test
    void theAcmeCompanionNeedsTheSocket() {
        String c = "services:\n  acme:\n    image: nginxproxy/acme-companion:2.4\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n";
        assertEquals(Severity.INFO, only("docker-socket-mount", composeAt("compose.yaml", c)).get(0).severity());
    }
}
