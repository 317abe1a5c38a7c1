package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;

class UnknownInstructionTest {
    @Test
    void flagsATypoAndSuggestsTheInstruction() {
        catches("unknown-instruction", "«FORM» alpine:3.20\n");
        assertFix("unknown-instruction", "FORM alpine:3.20\n", "FROM alpine:3.20\n");
    }

    @Test
    void flagsAWrappedUnknownInstructionInsideOnbuild() {
        catches("unknown-instruction", "FROM alpine:3.20\nONBUILD «RUNN» echo hi\n");
    }

    @Test
    void acceptsEveryInstructionInAnyCase() {
        catchesNot("unknown-instruction", "from alpine:3.20\nRun echo\nworkdir /app\nCmd [\"sh\"]\n");
    }

    @Test
    void heredocBodiesAreNotInstructions() {
        catchesNot("unknown-instruction", "FROM alpine:3.20\nRUN <<EOF\nset -e\nFORM not an instruction\nEOF\n");
    }
}
