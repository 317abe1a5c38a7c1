package dev.dockmentor.dockerfile;

import static org.junit.jupiter.api.Assertions.*;

import dev.dockmentor.text.Range;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The parser against the corners of BuildKit's grammar; ranges are checked exactly. */
class ParserFidelityTest {

    private static Dockerfile parse(String s) {
        return DockerfileParser.parse(s);
    }

    private static String at(Dockerfile df, Range r) {
        int s = df.lines.offset(r.start()), e = df.lines.offset(r.end());
        return df.text.substring(s, e);
    }

    @Test
    void readsParserDirectivesOnlyAtTheTop() {
        Dockerfile df = parse("# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=StageNameCasing\nFROM alpine:3.20\n# escape=\\\n");
        assertEquals(3, df.directives.size());
        assertEquals('`', df.escape);
        assertEquals("docker/dockerfile:1", df.directive("syntax").orElseThrow().value());
        assertEquals(1, df.comments.size(), "a directive after an instruction is a comment");
    }

    @Test
    void aCommentEndsTheDirectiveBlock() {
        Dockerfile df = parse("# hello\n# escape=`\nFROM alpine\n");
        assertTrue(df.directives.isEmpty());
        assertEquals('\\', df.escape);
    }

    @Test
    void backtickEscapeJoinsWindowsStyleContinuations() {
        Dockerfile df = parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n    c:\\\n");
        Instruction run = df.instructions.get(1);
        assertEquals("RUN", run.keyword);
        assertEquals("dir     c:\\", run.argsText());
        assertEquals(2, run.startLine);
        assertEquals(3, run.endLine);
    }

    @Test
    void anEscapedEscapeCharAtTheEndOfALineDoesNotContinueIt() {
        // BuildKit: a final escape char continues the line only when the char before it is not the escape char.
        Dockerfile df = parse("FROM alpine:3.20\nENV C=trailing\\\\\nENV D=own\nRUN echo \\\n  \\\n  done\n");
        assertEquals(List.of("FROM", "ENV", "ENV", "RUN"), df.instructions.stream().map(i -> i.keyword).toList());
        assertEquals("C=trailing\\\\", df.instructions.get(1).argsText());
        assertEquals(2, df.instructions.get(2).startLine);
        Instruction run = df.instructions.get(3);
        assertEquals(5, run.endLine, "a line holding only the escape char still continues");
        Dockerfile tick = parse("# escape=`\nFROM alpine:3.20\nENV P=c:``\nENV Q=1\n");
        assertEquals(List.of("FROM", "ENV", "ENV"), tick.instructions.stream().map(i -> i.keyword).toList());
    }

    @Test
    void continuationSkipsCommentLinesAndRecordsEmptyLines() {
        String src = "FROM alpine\nRUN apk add \\\n# a comment inside\n    curl \\\n\n    git\nCMD [\"sh\"]\n";
        Dockerfile df = parse(src);
        Instruction run = df.instructions.get(1);
        assertEquals(1, run.startLine);
        assertEquals(5, run.endLine);
        assertEquals(List.of("apk", "add", "curl", "git"), run.words.stream().map(Word::value).toList());
        assertEquals(1, df.emptyContinuationLines.size());
        assertEquals(4, df.emptyContinuationLines.get(0).start().line());
        assertEquals("a comment inside", df.comments.get(0).text());
        Word git = run.words.get(3);
        assertEquals(Range.of(5, 4, 5, 7), git.range());
        assertEquals("CMD", df.instructions.get(2).keyword);
    }

    @Test
    void crlfFilesKeepExactColumns() {
        Dockerfile df = parse("FROM alpine:3.20\r\nRUN echo a \\\r\n  && echo b\r\n");
        Instruction run = df.instructions.get(1);
        assertEquals(2, run.endLine);
        Word b = run.words.get(run.words.size() - 1);
        assertEquals("b", b.value());
        assertEquals(Range.of(2, 10, 2, 11), b.range());
    }

    @Test
    void bomIsNotPartOfTheFirstInstruction() {
        Dockerfile df = parse("\uFEFFFROM alpine\n");
        assertEquals("FROM", df.instructions.get(0).keyword);
    }

    @Test
    void heredocBodiesAreNotInstructions() {
        String src = "FROM alpine\nRUN <<EOF\nFORM x\nRUN y\nEOF\nCMD [\"sh\"]\n";
        Dockerfile df = parse(src);
        assertEquals(List.of("FROM", "RUN", "CMD"), df.instructions.stream().map(i -> i.keyword).toList());
        Heredoc h = df.instructions.get(1).heredocs.get(0);
        assertEquals("EOF", h.delimiter());
        assertEquals("FORM x\nRUN y\n", h.body());
        assertTrue(h.terminated());
        assertEquals(4, df.instructions.get(1).endLine);
    }

    @Test
    void tabStrippingAndQuotedDelimiters() {
        String src = "FROM alpine\nRUN <<-\"END\"\n\techo $HOME\n\tEND\nCOPY <<a.txt <<b.txt /dst/\nA\na.txt\nB\nb.txt\n";
        Dockerfile df = parse(src);
        Heredoc h = df.instructions.get(1).heredocs.get(0);
        assertTrue(h.stripTabs());
        assertTrue(h.quoted());
        assertEquals("END", h.delimiter());
        Instruction copy = df.instructions.get(2);
        assertEquals(2, copy.heredocs.size());
        assertEquals("A\n", copy.heredocs.get(0).body());
        assertEquals("B\n", copy.heredocs.get(1).body());
        assertEquals(8, copy.endLine);
    }

