package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MissingHealthcheckTest {
    @Test
    void flagsAFinalStageWithoutHealthcheck() {
        catches("missing-healthcheck", "FROM «nginx:1.27»\nCOPY site/ /usr/share/nginx/html/\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEALTHCHECK CMD curl -f http://localhost/ || exit 1", "HEALTHCHECK NONE",
            "HEALTHCHECK --interval=10s CMD [\"/app\", \"health\"]"})
    void acceptsAnyHealthcheckIncludingNone(String hc) {
        catchesNot("missing-healthcheck", "FROM nginx:1.27\n" + hc + "\n");
    }

    @Test
    void aHealthcheckInheritedFromAParentStageCounts() {
        catchesNot("missing-healthcheck", "FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -f http://localhost/\nFROM base\nCOPY a /a\n");
    }

    @Test
    void onlyTheFinalStageMatters() {
        catches("missing-healthcheck", "FROM golang:1.22 AS build\nHEALTHCHECK NONE\nFROM «alpine:3.20»\nCMD [\"/app\"]\n");
    }

    @Test
    void fixUsesCurlWhenTheImageHasIt() {
        assertFix("missing-healthcheck", "FROM nginx:1.27\nEXPOSE 80\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n",
                "FROM nginx:1.27\nEXPOSE 80\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:80/ || exit 1\n"
                        + "CMD [\"nginx\", \"-g\", \"daemon off;\"]\n");
    }

    @Test
    void fixUsesWgetOnAlpineAtTheEnd() {
        assertFix("missing-healthcheck", "FROM alpine:3.20\nEXPOSE 8080/tcp",
                "FROM alpine:3.20\nEXPOSE 8080/tcp\nHEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/ || exit 1");
    }

    @Test
    void fixUsesAnInstalledCurl() {
        assertFix("missing-healthcheck", "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nEXPOSE 9090\nCMD [\"app\"]\n",
                "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nEXPOSE 9090\n"
                        + "HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:9090/ || exit 1\nCMD [\"app\"]\n");
    }

    @Test
    void fixUsesTheLanguageRuntimeOnSlimImages() {
        assertFix("missing-healthcheck", "FROM python:3.12-slim\nEXPOSE 8000\nCMD [\"python\", \"-m\", \"app\"]\n",
                "FROM python:3.12-slim\nEXPOSE 8000\nHEALTHCHECK --interval=30s --timeout=3s CMD [\"python\", \"-c\", "
                        + "\"import urllib.request,sys; urllib.request.urlopen('http://localhost:8000/')\"]\nCMD [\"python\", \"-m\", \"app\"]\n");
        assertFix("missing-healthcheck", "FROM node:20-slim\nEXPOSE 3000\nCMD [\"node\", \"server.js\"]\n",
                "FROM node:20-slim\nEXPOSE 3000\nHEALTHCHECK --interval=30s --timeout=3s CMD [\"node\", \"-e\", "
                        + "\"require('http').get('http://localhost:3000/', r => process.exit(r.statusCode < 400 ? 0 : 1))"
                        + ".on('error', () => process.exit(1))\"]\nCMD [\"node\", \"server.js\"]\n");
    }

    /** A server that does not speak HTTP gets its own probe: the compose side's knowledge, in Dockerfile form. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FROM alpine:3.20\\nRUN apk add --no-cache redis\\nEXPOSE 6379\\nUSER redis\\n| CMD [\"redis-server\"]| [\"redis-cli\", \"ping\"]",
            "FROM redis:7.2-alpine\\n| CMD [\"redis-server\", \"--appendonly\", \"yes\"]| [\"redis-cli\", \"ping\"]",
            "FROM postgres:17\\nEXPOSE 5432\\n| CMD [\"postgres\"]| pg_isready -U ${POSTGRES_USER:-postgres}",
            "FROM postgres:17-alpine\\n| CMD [\"docker-entrypoint.sh\", \"postgres\"]| pg_isready -U ${POSTGRES_USER:-postgres}",
            "FROM debian:12-slim\\nRUN apt-get install -y default-mysql-server\\n| CMD exec mysqld| [\"mysqladmin\", \"ping\", \"-h\", \"localhost\"]",
            "FROM mysql:8.4\\n| CMD [\"mysqld\"]| [\"mysqladmin\", \"ping\", \"-h\", \"localhost\"]",
            "FROM mariadb:11\\nUSER mysql\\n| CMD [\"mariadbd\"]| [\"healthcheck.sh\", \"--connect\", \"--innodb_initialized\"]",
            "FROM rabbitmq:3-management\\nEXPOSE 5672\\n| CMD [\"rabbitmq-server\"]| [\"rabbitmq-diagnostics\", \"-q\", \"ping\"]",
            "FROM mongo:7\\n| CMD [\"mongod\"]| [\"mongosh\", \"--quiet\", \"--eval\", \"db.adminCommand('ping')\"]",
            // An image of the redis family probes with its own client.
            "FROM valkey/valkey:8\\n| CMD [\"valkey-server\"]| [\"valkey-cli\", \"ping\"]"})
    void fixUsesTheServicesOwnProbe(String head, String last, String probe) {
        String h = head.replace("\\n", "\n");
        assertFix("missing-healthcheck", h + last + "\n",
                h + "HEALTHCHECK --interval=30s --timeout=3s CMD " + probe + "\n" + last + "\n");
    }

    /** No HTTP probe on a port that does not speak HTTP, nor a probe the image may lack: the finding comes without a fix. */
    @ParameterizedTest
    @ValueSource(strings = {
            "FROM php:8.3-fpm-alpine\nEXPOSE 9000\nUSER www-data\nCMD [\"php-fpm\"]",
            "FROM php:8.3-fpm\nEXPOSE 9000\n",
            "FROM alpine:3.20\nRUN apk add php83-fpm\nEXPOSE 9000\nCMD [\"php-fpm83\", \"-F\"]",
            "FROM alpine:3.20\nRUN apk add memcached\nEXPOSE 11211\nCMD [\"memcached\"]",
            "FROM alpine:3.20\nRUN apk add redis\nEXPOSE 6380\nCMD [\"redis-server\", \"--port\", \"6380\"]",
            "FROM alpine:3.20\nEXPOSE 5432\nCMD [\"/app\"]",
            "FROM debian:12-slim\nRUN apt-get install -y mariadb-server\nCMD [\"mariadbd\"]",
            "FROM mongo:4.4\nEXPOSE 27017\n",
            "FROM rabbitmq:3\nEXPOSE 4369 5672\nCMD [\"/custom\"]",
            // gRPC speaks HTTP/2 only: a wget GET on it fails for ever.
            "FROM alpine:3.22\nRUN apk add --no-cache nodejs\nEXPOSE 50051\nUSER nobody\nENTRYPOINT [\"node\", \"server.js\"]",
            "FROM alpine:3.22\nEXPOSE 4317\nUSER nobody\nCMD [\"/collector\"]"})
    void noFixForNonHttpServicesWithoutAKnownProbe(String src) {
        var hits = catches("missing-healthcheck", src + "\n");
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).fixes().isEmpty(), hits.toString());
    }

    /** The official images' idiom removes wget again: the probe must not rely on it. */
    @Test
    void noProbeWithAToolTheSameRunPurges() {
        String src = "FROM debian:12-slim\nRUN set -eux; saved=\"$(apt-mark showmanual)\"; apt-get update; \\\n"
                + "  apt-get install -y --no-install-recommends wget; wget -O /app https://x.io/app; \\\n"
                + "  apt-mark auto '.*' > /dev/null; apt-mark manual $saved; apt-get purge -y --auto-remove\n"
                + "EXPOSE 8080\nCMD [\"/app\"]\n";
        var hits = catches("missing-healthcheck", src);
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).fixes().isEmpty(), hits.toString());
        // Kept when re-marked manual, or purged by name.
        assertFix("missing-healthcheck", src.replace("manual $saved", "manual $saved wget"),
                src.replace("manual $saved", "manual $saved wget").replace("CMD [", "HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/ || exit 1\nCMD ["));
        var named = catches("missing-healthcheck", "FROM alpine:3.20\nRUN apk add --no-cache --virtual .f curl && curl -o /app https://x.io && apk del .f\n"
                + "EXPOSE 8080\nCMD [\"/app\"]\n");
        org.junit.jupiter.api.Assertions.assertEquals(1, named.get(0).fixes().size(), "busybox wget is still there");
    }

    @Test
    void silencedByItsId() {
        catchesNot("missing-healthcheck", "# dockmentor-ignore missing-healthcheck\nFROM nginx:1.27\n");
    }

    @Test
    void noFixWhenTheLastLineContinuesIntoWhateverIsAppended() {
        // Found by fuzzing: the HEALTHCHECK appended after "CMD ... \" joined the CMD instead.
        var hits = catches("missing-healthcheck", "FROM «python:3.12-slim»\nEXPOSE 8000\nUSER nobody \\\n");
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).fixes().isEmpty(), hits.toString());
        var plain = catches("missing-healthcheck", "FROM «python:3.12-slim»\nEXPOSE 8000\nUSER nobody\n");
        org.junit.jupiter.api.Assertions.assertFalse(plain.get(0).fixes().isEmpty(), plain.toString());
    }
}
