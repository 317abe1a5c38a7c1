package dev.dockmentor.rules;

import static dev.dockmentor.rules.ProjectTester.composeAt;
import static dev.dockmentor.rules.ProjectTester.dockerfileAt;
import static dev.dockmentor.rules.ProjectTester.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Causes found on round nine's development half, each as a pattern of our own. */
class RoundNineCausesTest {
    @Test
    void twoVersionsOrTwoServersOfOneKindOnOnePortAreAMenu() {
        String versions = "services:\n  es7:\n    image: elasticsearch:7.10.1\n    ports: [\"9200:9200\"]\n"
                + "  es8:\n    image: elasticsearch:8.5.0\n    ports: [\"9200:9200\"]\n";
        var v = only("duplicate-host-port", composeAt("compose.yaml", versions));
        assertEquals(Severity.WARNING, v.get(0).severity(), v.toString());
        assertTrue(v.get(0).message().en().contains("two versions of elasticsearch"), v.get(0).message().en());
        String kinds = "services:\n  elasticsearch:\n    image: elasticsearch:7.10.1\n    ports: [\"9200:9200\"]\n"
                + "  opensearch:\n    image: opensearchproject/opensearch:2\n    ports: [\"9200:9200\"]\n";
        var k = only("duplicate-host-port", composeAt("compose.yaml", kinds));
        assertEquals(Severity.WARNING, k.get(0).severity(), k.toString());
        assertTrue(k.get(0).message().es().contains("dos servidores de un mismo tipo"), k.get(0).message().es());
        // Two copies of one image on one port: the classic mistake, still an error.
        String copies = "services:\n  app1:\n    image: acme/app:1\n    ports: [\"3000:3000\"]\n  app2:\n    image: acme/app:1\n    ports: [\"3000:3000\"]\n";
        assertEquals(Severity.ERROR, only("duplicate-host-port", composeAt("compose.yaml", copies)).get(0).severity());
        // An app and a database on one host port are no alternatives.
        String mixed = "services:\n  app:\n    image: acme/app:1\n    ports: [\"5432:5432\"]\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n";
        assertEquals(Severity.ERROR, only("duplicate-host-port", composeAt("compose.yaml", mixed)).get(0).severity());
    }

