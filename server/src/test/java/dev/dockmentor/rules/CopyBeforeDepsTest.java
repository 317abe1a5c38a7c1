package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyBeforeDepsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "pip install --no-cache-dir -r requirements.txt", "npm ci", "npm install", "yarn install", "yarn",
            "pnpm install --frozen-lockfile", "bundle install", "go mod download", "mvn -B dependency:go-offline",
            "mvn -B package", "composer install --no-dev", "poetry install --no-root", "gradle build"})
    void flagsEveryKnownInstallStepAfterTheWholeContext(String install) {
        catches("copy-before-deps", "FROM x:1\nWORKDIR /app\nCOPY «.» .\nRUN " + install + "\n");
    }

    @Test
    void acceptsManifestsCopiedFirst() {
        catchesNot("copy-before-deps", "FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n");
    }

    @Test
    void acceptsInstallsThatDoNotReadAManifest() {
        catchesNot("copy-before-deps", "FROM node:20-slim\nCOPY . .\nRUN npm install -g pm2 && pip install flask\n");
    }

    @Test
    void eachStageIsReadOnItsOwn() {
        catchesNot("copy-before-deps", "FROM node:20 AS a\nCOPY . .\nFROM node:20-slim\nRUN npm ci\n");
        catches("copy-before-deps", "FROM golang:1.22 AS build\nCOPY «.» .\nRUN go mod download\nFROM scratch\n");
    }

    @Test
    void fixCopiesTheManifestFirstAndTheRestAfterTheInstall() {
        assertFix("copy-before-deps",
                "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD [\"python\", \"app.py\"]\n",
                "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD [\"python\", \"app.py\"]\n");
    }

    @Test
    void fixKeepsChownAndUsesADirectoryDestinationForSeveralManifests() {
        assertFix("copy-before-deps",
                "FROM node:20-slim\r\nCOPY --chown=node:node . /app\r\nWORKDIR /app\r\nRUN npm ci --omit=dev",
                "FROM node:20-slim\r\nWORKDIR /app\r\nCOPY --chown=node:node package.json package-lock.json* /app/\r\nRUN npm ci --omit=dev\r\nCOPY --chown=node:node . /app");
    }

    @Test
    void fixKeepsARequirementsSubfolder() {
        assertFix("copy-before-deps",
                "FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements/prod.txt\n",
                "FROM python:3.12-slim\nCOPY requirements/prod.txt ./requirements/\nRUN pip install -r requirements/prod.txt\nCOPY . .\n");
    }

    @Test
    void canBeSilenced() {
        catchesNot("copy-before-deps", "FROM node:20\n# dockmentor-ignore copy-before-deps\nCOPY . .\nRUN npm ci\n");
    }

    @Test
    void noFixWhenAnotherInstallFollowsInTheStage() {
        // Found by fuzzing: moving the copy after the first install left it before the second one.
        for (String between : new String[] {"COPY src/ ./src/", "COPY . ."}) {
            var hits = catches("copy-before-deps", "FROM node:20-slim\nWORKDIR /app\nCOPY «.» .\nRUN npm ci\n" + between + "\nRUN npm ci\n");
            org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).fixes().isEmpty(), hits.toString());
        }
    }

    @Test
    void noFixWhenTheManifestIsNotAPlainPath() {
        // A COPY source cannot spell these: the line would split or expand differently (found by fuzzing).
        for (String req : new String[] {"\"my reqs.txt\"", "`ls *.txt`"}) {
            var hits = catches("copy-before-deps", "FROM python:3.12-slim\nWORKDIR /app\nCOPY «.» .\nRUN pip install -r " + req + "\n");
            org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).fixes().isEmpty(), req + ": " + hits);
        }
    }
}
