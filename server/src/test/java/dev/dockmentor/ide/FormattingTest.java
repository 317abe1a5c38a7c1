package dev.dockmentor.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.DockerfileParser;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import dev.dockmentor.text.TextEdits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Before/after snapshots of each formatting rule, and what the formatter must leave alone. */
class FormattingTest {
    private static final Formatting.Options FOUR = Formatting.Options.DEFAULT;

    /** Lines joined with \n, with a final line break. */
    private static String lines(String... ls) {
        return String.join("\n", ls) + "\n";
    }

    private static List<TextEdit> edits(String text) {
        return Formatting.document(DockerfileParser.parse(text), FOUR);
    }

    /** Formats, checks the result is a fixed point, returns it. */
    private static String format(String text) {
        return format(text, FOUR);
    }

    private static String format(String text, Formatting.Options o) {
        List<TextEdit> edits = Formatting.document(DockerfileParser.parse(text), o);
        String once = TextEdits.apply(text, edits);
        assertEquals(List.of(), Formatting.document(DockerfileParser.parse(once), o), "formatting twice changes more:\n" + once);
        return once;
    }

    private static void assertFormats(String before, String after) {
        assertEquals(after, format(before));
    }

    private static void assertUntouched(String text) {
        assertEquals(List.of(), edits(text), "expected no edits for:\n" + text);
    }

    @Test
    void keywordsAndAsAreUpperCased() {
        assertFormats(lines("from alpine:3.20 as build", "run echo hi", "Copy --from=build /a /b", "healthcheck --interval=5s cmd wget -q localhost",
                        "onbuild run make", "expose 80"),
                lines("FROM alpine:3.20 AS build", "RUN echo hi", "COPY --from=build /a /b", "HEALTHCHECK --interval=5s CMD wget -q localhost",
                        "ONBUILD RUN make", "EXPOSE 80"));
    }

    @Test
    void argumentsKeepTheirCase() {
        assertFormats(lines("from Alpine as Build", "run echo From run as"), lines("FROM Alpine AS Build", "RUN echo From run as"));
    }

    @Test
    void continuationLinesAreIndentedOneStep() {
        assertFormats(lines("FROM alpine", "RUN apk add \\", "  curl \\", "            git\\", "\tjq"),
                lines("FROM alpine", "RUN apk add \\", "    curl \\", "    git \\", "    jq"));
    }

    @Test
    void exactlyOneSpaceBeforeTheContinuationAndNoTrailingBlanks() {
        assertFormats(lines("FROM alpine   ", "  RUN set -eux;   \\   ", "    make  \\\t", "    make install\t "),
                lines("FROM alpine", "RUN set -eux; \\", "    make \\", "    make install"));
    }

    @Test
    void aContinuationRightAfterTheKeywordIsKept() {
        assertFormats(lines("FROM alpine", "run\\", "  echo hi"), lines("FROM alpine", "RUN \\", "    echo hi"));
    }

    @Test
    void heredocBodiesAreUntouched() {
        String body = lines("  echo   hi   ", "\tindented", "from inside the body  ");
        assertFormats("from alpine\nrun <<EOF\n" + body + "EOF\ncopy <<-EOT /etc/conf  \n\tvalue = 1   \n\tEOT\n",
                "FROM alpine\nRUN <<EOF\n" + body + "EOF\nCOPY <<-EOT /etc/conf\n\tvalue = 1   \n\tEOT\n");
    }

    @Test
    void jsonArraysKeepTheirContent() {
        assertFormats(lines("FROM alpine", "cmd [\"echo\",   \"a   b\"]", "entrypoint [ \"/bin/sh\", \\", "      \"-c\" ]"),
                lines("FROM alpine", "CMD [\"echo\",   \"a   b\"]", "ENTRYPOINT [ \"/bin/sh\", \\", "    \"-c\" ]"));
        // A break inside a JSON string: its blanks are part of the string.
        String inString = lines("FROM alpine", "CMD [\"echo\", \"hello \\", "      world\"]");
        assertUntouched(inString);
    }

    @Test
    void commentsKeepTheirText() {
        assertFormats(lines("   #   An  odd   comment   ", "FROM alpine", "RUN a \\", "  #   inside,  kept  ", "     # another", "  && b"),
                lines("   #   An  odd   comment   ", "FROM alpine", "RUN a \\", "    #   inside,  kept  ", "    # another", "    && b"));
    }

    @Test
    void emptyLinesInsideAContinuationStay() {
        // Removing them would be the empty-continuation rule's fix, not formatting: the findings must not change.
        assertFormats(lines("FROM alpine", "RUN a \\", "   ", "  b"), lines("FROM alpine", "RUN a \\", "", "    b"));
    }

    @Test
    void oneBlankLineBetweenStagesAndAtMostOneElsewhere() {
        assertFormats(lines("", "", "FROM golang:1.23 AS build", "RUN go build", "FROM alpine AS test", "# the runtime", "# stage",
                        "FROM alpine", "", "", "", "COPY --from=build /app /app", "  ", "", "CMD [\"/app\"]", "", ""),
                lines("FROM golang:1.23 AS build", "RUN go build", "", "FROM alpine AS test", "", "# the runtime", "# stage", "FROM alpine",
                        "", "COPY --from=build /app /app", "", "CMD [\"/app\"]"));
    }