    @Test
    void aClashOnlyTheDefaultOfAVariableMakesIsAWarning() {
        String c = "services:\n  proxy:\n    image: acme/proxy:1\n    ports:\n      - \"127.0.0.1:8404:8404\"\n"
                + "      - \"${PRIVATE_IP:-127.0.0.1}:8404:8404\"\n";
        var f = only("duplicate-host-port", composeAt("compose.yaml", c));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains("while ${PRIVATE_IP} keeps its default"), f.get(0).message().en());
    }

    @Test
    void aLowerCaseDockerfileIsTheOneBuildKitReads() {
        String c = "services:\n  app:\n    build: .\n";
        assertTrue(only("missing-file", composeAt("dev/compose.yaml", c, "dev/dockerfile", "FROM php:8.3-apache\n")).isEmpty());
        assertEquals(1, only("missing-file", composeAt("dev/compose.yaml", c, "dev/notes.txt", "")).size());
    }

    @Test
    void aScriptBesideTheComposeFileThatCreatesThePathIsTheSetUp() {
        String c = "services:\n  manager:\n    image: acme/manager\n    build:\n      context: manager-build\n";
        String script = "#!/bin/bash\nif [ ! -d \"./manager-build\" ]; then\n  cp -r ../manager/build/install/manager ./manager-build\nfi\n";
        var f = only("missing-file", composeAt("balena/compose.yaml", c, "balena/run_build.sh", script));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("run_build.sh creates it"), f.get(0).message().en());
        // A script that only removes it says nothing of who creates it.
        var rm = only("missing-file", composeAt("balena/compose.yaml", c, "balena/clean.sh", "rm -rf ./manager-build\n"));
        assertEquals(Severity.ERROR, rm.get(0).severity());
    }

    @Test
    void theProjectsOwnImageAtLatestFollowsItsReleases() {
        String c = "services:\n  ui:\n    image: hawkbit/hawkbit-ui:latest\n  db:\n    image: mysql:latest\n";
        String workflow = "jobs:\n  release:\n    steps:\n      - run: |\n          docker push hawkbit/${APP}:${REVISION}\n";
        var f = only("unpinned-image", composeAt("docker/compose.yaml", c, ".git/HEAD", "", ".github/workflows/release.yaml", workflow));
        assertEquals(2, f.size(), f.toString());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains("this project's own (.github/workflows/release.yaml publishes it)"), f.get(0).message().en());
        assertEquals(Severity.WARNING, f.get(1).severity(), "mysql is somebody else's image");
        // A script that builds without pushing publishes nothing.
        var local = only("unpinned-image", composeAt("docker/compose.yaml", c, ".git/HEAD", "", "build.sh", "docker build -t hawkbit/${APP} .\n"));
        assertEquals(Severity.WARNING, local.get(0).severity());
    }

    @Test
    void aFileOnlyDevelopmentMakeTargetsRunIsADevelopmentFile() {
        String c = "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n  app:\n    build: .\n";
        String make = "jit_dev_setup:\n\tdocker compose -f docker-compose.jit.yml up -d\n\njit_dev_stop:\n\tdocker-compose -f docker-compose.jit.yml down -v\n";
        var f = only("hardcoded-secret", composeAt("docker-compose.jit.yml", c, ".git/HEAD", "", "Makefile", make));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("the Makefile target jit_dev_setup uses it, nothing for users does"), f.get(0).message().en());
        assertTrue(f.get(0).message().es().contains("lo usa el target jit_dev_setup de Makefile"), f.get(0).message().es());
        String shipping = make + "\nrelease:\n\tdocker compose -f docker-compose.jit.yml build\n";
        var g = only("hardcoded-secret", composeAt("docker-compose.jit.yml", c, ".git/HEAD", "", "Makefile", shipping));
        assertEquals(Severity.WARNING, g.get(0).severity());
    }

    @Test
    void anImageWhoseEntrypointIsTheGoToolIsAToolImage() {
        String df = "FROM golang:1.23-bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n"
                + "WORKDIR /builder\nENTRYPOINT [\"go\"]\n";
        var f = only("root-user", dockerfileAt("build/pluginbuilder/Dockerfile", df));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
    }

    @Test
    void findWithDeleteRemovesTheLists() {
        String df = "FROM ubuntu:24.04\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends libgomp1 curl \\\n"
                + "    && find /var/cache/apt/archives /var/lib/apt/lists -not -name lock -type f -delete\nCMD [\"/app/server\"]\n";
        assertTrue(only("apt-lists-not-removed", dockerfileAt("Dockerfile", df)).isEmpty());
        String listing = df.replace("-not -name lock -type f -delete", "-type f -print");
        assertEquals(1, only("apt-lists-not-removed", dockerfileAt("Dockerfile", listing)).size());
    }

    /** Held-out causes, fixed after round nine's measurement (not measured). */
    @Test
    void nginxUnitRunsApplicationsAsItsConfiguredUser() {
        String df = "FROM python:3.12-bookworm\nRUN useradd -r unit\nCMD [\"unitd\", \"--no-daemon\", \"--control\", \"unix:/var/run/control.unit.sock\"]\n";
        assertEquals(Severity.INFO, only("root-user", dockerfileAt("pkg/docker/Dockerfile.python3.12", df)).get(0).severity());
    }

    @Test
    void aFuzzingFolderHoldsTestHarnesses() {
        String df = "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends clang cmake make && rm -rf /var/lib/apt/lists/*\n"
                + "COPY . /src\nENTRYPOINT [\"/src/run-fuzzers.sh\"]\n";
        var f = only("root-user", dockerfileAt("fuzzing/Dockerfile", df, ".git/HEAD", ""));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("in fuzzing/"), f.get(0).message().en());
    }

    @Test
    void compilersNothingInTheBuildUsesAreTheContainersJob() {
        String runtime = "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends clang cmake make && rm -rf /var/lib/apt/lists/*\n"
                + "ENV CC=clang\nWORKDIR /src\nCOPY docker-entrypoint.sh /usr/local/bin/fuzz-local\nENTRYPOINT [\"/usr/local/bin/fuzz-local\"]\n";
        var f = only("build-tools-in-final-image", dockerfileAt("harness/Dockerfile", runtime));
        assertEquals(Severity.INFO, f.get(0).severity(), f.toString());
        assertTrue(f.get(0).message().en().contains("nothing in this Dockerfile compiles with them"), f.get(0).message().en());
        String builds = runtime.replace("WORKDIR /src\n", "WORKDIR /src\nCOPY . .\nRUN cmake -B build && make -C build\n");
        assertEquals(Severity.WARNING, only("build-tools-in-final-image", dockerfileAt("harness/Dockerfile", builds)).get(0).severity());
    }
}
