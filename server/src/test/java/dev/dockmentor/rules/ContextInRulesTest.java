package dev.dockmentor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.config.Config;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that consult what a service, an image and a build context are for. */
class ContextInRulesTest {
    private static final Analyzer ANALYZER = new Analyzer();




    @Test
    void aHealthcheckMattersMostOnWhatOthersWaitFor() {
        String src = "services:\n  app:\n    image: acme/app:1.2\n    depends_on: [api, db]\n  api:\n    image: acme/api:1.2\n"
                + "  worker:\n    image: acme/worker:1.2\n  db:\n    image: postgres:16\n  cache:\n    image: valkey/valkey:8\n"
                + "  front:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n  job:\n    image: python:3.12-slim\n";
        List<Finding> hc = ProjectTester.only("missing-healthcheck", ProjectTester.composeAt("compose.yaml", src));
        java.util.function.Function<String, Severity> sev = name -> hc.stream().filter(f -> f.message().en().contains("'" + name + "'"))
                .findFirst().orElseThrow(() -> new AssertionError(name + " in " + hc)).severity();
        // An image we cannot read may have a HEALTHCHECK: the finding says so, as advice, even when waited for.
        assertEquals(Severity.INFO, sev.apply("api"));
        assertEquals(Severity.INFO, sev.apply("worker"));
        // Known to have none: advice everywhere (held-out rounds 5 and 6: whether the waiting app retries is not in the file),
        // and the message says who waits.
        assertEquals(Severity.INFO, sev.apply("db"));
        assertTrue(hc.stream().anyMatch(f -> f.message().en().contains("'db' has no healthcheck, and other services depend on it")));
        assertEquals(Severity.INFO, sev.apply("front"));
        assertEquals(Severity.INFO, sev.apply("job"));
    }

    @Test
    void oneShotJobsGetNoHealthcheckRestartOrLimitsAdvice() {
        String src = "services:\n  migrate:\n    image: acme/app:1.2\n    command: [\"./manage.py\", \"migrate\"]\n    restart: \"no\"\n"
                + "  app:\n    image: acme/app:1.2\n    restart: always\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n"
                + "  seed:\n    image: acme/app:1.2\n    profiles: [setup]\n"
                + "  data:\n    image: busybox:1.36\n    command: /bin/true\n";
        List<Finding> all = ProjectTester.composeAt("compose.yaml", src);
        for (String job : List.of("migrate", "seed", "data")) {
            for (String id : List.of("missing-healthcheck", "missing-restart-policy", "no-resource-limits")) {
                assertTrue(ProjectTester.only(id, all).stream().noneMatch(f -> f.message().en().contains("'" + job + "'")), id + " on " + job + ": " + all);
            }
        }
        assertTrue(ProjectTester.only("missing-healthcheck", all).stream().anyMatch(f -> f.message().en().contains("'app'")));
    }

    @Test
    void theBuildContextIsTheFolderWhereTheCopiedPathsAre() {
        // Built from the repository root: docker build -f services/api/Dockerfile .
        String df = "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nCOPY . .\nRUN go build -o /api ./services/api\n"
                + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /api /api\nCMD [\"/api\"]\n";
        List<Finding> atRoot = ProjectTester.dockerfileAt("services/api/Dockerfile", df, "go.mod", "m", "go.sum", "s", ".dockerignore", ".git\n",
                "services/api/Dockerfile", df);
        assertTrue(ProjectTester.only("missing-dockerignore", atRoot).isEmpty(), "the root's .dockerignore applies: " + atRoot);
        // Nowhere to be found: the finding says it is a guess, at info (a single stage, so the copy ships).
        String single = "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nCOPY . .\nRUN go build -o /api ./services/api\nCMD [\"/api\"]\n";
        List<Finding> unknown = ProjectTester.dockerfileAt("services/api/Dockerfile", single, "services/api/Dockerfile", single);
        Finding f = ProjectTester.only("missing-dockerignore", unknown).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("(if it is built from this folder)"), f.message().en());
        // Beside the Dockerfile: its own folder, at warning.
        List<Finding> beside = ProjectTester.dockerfileAt("services/api/Dockerfile", single, "services/api/go.mod", "m", "services/api/go.sum", "s",
                "services/api/Dockerfile", single);
        assertEquals(Severity.WARNING, ProjectTester.only("missing-dockerignore", beside).get(0).severity());
    }

