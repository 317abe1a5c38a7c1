package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;

class EmptyContinuationTest {
    @Test
    void flagsEachEmptyLineInsideAContinuedInstruction() {
        catches("empty-continuation", "FROM alpine:3.20\nRUN apk add \\\n«»\n  curl \\\n«    »\n  git\n");
    }

    @Test
    void removesTheEmptyLineKeepingCrlf() {
        assertFix("empty-continuation", "FROM alpine:3.20\r\nRUN apk add \\\r\n\r\n  curl\r\n",
                "FROM alpine:3.20\r\nRUN apk add \\\r\n  curl\r\n");
    }

    @Test
    void acceptsCommentLinesAndBlankLinesBetweenInstructions() {
        catchesNot("empty-continuation", "FROM alpine:3.20\n\nRUN apk add \\\n# a comment\n  curl\n\nUSER nobody\n");
    }

    @Test
    void flagsEveryStageAndCanBeSilenced() {
        catches("empty-continuation", "FROM alpine:3.20 AS a\nRUN a \\\n«»\n b\nFROM a\nRUN c \\\n«»\n d\n");
        catchesNot("empty-continuation", "# check=skip=NoEmptyContinuation\nFROM alpine:3.20\nRUN a \\\n\n b\n");
    }
}
