package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddInsteadOfCopyTest {
    @ParameterizedTest
    @ValueSource(strings = {"package.json ./", "src/ /app/src/", "a.txt b.txt /app/", "--chown=app:app conf /etc/app",
            "[\"config.yaml\", \"/etc/app/\"]"})
    void flagsAddOfLocalFiles(String args) {
        catches("add-instead-of-copy", "FROM alpine:3.20\n«ADD» " + args + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rootfs.tar.gz /", "vendor.tgz /opt/", "data.tar /srv/", "tools.tar.xz /usr/local/",
            "assets.tar.bz2 /srv/", "--checksum=sha256:abc https://example.com/a.bin /a.bin",
            "https://github.com/moby/buildkit.git#v0.14.1 /src", "${ARTIFACT} /app/"})
    void acceptsArchivesVerifiedUrlsAndUnknownSources(String args) {
        catchesNot("add-instead-of-copy", "FROM alpine:3.20\nADD " + args + "\n");
    }

    @Test
    void acceptsAHeredocAdd() {
        catchesNot("add-instead-of-copy", "FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n");
    }

    @Test
    void flagsAnUnverifiedUrlOnTheUrl() {
        catches("add-instead-of-copy", "FROM alpine:3.20\nADD «https://example.com/tool.bin» /usr/local/bin/tool\n");
    }

    @Test
    void flagsEveryStage() {
        catches("add-instead-of-copy", "FROM alpine:3.20 AS build\n«ADD» . /src\nFROM alpine:3.20\n«ADD» app /app\n");
    }

    @Test
    void fixReplacesTheKeyword() {
        assertFix("add-instead-of-copy", "FROM node:20-slim\nADD --chown=node:node src/ ./src/\n",
                "FROM node:20-slim\nCOPY --chown=node:node src/ ./src/\n");
        assertFix("add-instead-of-copy", "FROM node:20-slim\nadd src/ ./src/\n", "FROM node:20-slim\ncopy src/ ./src/\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("add-instead-of-copy", "FROM alpine:3.20\n# hadolint ignore=DL3020\nADD app /app\n");
    }
}
