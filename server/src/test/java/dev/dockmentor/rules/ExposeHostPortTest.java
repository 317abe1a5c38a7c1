package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExposeHostPortTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8080:3000 | 3000", "127.0.0.1:8080:80/tcp | 80/tcp", "0.0.0.0::53/udp | 53/udp"})
    void keepsOnlyTheContainerPort(String bad, String good) {
        assertFix("expose-host-port", "FROM alpine:3.20\nEXPOSE 22 " + bad + "\n", "FROM alpine:3.20\nEXPOSE 22 " + good + "\n");
    }

    @Test
    void marksTheHostPart() {
        catches("expose-host-port", "FROM alpine:3.20\nEXPOSE «8080:»3000 «127.0.0.1:8443:»443\n");
    }

    @Test
    void acceptsContainerPorts() {
        catchesNot("expose-host-port", "FROM alpine:3.20\nEXPOSE 80 443/tcp 8000-8010 $PORT\n");
    }

    @Test
    void flagsEveryStageAndCanBeSilenced() {
        catches("expose-host-port", "FROM alpine:3.20 AS a\nEXPOSE «1:»2\nFROM a\nEXPOSE «3:»4\n");
        catchesNot("expose-host-port", "FROM alpine:3.20\n# dockmentor-ignore expose-host-port\nEXPOSE 8080:80\n");
    }
}
