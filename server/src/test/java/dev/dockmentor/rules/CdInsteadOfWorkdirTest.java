package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CdInsteadOfWorkdirTest {
    @Test
    void flagsCdFollowedByMoreCommands() {
        catches("cd-instead-of-workdir", "FROM node:20-slim\nRUN «cd /app» && npm ci\n");
    }

    @Test
    void flagsARunThatIsOnlyCd() {
        catches("cd-instead-of-workdir", "FROM node:20-slim\nRUN «cd /app/src»\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUN make && cd /", "RUN (cd /tmp/build && make install)", "RUN npm ci",
            "RUN [\"npm\", \"ci\"]", "RUN echo cd /x && ls"})
    void acceptsTrailingCdSubshellsAndNoCd(String run) {
        catchesNot("cd-instead-of-workdir", "FROM node:20-slim\n" + run + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RUN mkdir -p /usr/src/app && cd /usr/src/app && make install && cd / && rm -rf /usr/src/app",
            "RUN cd /usr/src/tool; make install; rm -rf /usr/src/tool/",
            "RUN tmp=\"$(mktemp -d)\"; cd \"$tmp\"; curl -fsSLO https://example.com/x.tgz; tar -xzf x.tgz",
            "RUN export dir=/build && cd ${dir} && make",
            "RUN make -C /src && cd / && ls",
            "RUN cd /src && make && cd - && ls",
            "RUN dir=\"$(mktemp -d)\"; ( export CFLAGS=-O2; cd \"$dir/native\"; make ); rm -rf \"$dir\"",
            "RUN mkdir -p /usr/src/x && cd /usr/src/x/build && make && rm -rf /usr/src/x",
            "RUN v=\"$(cd /opt/app && ls)\" && echo \"$v\""})
    void acceptsADirectoryChangeTheRunUndoesOrComputes(String run) {
        // WORKDIR cannot replace these: it would keep a deleted build directory, or cannot name a computed one.
        catchesNot("cd-instead-of-workdir", "FROM debian:12-slim\n" + run + "\n");
    }

    @Test
    void stillFlagsACdThatStays() {
        catches("cd-instead-of-workdir", "FROM debian:12-slim\nRUN «cd /app» && make && «cd /app/src» && make\n");
        catches("cd-instead-of-workdir", "FROM debian:12-slim\nRUN «cd $HOME» && make\n");
        catches("cd-instead-of-workdir", "FROM debian:12-slim\nRUN «cd /»\n");
        catches("cd-instead-of-workdir", "FROM debian:12-slim\nRUN case $a in x) echo ;; esac; «cd /app» && make\n");
    }

    @Test
    void aRelativeCdIsResolvedAgainstTheRunsEarlierCd() {
        // discourse: the clone it enters is /tmp/imagick, which the RUN deletes; /tmp itself stays, so that cd is reported.
        catches("cd-instead-of-workdir",
                "FROM debian:12-slim\nRUN «cd /tmp» && git clone x imagick && cd imagick && make && rm -r /tmp/imagick\n");
        catches("cd-instead-of-workdir",
                "FROM debian:12-slim\nRUN «cd /tmp» && git clone x imagick && «cd imagick» && make && rm -r /tmp/other\n");
        catches("cd-instead-of-workdir",
                "FROM debian:12-slim\nRUN «cd /tmp» && git clone x imagick && «cd ./src/../imagick» && make && rm -r /tmp/imagick/src\n");
    }

    @Test
    void flagsEveryStageAndHeredocScripts() {
        catches("cd-instead-of-workdir", "FROM golang:1.22 AS build\nRUN «cd /src» && go build\n"
                + "FROM alpine:3.20\nRUN <<EOF\n«cd /opt»\n./install.sh\nEOF\n");
    }

    @Test
    void fixMovesTheCdIntoWorkdir() {
        assertFix("cd-instead-of-workdir", "FROM node:20-slim\nRUN cd /app && npm ci --omit=dev\n",
                "FROM node:20-slim\nWORKDIR /app\nRUN npm ci --omit=dev\n");
        assertFix("cd-instead-of-workdir", "FROM golang:1.22\nRUN --mount=type=cache,target=/root/.cache cd /src \\\n && go build\n",
                "FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=cache,target=/root/.cache go build\n");
    }

    @Test
    void fixTurnsALoneCdIntoWorkdir() {
        assertFix("cd-instead-of-workdir", "FROM node:20-slim\r\nRUN cd /app\r\n", "FROM node:20-slim\r\nWORKDIR /app\r\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("cd-instead-of-workdir", "FROM node:20-slim\n# hadolint ignore=DL3003\nRUN cd /app && npm ci\n");
    }
}
