package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvalidFlagTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "COPY --chwon=nobody:nogroup app.py . | COPY --chown=nobody:nogroup app.py .",
            "COPY --form=build /out /app | COPY --from=build /out /app",
            "RUN --mount=tpye=cache,target=/root/.cache pip install x | RUN --mount=type=cache,target=/root/.cache pip install x",
            "RUN --mount=type=cahce,target=/root/.cache pip install x | RUN --mount=type=cache,target=/root/.cache pip install x"})
    void suggestsTheFlagOrMountOptionThatWasMeant(String bad, String good) {
        assertFix("invalid-flag", "FROM python:3.12-slim AS build\n" + bad + "\n", "FROM python:3.12-slim AS build\n" + good + "\n");
    }

    @Test
    void noTypeFixWhenQuotesKeepTheValueFromBeingPlaced() {
        // The flag's value has a quoted field: the option ranges fall back to the whole flag value, which the fix would replace.
        var f = of("invalid-flag", lint("FROM alpine:3.20\nRUN --mount=type=cahce,\"target=/a,b\" true\n"));
        org.junit.jupiter.api.Assertions.assertTrue(f.stream().anyMatch(x -> x.message().en().contains("did you mean cache")), f.toString());
        org.junit.jupiter.api.Assertions.assertTrue(f.stream().allMatch(x -> x.fixes().isEmpty()), f.toString());
    }

    @Test
    void marksTheUnknownFlagAndTheBadMountKey() {
        catches("invalid-flag", "FROM alpine:3.20\nCOPY «--chwon»=1000 a /a\n");
        catches("invalid-flag", "FROM alpine:3.20\nRUN --mount=«tpye»=cache,target=/x true\n");
        catches("invalid-flag", "FROM alpine:3.20\nRUN «--chown»=1000 true\n");
    }

    @Test
    void flagsDuplicatedAndMalformedFlags() {
        catches("invalid-flag", "FROM alpine:3.20\nCOPY --chown=1 «--chown=2» a /a\n");
        catches("invalid-flag", "FROM alpine:3.20\nCOPY --link=«yes» a /a\n");
        catches("invalid-flag", "FROM alpine:3.20\nCOPY «--from» a /a\n");
        catches("invalid-flag", "FROM alpine:3.20\nHEALTHCHECK --interval=«30» CMD true\n");
        catches("invalid-flag", "FROM alpine:3.20\nRUN --network=«hots» true\n");
    }

    @Test
    void acceptsValidFlagsRepeatedMountsAndVariables() {
        catchesNot("invalid-flag", "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
                + "RUN --mount=type=cache,target=/go/pkg --mount=type=secret,id=npm,required true\n"
                + "COPY --from=build --chown=1000:1000 --chmod=755 --link a /a\n"
                + "ADD --checksum=sha256:abc --keep-git-dir=true https://x/y.git /src\n"
                + "HEALTHCHECK --interval=1m30s --timeout=5s --retries=3 CMD true\n");
    }

    @Test
    void acceptsTheLabsChannelFlags() {
        catchesNot("invalid-flag", "# syntax=docker/dockerfile:1-labs\nFROM alpine:3.20\n"
                + "RUN --network=none --security=sandbox --device=/dev/null,required echo hi\n");
    }

    @Test
    void checksOnbuildTriggersToo() {
        catches("invalid-flag", "FROM alpine:3.20\nONBUILD COPY «--chwon»=1 a /a\n");
    }

    @Test
    void hadolintStyleSuppressionDoesNotApplyButOursDoes() {
        catchesNot("invalid-flag", "FROM alpine:3.20\n# dockmentor-ignore invalid-flag\nCOPY --chwon=1 a /a\n");
    }

    @Test
    void aMountOptionIsRenamedOnlyWhenItsKeyStandsAlone() {
        // Found by fuzzing: with a quote in the field the key's range spans the value, which the rename deleted.
        var quoted = catches("invalid-flag", "FROM alpine:3.20\nRUN --mount=typeget=/root/.cache\"node\", ls\n");
        org.junit.jupiter.api.Assertions.assertTrue(quoted.get(0).fixes().isEmpty(), quoted.toString());
        assertFix("invalid-flag", "FROM alpine:3.20\nRUN --mount=typ=cache,target=/x ls\n",
                "FROM alpine:3.20\nRUN --mount=type=cache,target=/x ls\n");
    }
}
