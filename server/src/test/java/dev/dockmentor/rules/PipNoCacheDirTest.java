package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipNoCacheDirTest {
    @ParameterizedTest
    @ValueSource(strings = {"RUN pip «install» flask", "RUN pip3 «install» -r requirements.txt",
            "RUN python3 -m pip «install» --upgrade pip"})
    void flagsPipInstallWithoutTheFlag(String run) {
        catches("pip-no-cache-dir", "FROM python:3.12-slim\n" + run + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RUN pip install --no-cache-dir flask",
            "ENV PIP_NO_CACHE_DIR=1\nRUN pip install flask",
            "RUN PIP_NO_CACHE_DIR=1 pip install flask",
            "RUN --mount=type=cache,target=/root/.cache/pip pip install flask",
            "RUN pip wheel -w /wheels flask"})
    void acceptsDisabledCachesAndCacheMounts(String run) {
        catchesNot("pip-no-cache-dir", "FROM python:3.12-slim\n" + run + "\n");
    }

    @Test
    void builderStagesDoNotShip() {
        catchesNot("pip-no-cache-dir", "FROM python:3.12 AS build\nRUN pip install flask\nFROM python:3.12-slim\n");
    }

    @Test
    void fixAddsTheFlag() {
        assertFix("pip-no-cache-dir", "FROM python:3.12-slim\nRUN pip install -r requirements.txt\n",
                "FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n");
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("pip-no-cache-dir", "FROM python:3.12-slim\n# hadolint ignore=DL3042\nRUN pip install flask\n");
    }
}
