package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReservedStageNameTest {
    @ParameterizedTest
    @ValueSource(strings = {"scratch", "context", "Scratch"})
    void flagsReservedNames(String name) {
        catches("reserved-stage-name", "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS «" + name + "»\n");
    }

    @Test
    void aNameNothingMisreadsIsAWarning() {
        // BuildKit only warns; FROM scratch AS scratch read through COPY --from=scratch builds as written.
        var f = catches("reserved-stage-name", "FROM scratch AS «scratch»\nCOPY a /a\nFROM alpine:3.20\nCOPY --from=scratch /a /a\n");
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains("BuildKit warns but builds"), f.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FROM alpine:3.20 AS scratch\nRUN true\nFROM scratch\nCOPY app /app\n",
            "FROM alpine:3.20 AS context\nFROM context\n",
            "FROM alpine:3.20 AS context\nFROM alpine:3.20\nCOPY --from=context /etc/hosts /x\n",
            "FROM alpine:3.20 AS context\nFROM alpine:3.20\nRUN --mount=from=context,target=/src ls /src\n"})
    void aLaterReferenceThatResolvesToTheStageIsAnError(String src) {
        var f = catches("reserved-stage-name", src);
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains("resolves to this stage instead"), f.toString());
    }

    @Test
    void aFromScratchBeforeTheStageStillMeansTheEmptyImage() {
        var f = catches("reserved-stage-name", "FROM scratch AS out\nCOPY a /a\nFROM alpine:3.20 AS «scratch»\n");
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void fromOnLaterStageNamedLikeTheReservedOneIsTheLaterOne() {
        // --from=context resolves to the last stage of that name: the earlier one is not what gets read.
        var f = catches("reserved-stage-name", "FROM alpine:3.20 AS «context»\nFROM alpine:3.20 AS «context»\nFROM alpine:3.20\n"
                + "COPY --from=context /a /a\n");
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(Severity.ERROR, f.get(1).severity());
    }

    @Test
    void acceptsOtherNamesAndFromScratch() {
        catchesNot("reserved-stage-name", "FROM alpine:3.20 AS certs\nFROM scratch\nCOPY --from=certs /a /a\n");
    }

    @Test
    void buildKitNameSilencesIt() {
        catchesNot("reserved-stage-name", "# check=skip=ReservedStageName\nFROM alpine:3.20 AS scratch\n");
    }
}