    @Test
    void aDockerignoreBesideTheDockerfileIsNotReadWhenTheContextIsTheRoot() {
        String df = "FROM nginx:1.27-alpine\nCOPY svc/proxy/nginx.conf /etc/nginx/nginx.conf\n";
        List<Finding> all = ProjectTester.dockerfileAt("svc/proxy/Dockerfile", df, "svc/proxy/nginx.conf", "x", "svc/proxy/.dockerignore", "*\n!nginx.conf\n",
                ".dockerignore", "**/bin\n", "svc/proxy/Dockerfile", df);
        assertTrue(ProjectTester.only("copy-ignored-file", all).isEmpty(), all.toString());
    }

    @Test
    void aDockerfileKnowsTheComposeServicesThatBuildIt() {
        String df = "FROM ruby:3.3-slim\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nEXPOSE 3000\nCMD [\"rails\", \"s\"]\n";
        String devCompose = "services:\n  web:\n    build: .\n    volumes: [\".:/app\"]\n";
        List<Finding> dev = ProjectTester.dockerfileAt("Dockerfile", df, "Gemfile", "g", "Gemfile.lock", "l", ".dockerignore", ".git\n", "compose.yaml", devCompose);
        Finding root = ProjectTester.only("root-user", dev).get(0);
        assertEquals(Severity.INFO, root.severity());
        assertTrue(root.message().en().contains("built by compose service 'web', which mounts the source over /app"), root.message().en());
        String withHealthcheck = "services:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile\n"
                + "    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:3000/up\"]\n";
        List<Finding> hc = ProjectTester.dockerfileAt("Dockerfile", df, "Gemfile", "g", "Gemfile.lock", "l", ".dockerignore", ".git\n", "compose.yaml", withHealthcheck);
        assertTrue(ProjectTester.only("missing-healthcheck", hc).isEmpty(), "compose gives the container its healthcheck: " + hc);
        assertEquals(Severity.WARNING, ProjectTester.only("root-user", hc).get(0).severity());
    }

    @Test
    void officialImagesWhoseEntrypointStepsDownNeedNoUser() {
        RuleTester.catchesNot("root-user", "FROM postgres:16\nRUN apt-get update && apt-get install -y --no-install-recommends postgresql-16-postgis-3 && rm -rf /var/lib/apt/lists/*\n");
        // Replacing the entrypoint gives up its step-down.
        RuleTester.catches("root-user", "FROM postgres:16\nENTRYPOINT [\"postgres\"]\n");
        // A base chosen at build time may set USER itself: info, and said.
        var hits = RuleTester.catches("root-user", "ARG BASE\nFROM ${BASE}\nCMD [\"app\"]\n");
        assertEquals(Severity.INFO, hits.get(0).severity());
    }

    @Test
    void anEntrypointScriptThatDropsPrivilegesIsReadFromTheContext() {
        String df = "FROM alpine:3.20\nRUN adduser -D -u 1000 app\nCOPY docker/entrypoint.sh /entrypoint.sh\nENTRYPOINT [\"/entrypoint.sh\"]\nCMD [\"server\"]\n";
        var hits = RuleTester.catches("root-user", df, RuleTester.files("docker/entrypoint.sh", "#!/bin/sh\nchown -R app /data\nexec su-exec app \"$@\"\n"));
        assertEquals(Severity.INFO, hits.get(0).severity());
        assertEquals(Severity.WARNING, RuleTester.catches("root-user", df, RuleTester.files("docker/entrypoint.sh", "#!/bin/sh\nexec \"$@\"\n")).get(0).severity());
    }

