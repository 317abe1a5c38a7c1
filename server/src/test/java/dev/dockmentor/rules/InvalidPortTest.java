package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidPortTest {
    @ParameterizedTest
    @ValueSource(strings = {"http", "70000", "80/tpc", "9000-8000", "80-", "-1"})
    void flagsValuesThatAreNotPorts(String port) {
        catches("invalid-port", "FROM alpine:3.20\nEXPOSE 8080 «" + port + "»\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"80", "443/tcp", "53/udp", "9/sctp", "8000-8010", "8000-8010/UDP", "$PORT", "${PORT:-80}", "65535"})
    void acceptsPortsRangesAndVariables(String port) {
        catchesNot("invalid-port", "FROM alpine:3.20\nEXPOSE " + port + "\n");
    }

    @Test
    void flagsAnInlineCommentOnceAndMovesItAbove() {
        catches("invalid-port", "FROM alpine:3.20\nEXPOSE 8000 «# web port»\n");
        assertFix("invalid-port", "FROM alpine:3.20\r\n  EXPOSE 8000 # web port\r\nUSER nobody\r\n",
                "FROM alpine:3.20\r\n  # web port\r\n  EXPOSE 8000\r\nUSER nobody\r\n");
    }

    @Test
    void leavesTheHostPartToExposeHostPort() {
        catchesNot("invalid-port", "FROM alpine:3.20\nEXPOSE 8080:80 127.0.0.1:53:53/udp\n");
        catches("invalid-port", "FROM alpine:3.20\nEXPOSE «8080:http»\n");
    }

    @Test
    void checksEveryStageAndCanBeSilenced() {
        catches("invalid-port", "FROM alpine:3.20 AS a\nEXPOSE «x»\nFROM alpine:3.20\nEXPOSE «y»\n");
        catchesNot("invalid-port", "FROM alpine:3.20\n# hadolint ignore=DL3011\nEXPOSE 99999\n");
    }
}
