package dev.dockmentor.rules;

import static dev.dockmentor.rules.ProjectTester.dockerfileAt;
import static dev.dockmentor.rules.ProjectTester.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A Dockerfile whose last stage is a development or test target ({@code FROM base AS development} after
 * {@code FROM base AS production}) ships its production target: production advice reads that stage, not the last.
 */
class ShippedStageTest {
    private static final String TWO_TARGETS = """
            FROM ruby:3.3-slim AS base
            WORKDIR /app
            COPY . .

            FROM base AS production
            RUN useradd -m app
            USER app
            CMD ["bin/rails", "server"]

            FROM base AS development
            RUN apt-get update && apt-get install -y build-essential vim
            CMD ["bin/rails", "server"]
            """;

    @Test
    void theProductionTargetIsWhatShipsWhenTheLastStageIsForDevelopment() {
        var all = dockerfileAt("Dockerfile", TWO_TARGETS);
        assertTrue(only("root-user", all).isEmpty(), all.toString());
        assertTrue(only("apt-lists-not-removed", all).isEmpty(), all.toString());
        assertTrue(only("apt-no-install-recommends", all).isEmpty(), all.toString());
    }

    @Test
    void theProductionTargetIsReadEvenWhenItIsWorse() {
        var all = dockerfileAt("Dockerfile", TWO_TARGETS.replace("RUN useradd -m app\nUSER app\n", ""));
        var root = only("root-user", all);
        assertEquals(1, root.size(), all.toString());
        assertEquals(Severity.WARNING, root.get(0).severity());
    }

    @Test
    void anUnnamedLeafBeforeATestStageIsTheProductionTarget() {
        String df = """
                FROM golang:1.23 AS build
                COPY . .
                RUN go build -o /out/app .

                FROM debian:12-slim AS image
                COPY --from=build /out/app /app
                USER 1000
                ENTRYPOINT ["/app"]

                FROM build AS unit-test
                RUN go test ./...
                """;
        var all = dockerfileAt("Dockerfile", df);
        assertTrue(only("root-user", all).isEmpty(), all.toString());
    }

    @Test
    void aFileWhoseOnlyTargetIsForDevelopmentIsADevelopmentFile() {
        String df = "FROM node:22 AS dev\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"server.js\"]\n";
        var root = only("root-user", dockerfileAt("Dockerfile", df));
        assertEquals(Severity.INFO, root.get(0).severity());
        assertTrue(root.get(0).message().en().contains("its final stage is 'dev', and no other stage is a production one"), root.get(0).message().en());
        assertTrue(root.get(0).message().es().contains("su etapa final es 'dev'"), root.get(0).message().es());
    }

    @Test
    void aLastStageWithAnOrdinaryNameShips() {
        String df = "FROM node:22 AS deps\nCOPY package.json .\nRUN npm ci\n\nFROM node:22-slim AS web\nCOPY --from=deps /node_modules /node_modules\nCMD [\"node\", \"server.js\"]\n";
        var root = only("root-user", dockerfileAt("Dockerfile", df));
        assertEquals(Severity.WARNING, root.get(0).severity());
    }
}