    @Test
    void curlPipedToAShellInABuilderStageOrFromAVendorInstallerIsAdvice() {
        String builder = "FROM debian:bookworm AS build\nRUN curl --proto '=https' -sSf https://sh.rustup.rs | sh -s -- -y\n"
                + "RUN curl -fsSL https://example.com/setup.sh | bash\nFROM gcr.io/distroless/cc-debian12\nCOPY --from=build /app /app\n";
        List<Finding> hits = RuleTester.catches("curl-pipe-shell", builder);
        assertEquals(List.of(Severity.INFO, Severity.INFO), hits.stream().map(Finding::severity).toList());
        var fin = RuleTester.catches("curl-pipe-shell", "FROM debian:bookworm\nRUN curl -fsSL https://example.com/setup.sh | bash\n");
        assertEquals(Severity.WARNING, fin.get(0).severity());
        var vendor = RuleTester.catches("curl-pipe-shell", "FROM debian:bookworm\nRUN curl -fsSL https://sh.rustup.rs | sh -s -- -y\n");
        assertEquals(Severity.INFO, vendor.get(0).severity());
    }

    @Test
    void aGeneratedKeyAsADefaultIsSharedByEveryInstall() {
        String key = "3f9a8c7e6d5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e3d2c1b";
        List<Finding> hits = ComposeTester.catches("hardcoded-secret",
                "services:\n  app:\n    image: a:1\n    environment:\n      SECRET_KEY_BASE: «${SECRET_KEY_BASE:-" + key + "}»\n");
        assertEquals(Severity.ERROR, hits.get(0).severity());
        assertTrue(hits.get(0).message().en().contains("every install that does not set ${SECRET_KEY_BASE} shares this key"));
        List<Finding> weak = ComposeTester.catches("hardcoded-secret",
                "services:\n  app:\n    image: a:1\n    environment:\n      DB_PASSWORD: «${DB_PASSWORD:-maybe_password}»\n");
        assertEquals(Severity.WARNING, weak.get(0).severity());
        ComposeTester.catchesNot("hardcoded-secret", "services:\n  app:\n    image: a:1\n    environment:\n"
                + "      MARIADB_RANDOM_ROOT_PASSWORD: \"true\"\n      OIDC_TOKEN_ENDPOINT: http://idp:9091/api/oidc/token\n"
                + "      S3_ACCESS_KEY_ID: minio\n      DB_PASSWORD: ${DB_PASSWORD:?set it}\n      TOKEN_MAX_LIFETIME_MS: \"3600000\"\n");
    }

    @Test
    void aptSettingsWrittenToAptConfDHoldForLaterRuns() {
        String conf = "FROM debian:bookworm\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99norecommends \\\n"
                + " && echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/99yes\n"
                + "RUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*\n";
        RuleTester.catchesNot("apt-no-install-recommends", conf);
        RuleTester.catchesNot("apt-get-yes", conf);
        // Written in another stage, it does not hold here.
        String other = "FROM debian:bookworm AS a\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/99r\n"
                + "FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n";
        RuleTester.catches("apt-no-install-recommends", other);
    }

    @Test
    void recommendedPackagesInABuilderStageAreNotInTheImage() {
        RuleTester.catchesNot("apt-no-install-recommends", "FROM debian:bookworm AS build\nRUN apt-get update && apt-get install -y build-essential\n"
                + "FROM gcr.io/distroless/cc-debian12\nCOPY --from=build /app /app\n");
    }

    @Test
    void unpinnedImagesAreAdviceInADevContainer() {
        List<Finding> dev = ANALYZER.analyzeCompose("/project/.devcontainer/compose.yaml", "services:\n  db:\n    image: postgres:latest\n",
                RuleTester.files(".git/HEAD", "x"), Config.DEFAULT, Cancel.NEVER);
        assertEquals(Severity.INFO, ProjectTester.only("unpinned-image", dev).get(0).severity());
    }

