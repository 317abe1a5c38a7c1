package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsecutiveRunTest {
    @Test
    void flagsEachFollowingRun() {
        catches("consecutive-run", "FROM alpine:3.20\nRUN a\n«RUN» b\n«RUN» c\nWORKDIR /x\nRUN d\n");
    }

    @Test
    void acceptsRunsSeparatedByOtherInstructionsOrOptions() {
        catchesNot("consecutive-run", "FROM alpine:3.20\nRUN a\nWORKDIR /x\nRUN b\n");
        catchesNot("consecutive-run", "FROM alpine:3.20\nRUN a\nRUN --mount=type=cache,target=/c b\n");
        catchesNot("consecutive-run", "FROM alpine:3.20\nRUN a\nRUN <<EOF\nb\nEOF\n");
    }

    @Test
    void stagesAreSeparate() {
        catchesNot("consecutive-run", "FROM alpine:3.20 AS a\nRUN a\nFROM alpine:3.20\nRUN b\n");
    }

    @Test
    void fixMergesTheWholeGroup() {
        assertFix("consecutive-run", "FROM alpine:3.20\nRUN adduser -D app\nRUN mkdir -p /data\n\nRUN chown app /data\nUSER app\n",
                "FROM alpine:3.20\nRUN adduser -D app \\\n && mkdir -p /data \\\n && chown app /data\nUSER app\n");
    }

    @Test
    void fixIsUnsafeWhenAnEarlierRunChangesDirectory() {
        var f = of("consecutive-run", lint("FROM alpine:3.20\nRUN cd /tmp && make\nRUN ls\n"));
        assertEquals(1, f.size());
        assertFalse(f.get(0).fixes().get(0).safe());
        assertTrue(of("consecutive-run", lint("FROM alpine:3.20\nRUN a\nRUN b\n")).get(0).fixes().get(0).safe());
    }

    @Test
    void noFixWhenACommentSitsBetween() {
        var f = catches("consecutive-run", "FROM alpine:3.20\nRUN a\n# why b\nRUN b\n");
        assertTrue(f.get(0).fixes().isEmpty());
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("consecutive-run", "FROM alpine:3.20\nRUN a\n# hadolint ignore=DL3059\nRUN b\n");
    }
}
