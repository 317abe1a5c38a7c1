package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;

class AptUpdateAloneTest {
    @Test
    void flagsAnUpdateInItsOwnRun() {
        catches("apt-update-alone", "FROM debian:12\nRUN «apt-get update»\nRUN apt-get install -y curl\n");
        catches("apt-update-alone", "FROM debian:12\nRUN «apt update -qq»\n");
    }

    @Test
    void acceptsUpdateAndInstallTogether() {
        catchesNot("apt-update-alone", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
        catchesNot("apt-update-alone", "FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n");
    }

    @Test
    void fixMergesIntoTheNextInstallOnOneLine() {
        assertFix("apt-update-alone", "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n",
                "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
    }

    @Test
    void fixMergesIntoAMultiLineInstall() {
        assertFix("apt-update-alone",
                "FROM debian:12\nRUN apt-get update\nENV X=1\nRUN apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*\n",
                "FROM debian:12\nENV X=1\nRUN apt-get update \\\n && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*\n");
    }

    @Test
    void fixDropsATrailingSemicolon() {
        assertFix("apt-update-alone", "FROM debian:12\nRUN apt-get update ;\nRUN apt-get install -y curl\n",
                "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
    }

    @Test
    void eachStageIsReadOnItsOwn() {
        catches("apt-update-alone", "FROM debian:12 AS a\nRUN «apt-get update»\nFROM debian:12\nRUN apt-get install -y curl\n");
    }

    @Test
    void canBeSilenced() {
        catchesNot("apt-update-alone", "FROM debian:12\n# dockmentor-ignore apt-update-alone\nRUN apt-get update\n");
    }

    @Test
    void noMergeWhenTheUpdateEndsInsideAQuote() {
        // Found by fuzzing: the open quote moved in front of the install swallowed it.
        var hits = catches("apt-update-alone", "FROM debian:bookworm-slim\nRUN «apt-get update '»\nRUN apt-get install -y curl\n");
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).fixes().isEmpty(), hits.toString());
    }

    @Test
    void noMergeWhenTheUpdateEndsInADanglingRedirection() {
        // In front of the install, `>>` would take its `&&` as the redirection's target.
        var hits = catches("apt-update-alone", "FROM debian:bookworm-slim\nRUN «apt-get update >>»\nRUN apt-get install -y curl\n");
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).fixes().isEmpty(), hits.toString());
    }
}
