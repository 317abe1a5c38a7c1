package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeStructureRulesTest {
    @Test
    void unknownKeyWithDidYouMean() {
        catches("compose-schema", "services:\n  web:\n    «imgae»: nginx:1.27\n");
        assertFix("compose-schema", "services:\n  web:\n    imgae: nginx:1.27\n", "services:\n  web:\n    image: nginx:1.27\n");
        catches("compose-schema", "«servics»:\n  web:\n    image: nginx:1.27\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "restart: «sometimes»",
            "healthcheck:\\n      test: [CMD, true]\\n      interval: «30»",
            "mem_limit: «lots»",
            "ports:\\n      - «\"80:80:80:80\"»",
            "ports: «8080:80»",
            "privileged: «yes»",
            "depends_on:\\n      db:\\n        condition: «service_ready»",
            "environment: «FOO=1»",
    })
    void wrongTypesAndValues(String line) {
        String src = "services:\n  web:\n    image: nginx:1.27\n    " + line.replace("\\n", "\n") + "\n  db:\n    image: postgres:16\n";
        catches("compose-schema", src);
    }

    @Test
    void extensionsAndValidFilesAreAccepted() {
        catchesNot("compose-schema", "x-common: &c\n  restart: always\nservices:\n  web:\n    <<: *c\n    image: nginx:1.27\n"
                + "    x-note: anything\n    ports: [\"127.0.0.1:8080:80/tcp\", {target: 443, published: \"8443\"}]\n"
                + "    deploy: {resources: {limits: {cpus: '0.5', memory: 512M}}}\n    healthcheck: {test: curl -f http://x, interval: 1m30s}\n"
                + "    environment: {A: 1, B: null, C: true}\n    command: [\"a\", \"b\"]\nvolumes:\n  data:\nnetworks:\n  front: {}\n");
    }

    @Test
    void envFileLongForm() {
        // Each env_file item is a path or {path, required, format} (Compose 2.24+).
        catchesNot("compose-schema", "services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - .env\n"
                + "      - path: ./default.env\n        required: true\n      - {path: ./local.env, required: false, format: raw}\n");
        catchesNot("compose-schema", "services:\n  web:\n    image: nginx:1.27\n    env_file: .env\n");
        catches("compose-schema", "services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - path: ./a.env\n        «requird»: false\n");
        catches("compose-schema", "services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - path: ./a.env\n        required: «maybe»\n");
        catches("compose-schema", "services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - «required: false»\n");
        // extends names the service it copies (the file alone says nothing to copy).
        catches("compose-schema", "services:\n  web:\n    image: nginx:1.27\n    extends:\n      «file: base.yaml»\n");
        catchesNot("compose-schema", "services:\n  web:\n    image: nginx:1.27\n    extends:\n      file: base.yaml\n      service: web\n");
    }

    @Test
    void unknownKeysInLongFormListItems() {
        // include items take path, env_file and project_directory only (no 'required').
        catches("compose-schema", "include:\n  - path: ./other.yaml\n    «required»: false\nservices:\n  web:\n    image: nginx:1.27\n");
        catches("compose-schema", "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        «publshed»: 8080\n");
        catchesNot("compose-schema", "include:\n  - path: [./a.yaml, ./b.yaml]\n    project_directory: ./x\n    env_file: .env\nservices:\n  web:\n    image: nginx:1.27\n");
    }

    @Test
    void unknownServiceEverywhere() {
        catches("unknown-service", "services:\n  api:\n    image: a:1\n    depends_on: [«dbb»]\n    network_mode: service:«vpnn»\n  db:\n    image: b:1\n  vpn:\n    image: c:1\n");
        assertFix("unknown-service", "services:\n  api:\n    image: a:1\n    depends_on:\n      - dbb\n  db:\n    image: b:1\n",
                "services:\n  api:\n    image: a:1\n    depends_on:\n      - db\n  db:\n    image: b:1\n");
        catchesNot("unknown-service", "services:\n  api:\n    image: a:1\n    links: [db:database]\n    volumes_from: [db, 'container:x']\n  db:\n    image: b:1\n");
    }

    @Test
    void unknownServiceNeverSuggestsANameItsListAlreadyHolds() {
        // "Change to 'app'" on a depends_on key beside an 'app' key would write a duplicate key Compose rejects.
        var f = catches("unknown-service", "services:\n  web:\n    image: a:1\n    depends_on:\n      «apt»:\n        condition: service_started\n"
                + "      app:\n        condition: service_started\n  app:\n    image: b:1\n").get(0);
        assertTrue(f.fixes().isEmpty(), f.toString());
        assertFalse(f.message().get("en").contains("did you mean"), f.message().get("en"));
        assertFix("unknown-service", "services:\n  web:\n    image: a:1\n    links: [apt, ap]\n  app:\n    image: b:1\n  ap:\n    image: c:1\n",
                "services:\n  web:\n    image: a:1\n    links: [app, ap]\n  app:\n    image: b:1\n  ap:\n    image: c:1\n");
    }

    @Test
    void undefinedReferencesAreDeclared() {
        catches("undefined-reference", "services:\n  db:\n    image: postgres:16\n    volumes:\n      - «pgdata»:/var/lib/postgresql/data\n    networks: [«back»]\n    secrets: [«pw»]\n");
        assertFix("undefined-reference", "services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n",
                "services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}\n");
        catchesNot("undefined-reference", "services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n      - ./init:/docker-entrypoint-initdb.d\n    networks: [default]\nvolumes:\n  pgdata:\n");
    }

    @Test
    void duplicateHostPorts() {
        catches("duplicate-host-port", "services:\n  a:\n    image: a:1\n    ports: [\"8080:80\"]\n  b:\n    image: b:1\n    ports:\n      - «8080:8080»\n");
        catches("duplicate-host-port", "services:\n  a:\n    image: a:1\n    ports: [\"8000-8005:8000-8005\"]\n  b:\n    image: b:1\n    ports: [«\"127.0.0.1:8003:80\"»]\n");
        catchesNot("duplicate-host-port", "services:\n  a:\n    image: a:1\n    ports: [\"8080:80\", \"8080:80/udp\"]\n  b:\n    image: b:1\n    ports: [\"8081:80\", \"80\"]\n");
    }

    @Test
    void buildTargetMustNameAStage() {
        var files = files("Dockerfile", "FROM python:3.12 AS builder\nRUN pip wheel .\nFROM python:3.12-slim AS runtime\nCMD [\"python\"]\n");
        catches("unknown-build-target", "services:\n  api:\n    build:\n      context: .\n      target: «runtme»\n", files);
        catchesNot("unknown-build-target", "services:\n  api:\n    build:\n      context: .\n      target: runtime\n", files);
    }

    @Test
    void anUnguessableBuildTargetOffersEachStage() {
        var files = files("Dockerfile", "FROM python:3.12 AS builder\nRUN pip wheel .\nFROM python:3.12-slim AS runtime\n");
        var f = catches("unknown-build-target", "services:\n  api:\n    build:\n      context: .\n      target: «production»\n", files).get(0);
        assertEquals(List.of("Use stage 'runtime'", "Use stage 'builder'"), f.fixes().stream().map(x -> x.title().en()).toList());
        assertTrue(f.message().en().contains("is not a stage of Dockerfile (stages: builder, runtime)"), f.message().en());
    }

    @Test
    void unknownBuildTargetPointsAtTheDockerfileStages() {
        var files = files("Dockerfile", "FROM python:3.12 AS builder\nRUN pip wheel .\nFROM python:3.12-slim AS runtime\n");
        var f = catches("unknown-build-target", "services:\n  api:\n    build:\n      context: .\n      target: «runtme»\n", files).get(0);
        assertEquals(List.of("stage 'builder'", "stage 'runtime'"), f.related().stream().map(r -> r.message().get("en")).toList());
        assertTrue(f.related().get(1).path().endsWith("Dockerfile"));
        assertEquals(dev.dockmentor.text.Range.of(2, 25, 2, 32), f.related().get(1).range());
        var unnamed = files("Dockerfile", "FROM alpine:3.20\n");
        var g = catches("unknown-build-target", "services:\n  api:\n    build:\n      context: .\n      target: «prod»\n", unnamed).get(0);
        assertEquals(dev.dockmentor.text.Range.of(0, 0, 0, 4), g.related().get(0).range());
    }

    @Test
    void missingFiles() {
        var files = files("Dockerfile", "FROM alpine:3.20\n", ".env.db", "A=1\n", "app/Dockerfile.dev", "FROM alpine:3.20\n");
        catches("missing-file", "services:\n  api:\n    build: .\n    env_file: [«.env»]\n", files);
        catchesNot("missing-file", "services:\n  api:\n    build: .\n    env_file: [.env.db, {path: .env, required: false}]\n", files);
        catchesNot("missing-file", "services:\n  api:\n    build: .\n    env_file:\n      - path: .env\n        required: false\n", files);
        // Known only at run time: not reported.
        catchesNot("missing-file", "services:\n  api:\n    build: .\n    env_file:\n      - path: .env\n        required: ${ENV_REQUIRED:-false}\n", files);
        catches("missing-file", "services:\n  api:\n    build: .\n    env_file:\n      - path: «.env»\n      - path: .env.db\n        required: true\n", files);
        catches("missing-file", "services:\n  api:\n    build:\n      context: ./app\n      dockerfile: «Dockerfile»\n", files);
        catchesNot("missing-file", "services:\n  api:\n    build:\n      context: ./app\n      dockerfile: Dockerfile.dev\n", files);
        catches("missing-file", "services:\n  api:\n    image: a:1\nsecrets:\n  pw:\n    file: «./secrets/pw.txt»\n", files);
    }
}
