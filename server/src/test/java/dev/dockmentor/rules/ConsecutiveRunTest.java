package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.rules.dockerfile.ConsecutiveRun;
import dev.dockmentor.text.TextEdit;
import dev.dockmentor.text.TextEdits;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    void aLongGroupGetsOneFixPerChunkSoTheReportStaysLinear() {
        int n = 45;
        StringBuilder src = new StringBuilder("FROM alpine:3.20\n");
        for (int i = 0; i < n; i++) src.append("RUN step").append(i).append('\n');
        var f = of("consecutive-run", lint(src.toString()));
        assertEquals(n - 1, f.size(), "every RUN after the first");
        Set<TextEdit> all = new LinkedHashSet<>();
        for (Finding x : f) {
            List<TextEdit> edits = x.fixes().get(0).edits();
            assertTrue(edits.size() <= ConsecutiveRun.MAX_MERGED - 1, edits.size() + " edits");
            // its own RUN is among those its fix merges: an edit ends where this RUN's arguments start
            assertTrue(edits.stream().anyMatch(e -> e.range().end().line() == x.range().start().line()), x.toString());
            all.addAll(edits);
        }
        assertEquals("Merge the 20 RUNs with &&", f.get(0).fixes().get(0).title().get("en"));
        assertEquals("Merge the 7 RUNs with &&", f.get(n - 2).fixes().get(0).title().get("en"), "RUNs 38 to 44");
        // All fixes applied (as fix-all does, each edit once) merge the whole group into one RUN.
        String merged = TextEdits.apply(src.toString(), List.copyOf(all));
        assertEquals(1, merged.lines().filter(l -> l.startsWith("RUN ")).count(), merged);
        catchesNot("consecutive-run", merged);
    }

    @Test
    void fixIsUnsafeWhenAnEarlierRunChangesDirectory() {
        var f = of("consecutive-run", lint("FROM alpine:3.20\nRUN cd /tmp && make\nRUN ls\n"));
        assertEquals(1, f.size());
        assertFalse(f.get(0).fixes().get(0).safe());
        assertTrue(of("consecutive-run", lint("FROM alpine:3.20\nRUN a\nRUN b\n")).get(0).fixes().get(0).safe());
    }

    @Test
    void noFixWhenALaterRunIsMoreThanAnAndChain() {
        // `a && b; c` or `a && b || true` would run on after a failed a and exit 0: the build no longer stops.
        for (String later : List.of("set -eux; mkdir -p /app", "mkdir /app \\\n    || true", "sleep 1 & wait",
                "{ mkdir /app; }", "if [ -d /x ]; then rm -r /x; fi")) {
            var f = of("consecutive-run", lint("FROM debian:12-slim\nRUN apt-get update\nRUN " + later + "\n"));
            assertEquals(1, f.size(), later);
            assertTrue(f.get(0).fixes().isEmpty(), later);
        }
        // The first RUN of the merge may be anything: `a; b && c` keeps the first RUN's status.
        assertFix("consecutive-run", "FROM alpine:3.20\nRUN a; b || true\nRUN c | d && e\n",
                "FROM alpine:3.20\nRUN a; b || true \\\n && c | d && e\n");
    }

    @Test
    void noFixOnWindowsStages() {
        // powershell.exe (Windows PowerShell 5.1) rejects && ("not a valid statement separator"); cmd is not sh either.
        for (String src : List.of(
                "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN New-Item -Path C:/app\nRUN Write-Host hi\n",
                "FROM alpine:3.20\nSHELL [\"powershell\", \"-Command\"]\nRUN a\nRUN b\n",
                "FROM alpine:3.20\nSHELL [\"cmd\", \"/S\", \"/C\"]\nRUN a\nRUN b\n")) {
            var f = of("consecutive-run", lint(src));
            assertEquals(1, f.size(), src);
            assertTrue(f.get(0).fixes().isEmpty(), src);
            assertFalse(f.get(0).message().get("en").contains("&&"), src);
        }
    }

    @Test
    void noFixWhenACommentSitsBetween() {
        var f = catches("consecutive-run", "FROM alpine:3.20\nRUN a\n# why b\nRUN b\n");
        assertTrue(f.get(0).fixes().isEmpty());
    }

    @Test
    void noFixWhenAnEarlierRunEndsInsideAQuoteOrAComment() {
        // The join would put the next RUN inside the open quote, or after the comment, on the joined line.
        assertTrue(catches("consecutive-run", "FROM alpine:3.20\nRUN echo \"a\n«RUN» b\n").get(0).fixes().isEmpty());
        assertTrue(catches("consecutive-run", "FROM alpine:3.20\nRUN echo a # note\n«RUN» b\n").get(0).fixes().isEmpty());
    }

    @Test
    void hadolintAliasSilencesIt() {
        catchesNot("consecutive-run", "FROM alpine:3.20\nRUN a\n# hadolint ignore=DL3059\nRUN b\n");
    }
}
