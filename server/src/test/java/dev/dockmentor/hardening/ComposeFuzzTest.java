package dev.dockmentor.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for the compose side (see {@link DockerfileFuzzTest} for the two modes). Inputs replay from
 * {@code src/test/resources/dev/dockmentor/hardening/ComposeFuzzTestInputs/<method>/}.
 */
class ComposeFuzzTest {
    /** The YAML reader turns every input into a tree or problems: no crash, no runaway, ranges inside. */
    @FuzzTest(maxDuration = "2m")
    void parse(byte[] input) {
        Invariants.parseCompose(Invariants.decode(input));
    }

    /** Every compose rule on any text, with a Dockerfile a service builds; every fix checked as for Dockerfiles. */
    @FuzzTest(maxDuration = "2m")
    void analyze(byte[] input) {
        String text = Invariants.decode(input);
        var files = Invariants.files("Dockerfile", "FROM python:3.12-slim AS base\nUSER app\nHEALTHCHECK CMD true\n",
                ".env", "TAG=1.2\nPASSWORD=x\n", "app/main.py", "print(1)\n",
                // what include: and extends: {file:} can name
                "base.yaml", "include:\n  - base.yaml\nservices:\n  app:\n    extends: {file: base.yaml, service: app}\n"
                        + "    image: nginx:1.27\n    healthcheck:\n      test: [CMD, 'true']\nnetworks:\n  back: {}\nvolumes:\n  data:\n");
        var findings = Invariants.analyzeCompose(text, files);
        Invariants.everyFix(Invariants.Kind.COMPOSE, text, findings, files, 25);
    }
}