    @Test
    void aCommentSeparatedFromTheNextStageKeepsItsPlace() {
        String ok = lines("FROM a", "RUN x", "# about x", "", "FROM b");
        assertUntouched(ok);
        assertFormats(lines("ARG BASE=alpine", "FROM ${BASE}"), lines("ARG BASE=alpine", "", "FROM ${BASE}"));
    }

    @Test
    void theFileEndsWithExactlyOneLineBreak() {
        assertFormats("FROM alpine", "FROM alpine\n");
        assertFormats("FROM alpine\n\n\n", "FROM alpine\n");
        assertFormats("FROM alpine\n  \n\t", "FROM alpine\n");
        assertUntouched("");
        assertUntouched("\n\n");
    }

    @Test
    void crlfStaysCrlf() {
        assertFormats("from a\r\nrun x \\\r\n  y\r\nfrom b\r\n\r\n\r\n", "FROM a\r\nRUN x \\\r\n    y\r\n\r\nFROM b\r\n");
        assertFormats("from a", "FROM a\n");
        assertFormats("FROM a\r\nRUN b", "FROM a\r\nRUN b\r\n");
    }

    @Test
    void theEscapeDirectiveIsRespected() {
        String before = lines("# escape=`", "from mcr.microsoft.com/windows/servercore:ltsc2022", "run powershell -Command `",
                "  $ErrorActionPreference = 'Stop'; `", "        Write-Host hi", "copy app C:\\app\\", "workdir C:\\app");
        String after = lines("# escape=`", "FROM mcr.microsoft.com/windows/servercore:ltsc2022", "RUN powershell -Command `",
                "    $ErrorActionPreference = 'Stop'; `", "    Write-Host hi", "COPY app C:\\app\\", "WORKDIR C:\\app");
        assertFormats(before, after);
        // A backtick-escaped quote inside a PowerShell string: the break is inside the string.
        assertUntouched(lines("# escape=`", "FROM windows", "RUN Write-Host \"say `\"hi `", "   there`\"\""));
    }

    @Test
    void parserDirectivesAreUntouched() {
        assertFormats(lines("#   syntax = docker/dockerfile:1  ", "# check=skip=all", "from alpine"),
                lines("#   syntax = docker/dockerfile:1  ", "# check=skip=all", "FROM alpine"));
        // Blank lines above a comment that reads like a directive keep it a comment.
        assertFormats(lines("", "", "# escape=`", "from alpine"), lines("", "# escape=`", "FROM alpine"));
    }

    @Test
    void blanksThatAreContentAreKept() {
        // Inside quotes, after an escaped blank, in a word split over two lines, in legacy ENV and in WORKDIR.
        assertUntouched(lines("FROM alpine", "RUN echo \"hello \\", "      world\""));
        assertUntouched(lines("FROM alpine", "RUN echo 'a \\", "  b'"));
        assertUntouched(lines("FROM alpine", "RUN echo a\\ \\", "  b"));
        assertUntouched(lines("FROM alpine", "RUN apt-get ins\\", "tall curl"));
        assertUntouched(lines("FROM alpine", "RUN echo ${A:-x \\", "  y}"));
        assertUntouched(lines("FROM alpine", "ENV GREETING hello \\", "      world"));
        assertUntouched(lines("FROM alpine", "WORKDIR /my \\", "   dir"));
        assertUntouched(lines("FROM alpine", "RUN echo $'it\\'s \\", "  fine'"));
        // The key=value form of ENV splits at blanks: it re-flows.
        assertFormats(lines("FROM alpine", "ENV A=1 \\", "  B=\"two  words\""), lines("FROM alpine", "ENV A=1 \\", "    B=\"two  words\""));
        // Legacy ENV still gets its keyword cased.
        assertFormats(lines("FROM alpine", "env GREETING hello \\", "      world"), lines("FROM alpine", "ENV GREETING hello \\", "      world"));
    }

    @Test
    void syntaxErrorsAreLeftAsWritten() {
        assertUntouched(lines("FROM alpine", "frm  alpine  "));
        assertUntouched(lines("FROM alpine", "cmd [\"a\" \"b\"]  "));
        assertUntouched(lines("FROM alpine", "run"));
        assertUntouched(lines("FROM alpine", "copy --frm=x a   b"));
        assertUntouched(lines("FROM alpine", "onbuild from  x"));
        assertUntouched(lines("FROM alpine", "run <<EOF", "never  closed  "));
        assertUntouched(lines("FROM alpine", "run a \\"));
        // Only the broken instruction is left; the rest is formatted.
        assertFormats(lines("from alpine", "frm  alpine  ", "run  true  "), lines("FROM alpine", "frm  alpine  ", "RUN  true"));
    }

