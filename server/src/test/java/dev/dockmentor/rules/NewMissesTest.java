package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Misses found by the precision rounds: world-writable files, curl healthchecks that pass on HTTP errors. */
class NewMissesTest {
    @ParameterizedTest
    @ValueSource(strings = {"RUN chmod -R «777» /app", "RUN chmod «0666» /etc/app/config.yaml", "RUN chmod -R «a+w» /srv",
            "RUN chmod «o+rwx» /usr/local/bin/tool", "RUN mkdir -p /data && chmod «777» /data"})
    void flagsFilesMadeWritableByEveryone(String run) {
        catches("world-writable-path", "FROM alpine:3.20\n" + run + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUN chmod 1777 /tmp", "RUN chmod -R 777 /var/tmp/cache", "RUN chmod 755 /app", "RUN chmod -R g+w /app",
            "RUN chmod +x /entrypoint.sh", "RUN chmod 775 /data"})
    void acceptsScratchFoldersAndOwnerOrGroupModes(String run) {
        catchesNot("world-writable-path", "FROM alpine:3.20\n" + run + "\n");
    }

    @Test
    void flagsACurlHealthcheckWithoutFail() {
        catches("healthcheck-without-fail", "FROM nginx:1.27\nHEALTHCHECK CMD «curl» http://localhost/ || exit 1\n");
        catches("healthcheck-without-fail", "FROM nginx:1.27\nHEALTHCHECK CMD [«\"curl\"», \"-s\", \"http://localhost/\"]\n");
        assertFix("healthcheck-without-fail", "FROM nginx:1.27\nHEALTHCHECK CMD curl -s http://localhost/ || exit 1\n",
                "FROM nginx:1.27\nHEALTHCHECK CMD curl -f -s http://localhost/ || exit 1\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEALTHCHECK CMD curl -f http://localhost/ || exit 1", "HEALTHCHECK CMD curl -fsS http://localhost/",
            "HEALTHCHECK CMD curl --fail --silent http://localhost/", "HEALTHCHECK CMD curl -s -o /dev/null -w '%{http_code}' http://localhost/ | grep 200",
            "HEALTHCHECK CMD wget -q -O /dev/null http://localhost/", "HEALTHCHECK NONE"})
    void acceptsChecksThatFailOnErrors(String hc) {
        catchesNot("healthcheck-without-fail", "FROM nginx:1.27\n" + hc + "\n");
    }

    @Test
    void composeHealthchecksToo() {
        var hits = ComposeTester.catches("healthcheck-without-fail",
                "services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: «[\"CMD\", \"curl\", \"http://localhost\"]»\n");
        assertEquals(Severity.WARNING, hits.get(0).severity());
        ComposeTester.catchesNot("healthcheck-without-fail",
                "services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: [\"CMD-SHELL\", \"curl -fs http://localhost || exit 1\"]\n");
    }
}