    @Test
    void aBakeFileSaysWhereADockerfileIsBuiltAndWhichNamesAreContexts() {
        String bake = "target \"base\" {\n  dockerfile = \"docker/base.Dockerfile\"\n}\n"
                + "target \"api\" {\n  context = \".\"\n  dockerfile = \"services/api/Dockerfile\"\n"
                + "  contexts = {\n    base = \"target:base\"\n    \"tools\" = \"docker-image://alpine:3.20\"\n  }\n}\n";
        String df = "FROM base\nCOPY --from=tools /bin/busybox /bin/busybox\nCOPY . /app\nCMD [\"/app/run\"]\n";
        List<Finding> all = ProjectTester.dockerfileAt("services/api/Dockerfile", df, "docker-bake.hcl", bake, ".dockerignore", ".git\n",
                "services/api/Dockerfile", df);
        assertTrue(ProjectTester.only("unpinned-image", all).isEmpty(), all.toString());
        assertTrue(ProjectTester.only("unknown-stage", all).isEmpty(), all.toString());
        assertTrue(ProjectTester.only("missing-dockerignore", all).isEmpty(), "the Bake context is the root, whose .dockerignore applies: " + all);
        // Without the bake file, FROM base pulls an image called base.
        List<Finding> none = ProjectTester.dockerfileAt("services/api/Dockerfile", df, "services/api/Dockerfile", df);
        assertTrue(!ProjectTester.only("unpinned-image", none).isEmpty() || !ProjectTester.only("unknown-stage", none).isEmpty(), none.toString());
    }

    @Test
    void aJsonBakeFileToo() {
        String bake = "{\"target\": {\"app\": {\"context\": \".\", \"dockerfile\": \"app/Dockerfile\", \"contexts\": {\"deps\": \"target:deps\"}}}}";
        String df = "FROM node:20-slim\nCOPY --from=deps /node_modules /app/node_modules\nCMD [\"node\"]\n";
        List<Finding> all = ProjectTester.dockerfileAt("app/Dockerfile", df, "docker-bake.json", bake, "app/Dockerfile", df);
        assertTrue(ProjectTester.only("unknown-stage", all).isEmpty(), all.toString());
    }

    @Test
    void dependenciesFetchedBeforeTheWholeCopyAreTheCacheFriendlyPattern() {
        RuleTester.catchesNot("copy-before-deps", "FROM node:20-slim\nWORKDIR /app\nCOPY pnpm-lock.yaml ./\nRUN pnpm fetch\n"
                + "COPY . .\nRUN pnpm install --offline\nCMD [\"node\", \"index.js\"]\n");
        var hits = RuleTester.catches("copy-before-deps", "FROM node:20-slim\nWORKDIR /src\nCOPY . .\n"
                + "RUN --mount=type=cache,target=/root/.yarn yarn install\nCMD [\"node\", \"index.js\"]\n");
        assertEquals(Severity.INFO, hits.get(0).severity(), "a cache mount makes the reinstall cheap");
        assertEquals(Severity.WARNING, RuleTester.catches("copy-before-deps", "FROM node:20-slim\nWORKDIR /src\nCOPY . .\nRUN yarn install\n").get(0).severity());
    }

    @Test
    void aFileWhoseServicesOnlyAddToOthersIsAFragment() {
        String frag = "services:\n  web:\n    environment:\n      A: b\n    networks: [front]\n    depends_on: [db]\n";
        List<Finding> all = ANALYZER.analyzeCompose("/project/deploy/docker-compose.yml", frag, RuleTester.files(".git/HEAD", "x"),
                Config.DEFAULT, Cancel.NEVER);
        assertTrue(ProjectTester.only("unknown-service", all).isEmpty() && ProjectTester.only("undefined-reference", all).isEmpty(), all.toString());
        // A complete service in the same file makes it a project: the undefined names are errors again.
        String whole = frag + "  api:\n    image: acme/api:1.0\n";
        List<Finding> project = ANALYZER.analyzeCompose("/project/deploy/docker-compose.yml", whole, RuleTester.files(".git/HEAD", "x"),
                Config.DEFAULT, Cancel.NEVER);
        assertTrue(!ProjectTester.only("unknown-service", project).isEmpty(), project.toString());
    }
}