    @Test
    void garbageAndBinaryInputGetNoEdits() {
        assertUntouched("FROM alpine\u0000\u0001\u0002\nrun x\n");
        assertUntouched("\uFFFD\uFFFDELF\u0002\u0001\nrun x  \n\n\n");
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        assertUntouched(new String(bytes, StandardCharsets.UTF_8));
        assertUntouched(new String(bytes, StandardCharsets.ISO_8859_1));
        // A control character inside one instruction: that instruction only.
        assertFormats(lines("from alpine", "run echo \u0007  "), lines("FROM alpine", "run echo \u0007  "));
    }

    @Test
    void neverThrowsOnOddInput() {
        Formatting.document(null, FOUR);
        Formatting.range(DockerfileParser.parse("FROM a\n"), null, FOUR);
        Formatting.range(DockerfileParser.parse("FROM a\n"), Range.of(50, 3, -1, 0), FOUR);
        Random r = new Random(11);
        String alphabet = "fromrun FROM RUN \\`\"'$#{}<<EOF[]=,\n\r\t ";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(80);
            for (int k = 0; k < n; k++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String t = sb.toString();
            List<TextEdit> e = edits(t);
            String once = TextEdits.apply(t, e);
            assertEquals(List.of(), edits(once), "not idempotent on " + t.replace("\n", "\\n"));
        }
    }

    @Test
    void aByteOrderMarkStaysFirst() {
        assertFormats("\uFEFF\n\nfrom alpine\n", "\uFEFFFROM alpine\n");
        assertFormats("\uFEFFfrom alpine", "\uFEFFFROM alpine\n");
    }

    @Test
    void theEditorsIndentIsUsed() {
        String before = lines("FROM alpine", "RUN a \\", "  b");
        assertEquals(lines("FROM alpine", "RUN a \\", "\tb"), format(before, Formatting.Options.of(4, false)));
        assertEquals(lines("FROM alpine", "RUN a \\", "  b"), format(before, Formatting.Options.of(2, true)));
        assertEquals(lines("FROM alpine", "RUN a \\", "    b"), format(before, Formatting.Options.of(0, true)));
    }

    @Test
    void rangeFormattingTouchesOnlyTheInstructionsItIntersects() {
        String text = lines("from alpine", "", "", "run a \\", "  b", "run  c   ", "copy x   y  ");
        Dockerfile df = DockerfileParser.parse(text);
        // A cursor on the second line of the first RUN formats that whole RUN and nothing else.
        List<TextEdit> e = Formatting.range(df, Range.of(4, 1, 4, 1), FOUR);
        assertEquals(lines("from alpine", "", "", "RUN a \\", "    b", "run  c   ", "copy x   y  "), TextEdits.apply(text, e));
        // Whole lines 5 and 6 selected (the selection ends at column 0 of line 7).
        e = Formatting.range(df, Range.of(5, 0, 7, 0), FOUR);
        assertEquals(lines("from alpine", "", "", "run a \\", "  b", "RUN  c", "COPY x   y"), TextEdits.apply(text, e));
        // A range over blank lines only formats nothing.
        assertEquals(List.of(), Formatting.range(df, Range.of(1, 0, 2, 0), FOUR));
    }

    @Test
    void editsAreOnePerChangedRunOfLines() {
        String text = lines("from a", "RUN x", "RUN y", "run z \\", "  w", "RUN v");
        List<TextEdit> e = edits(text);
        assertEquals(2, e.size(), e.toString());
        assertEquals(Range.of(0, 0, 0, 6), e.get(0).range());
        assertEquals(Range.of(3, 0, 4, 3), e.get(1).range());
        for (TextEdit t : e) assertTrue(t.range().end().line() - t.range().start().line() <= 1, t.toString());
        assertEquals(List.of(), edits(lines("FROM a", "RUN x")));
    }

    @Test
    void formattedOutputParsesToTheSameInstructions() {
        List<String> inputs = new ArrayList<>(List.of(
                lines("from alpine AS base", "run apk add --no-cache \\", "      curl=8.5.0-r0 \\", "   jq", "env A=1 \\", "  B=2", "label a=b \\", "c=d"),
                lines("FROM alpine", "RUN --mount=type=cache,target=/var/cache/apk \\", "  apk add \"a b\" 'c  d'", "copy [\"a b\", \\", " \"/dst/\"]"),
                lines("FROM alpine", "VOLUME /a \\", " /b", "expose 80 \\", "\t443", "arg X=1 \\", "  Y")));
        for (String in : inputs) {
            Dockerfile a = DockerfileParser.parse(in), b = DockerfileParser.parse(format(in));
            assertEquals(a.instructions.size(), b.instructions.size());
            for (int i = 0; i < a.instructions.size(); i++) {
                assertEquals(a.instructions.get(i).keyword, b.instructions.get(i).keyword);
                assertEquals(a.instructions.get(i).words.stream().map(w -> w.value()).toList(), b.instructions.get(i).words.stream().map(w -> w.value()).toList());
            }
        }
    }

    @Test
    void theEndOfAFileWithADanglingContinuationIsLeftAlone() {
        assertUntouched("FROM a\nRUN b \\\n\n\n");
        assertUntouched("FROM a\nRUN b \\");
    }
}
