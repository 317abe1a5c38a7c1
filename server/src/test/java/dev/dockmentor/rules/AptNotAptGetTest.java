package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AptNotAptGetTest {
    @Test
    void flagsEachAptCall() {
        catches("apt-not-apt-get", "FROM debian:12\nRUN «apt» update && «apt» install -y curl\n");
        catches("apt-not-apt-get", "FROM debian:12\nRUN sudo «/usr/bin/apt» install -y curl\n");
    }

    @Test
    void acceptsAptGetAndAptCache() {
        catchesNot("apt-not-apt-get", "FROM debian:12\nRUN apt-get update && apt-cache policy curl && apt-get install -y curl\n");
    }

    @Test
    void fixReplacesWithAptGet() {
        assertFix("apt-not-apt-get", "FROM debian:12\nRUN apt install -y curl\n", "FROM debian:12\nRUN apt-get install -y curl\n");
        assertFix("apt-not-apt-get", "FROM debian:12\nRUN [\"apt\", \"install\", \"-y\", \"curl\"]\n",
                "FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n");
    }

    @Test
    void noFixForSubcommandsAptGetLacks() {
        assertTrue(catches("apt-not-apt-get", "FROM debian:12\nRUN «apt» list --installed\n").get(0).fixes().isEmpty());
    }

    @Test
    void multiStageAndSilencing() {
        catches("apt-not-apt-get", "FROM debian:12 AS b\nRUN «apt» install -y gcc\nFROM debian:12\n# hadolint ignore=DL3027\nRUN apt install -y curl\n");
    }
}
