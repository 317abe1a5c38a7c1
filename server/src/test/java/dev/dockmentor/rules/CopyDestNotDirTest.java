package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyDestNotDirTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "COPY package.json package-lock.json . | COPY package.json package-lock.json ./",
            "ADD a.tar b.tar /opt | ADD a.tar b.tar /opt/",
            "COPY --from=build a b \"/my dir\" | COPY --from=build a b \"/my dir/\"",
            "COPY [\"a\", \"b\", \"/app\"] | COPY [\"a\", \"b\", \"/app/\"]"})
    void appendsTheSlash(String bad, String good) {
        assertFix("copy-dest-not-dir", "FROM alpine:3.20 AS build\n" + bad + "\n", "FROM alpine:3.20 AS build\n" + good + "\n");
    }

    @Test
    void marksTheDestination() {
        catches("copy-dest-not-dir", "FROM alpine:3.20\nCOPY a b «/app»\n");
    }

    @Test
    void acceptsOneSourceOrADirectoryDestination() {
        catchesNot("copy-dest-not-dir", "FROM alpine:3.20\nCOPY a /app\nCOPY a b /app/\nCOPY a b $DEST\nCOPY <<EOF /etc/motd\nhi\nEOF\n");
    }

    @Test
    void flagsEveryStageAndHadolintAliasSilencesIt() {
        catches("copy-dest-not-dir", "FROM alpine:3.20 AS a\nCOPY x y «/a»\nFROM a\nADD x y «/b»\n");
        catchesNot("copy-dest-not-dir", "FROM alpine:3.20\n# hadolint ignore=DL3021\nCOPY a b /app\n");
    }
}
