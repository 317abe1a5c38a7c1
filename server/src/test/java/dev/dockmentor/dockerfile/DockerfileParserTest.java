package dev.dockmentor.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.text.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {
    private static List<String> values(List<Word> ws) {
        return ws.stream().map(Word::value).toList();
    }

    @Test
    void backtickEscapeDirectiveJoinsContinuations() {
        Dockerfile df = DockerfileParser.parse("# escape=`\nFROM alpine:3.20\nRUN echo a `\n  && echo b\n");
        assertEquals('`', df.escape);
        Instruction run = df.instructions.get(1);
        assertEquals(2, run.startLine);
        assertEquals(3, run.endLine);
        assertEquals(List.of("echo", "a", "&&", "echo", "b"), values(run.words));
        assertEquals(Range.of(3, 10, 3, 11), run.words.get(4).range());
    }

    @Test
    void crlfLineEndingsKeepColumnsExact() {
        Dockerfile df = DockerfileParser.parse("FROM alpine:3.20\r\nRUN a \\\r\n  b\r\n");
        Instruction run = df.instructions.get(1);
        assertEquals(Range.of(1, 0, 2, 3), run.range);
        assertEquals(Range.of(1, 4, 1, 5), run.words.get(0).range());
        assertEquals(Range.of(2, 2, 2, 3), run.words.get(1).range());
    }

    @Test
    void continuationSkipsCommentLinesAndRecordsEmptyOnes() {
        Dockerfile df = DockerfileParser.parse("FROM a\nRUN x \\\n# comment\n\n  y\nUSER nobody\n");
        Instruction run = df.instructions.get(1);
        assertEquals(List.of("x", "y"), values(run.words));
        assertEquals(4, run.endLine);
        assertEquals(Range.of(4, 2, 4, 3), run.words.get(1).range());
        assertEquals(List.of(3), df.emptyContinuationLines.stream().map(r -> r.start().line()).toList());
        assertTrue(df.comments.stream().anyMatch(c -> c.text().equals("comment") && c.line() == 2));
        assertEquals("USER", df.instructions.get(2).keyword);
    }

    @Test
    void heredocsWithDashAndQuotedDelimiters() {
        Dockerfile df = DockerfileParser.parse("FROM a\nRUN <<-EOF\n\techo hi\n\tEOF\nCOPY <<'X' /f\n$literal\nX\nUSER x\n");
        Instruction run = df.instructions.get(1);
        Heredoc h = run.heredocs.get(0);
        assertEquals("EOF", h.delimiter());
        assertTrue(h.stripTabs());
        assertFalse(h.quoted());
        assertTrue(h.terminated());
        assertEquals("\techo hi\n", h.body());
        assertEquals(Range.of(2, 0, 3, 0), h.bodyRange());
        assertEquals(3, run.endLine);
        Instruction copy = df.instructions.get(2);
        assertTrue(copy.heredocs.get(0).quoted());
        assertEquals("$literal\n", copy.heredocs.get(0).body());
        assertEquals(6, copy.endLine);
        assertEquals("USER", df.instructions.get(3).keyword);
        assertTrue(df.problems.isEmpty());
    }

    @Test
    void severalHeredocsOnOneLineAreReadInOrder() {
        Dockerfile df = DockerfileParser.parse("FROM a\nRUN <<A cat /dev/stdin - <<B\na\nA\nb\nB\nUSER x\n");
        Instruction run = df.instructions.get(1);
        assertEquals(2, run.heredocs.size());
        assertEquals("a\n", run.heredocs.get(0).body());
        assertEquals("b\n", run.heredocs.get(1).body());
        assertEquals(Range.of(4, 0, 5, 0), run.heredocs.get(1).bodyRange());
        assertEquals(5, run.endLine);
        assertEquals(6, df.instructions.get(2).startLine);
    }

    @Test
    void unterminatedHeredocIsAProblemNotACrash() {
        Dockerfile df = DockerfileParser.parse("FROM a\nRUN <<EOF\necho\n");
        assertEquals("syntax-error", df.problems.get(0).ruleId());
        assertFalse(df.instructions.get(1).heredocs.get(0).terminated());
    }

    @Test
    void onbuildWrapsAChildInstructionWithItsOwnFlags() {
        Dockerfile df = DockerfileParser.parse("FROM a\nONBUILD RUN --mount=type=cache,target=/x echo hi\n");
        Instruction ob = df.instructions.get(1);
        assertEquals("ONBUILD", ob.keyword);
        assertTrue(ob.flags.isEmpty());
        Instruction child = ob.child;
        assertEquals("RUN", child.keyword);
        assertEquals(Range.of(1, 8, 1, 11), child.keywordRange);
        assertEquals("mount", child.flags.get(0).name());
        assertEquals(Range.of(1, 20, 1, 40), child.flags.get(0).valueRange());
        assertEquals(List.of("echo", "hi"), values(child.words));
    }

    @Test
    void execFormVersusShellForm() {
        Dockerfile df = DockerfileParser.parse("FROM a\nCMD [\"a\", \"b c\"]\nCMD echo \"a b\"\nCMD ['a']\n");
        Instruction exec = df.instructions.get(1);
        assertTrue(exec.execForm);
        assertEquals(List.of("a", "b c"), values(exec.execArgs));
        assertEquals(Range.of(1, 5, 1, 8), exec.execArgs.get(0).range());
        assertEquals(Range.of(1, 10, 1, 15), exec.execArgs.get(1).range());
        Instruction shell = df.instructions.get(2);
        assertFalse(shell.execForm);
        assertEquals(List.of("echo", "a b"), values(shell.words));
        Instruction broken = df.instructions.get(3);
        assertFalse(broken.execForm);
        assertTrue(broken.jsonLike);
    }
}