    @Test
    void unterminatedHeredocIsAProblemNotACrash() {
        Dockerfile df = parse("FROM alpine\nRUN <<EOF\necho hi\n");
        assertEquals(1, df.problems.size());
        assertEquals(Range.of(1, 4, 1, 9), df.problems.get(0).range());
    }

    @Test
    void execFormAndMalformedExecForm() {
        Dockerfile df = parse("FROM alpine\nCMD [\"echo\", \"a b\"]\nENTRYPOINT ['sh', '-c']\nRUN [ \"x\" ");
        Instruction cmd = df.instructions.get(1);
        assertTrue(cmd.execForm);
        assertEquals(List.of("echo", "a b"), cmd.execArgs.stream().map(Word::value).toList());
        assertEquals(Range.of(1, 13, 1, 18), cmd.execArgs.get(1).range());
        Instruction ep = df.instructions.get(2);
        assertFalse(ep.execForm);
        assertTrue(ep.jsonLike);
        assertFalse(df.instructions.get(3).jsonLike, "no closing bracket: plain shell form");
    }

    @Test
    void flagsWithValuesAndRanges() {
        Dockerfile df = parse("FROM alpine\nRUN --mount=type=cache,target=/root/.cache --network=none pip install x\nCOPY --from=build --chown=app:app --link /a /b\n");
        Instruction run = df.instructions.get(1);
        assertEquals(2, run.flags.size());
        Flag mount = run.flags.get(0);
        assertEquals("mount", mount.name());
        assertEquals("type=cache,target=/root/.cache", mount.value());
        assertEquals(Range.of(1, 6, 1, 11), mount.nameRange());
        assertEquals("pip install x", run.argsText());
        Instruction copy = df.instructions.get(2);
        assertEquals("build", copy.flag("from").orElseThrow().value());
        assertNull(copy.flag("link").orElseThrow().value());
        assertEquals(List.of("/a", "/b"), copy.words.stream().map(Word::value).toList());
    }

    @Test
    void onbuildWrapsAnInstruction() {
        Dockerfile df = parse("FROM alpine\nONBUILD COPY --chown=1 . /app\n");
        Instruction ob = df.instructions.get(1);
        assertNotNull(ob.child);
        assertEquals("COPY", ob.child.keyword);
        assertEquals(Range.of(1, 8, 1, 12), ob.child.keywordRange);
        assertEquals("1", ob.child.flag("chown").orElseThrow().value());
    }

    @Test
    void lowerAndMixedCaseInstructions() {
        Dockerfile df = parse("from alpine AS Build\nRun echo\n");
        assertEquals("FROM", df.instructions.get(0).keyword);
        assertEquals("from", df.instructions.get(0).rawKeyword);
        assertEquals("build", df.stages.get(0).name);
        assertEquals("Build", df.stages.get(0).rawName);
    }

    @Test
    void variablesAndArgResolvedBaseImages() {
        Dockerfile df = parse("ARG BASE=node:20-alpine\nARG REG\nFROM ${BASE} AS deps\nENV A=\"$HOME/x\" B=${C:-d} E=\\$F G='$H'\nFROM deps\n");
        Stage s = df.stages.get(0);
        assertEquals("node", s.image.repository());
        assertEquals("20-alpine", s.image.tag());
        assertEquals(2, df.globalArgs.size());
        Instruction env = df.instructions.get(3);
        assertEquals(List.of("HOME", "C"), env.varRefs.stream().map(VarRef::name).toList(), "escaped and single-quoted refs are literal");
        assertEquals(":-", env.varRefs.get(1).operator());
        assertEquals(List.of("A", "B", "E", "G"), env.keyValues.stream().map(KeyValue::key).toList());
        assertSame(s, df.stages.get(1).parent());
        assertTrue(df.stages.get(1).isFinal());
    }

    @Test
    void imageReferencesSplitIntoParts() {
        ImageRef r = ImageRef.parse("ghcr.io/acme/api:1.2@sha256:abc");
        assertEquals("ghcr.io", r.registry());
        assertEquals("acme/api", r.repository());
        assertEquals("1.2", r.tag());
        assertEquals("sha256:abc", r.digest());
        ImageRef local = ImageRef.parse("localhost:5000/app");
        assertEquals("localhost:5000", local.registry());
        assertNull(local.tag());
        assertEquals("python", ImageRef.parse("library/python:3.12").repository());
    }

    @Test
    void legacyEnvValueIsTheWholeRestOfTheLine() {
        Dockerfile df = parse("FROM alpine\nENV MSG hello   world\n");
        KeyValue kv = df.instructions.get(1).keyValues.get(0);
        assertTrue(kv.legacy());
        assertEquals("MSG", kv.key());
        assertEquals(Range.of(1, 8, 1, 21), kv.valueRange());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hostileInputsYieldAModel() {
        assertNotNull(parse(""));
        assertNotNull(parse("\\\n\\\n\\"));
        assertNotNull(parse("RUN <<"));
        assertNotNull(parse("FROM\n"));
        assertFalse(parse("FROM a\u0000b").problems.isEmpty());
        assertNotNull(parse("RUN [\"" + "\\".repeat(1000)));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 100_000; i++) big.append("RUN echo ").append(i).append(" \\\n");
        assertEquals(1, parse(big.toString()).instructions.size());
        assertNotNull(parse("x".repeat(1_000_000)));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 5000; i++) many.append("FROM alpine AS s").append(i).append("\nRUN <<E").append(i).append(" <<F\n");
        assertNotNull(parse(many.toString()));
    }
}
