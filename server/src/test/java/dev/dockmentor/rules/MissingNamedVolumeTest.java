package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** missing-named-volume: the legacy data-container pattern, and messages that say when the data is really lost. */
class MissingNamedVolumeTest {
    private static final String DATA_CONTAINER = """
            services:
              dbdata:
                image: busybox:1.36
                command: %s
                volumes:
                  - /var/lib/postgresql/data
              «db»:
                image: postgres:16
                volumes_from:
                  - %s
            """;

    @ParameterizedTest
    @ValueSource(strings = {"/bin/true", "\"true\"", "[\"true\"]", "echo Data-only container", "tail -f /dev/null", "sleep infinity"})
    void aDataContainerIsQuietAndItsDatabaseGetsAnInfo(String command) {
        var hits = catches("missing-named-volume", DATA_CONTAINER.formatted(command, "dbdata"));
        assertEquals(1, hits.size(), hits.toString());
        Finding f = hits.get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("data lives in the legacy data container 'dbdata' (volumes_from)"), f.message().en());
        assertTrue(f.message().en().contains("use a named volume"), f.message().en());
        assertTrue(f.message().es().contains("contenedor de datos heredado 'dbdata'"), f.message().es());
    }

    @Test
    void readOnlyAndServicePrefixedSourcesCount() {
        assertEquals(Severity.INFO, catches("missing-named-volume", DATA_CONTAINER.formatted("/bin/true", "dbdata:rw")).get(0).severity());
        assertEquals(Severity.INFO, catches("missing-named-volume", DATA_CONTAINER.formatted("/bin/true", "service:dbdata")).get(0).severity());
    }

    @Test
    void aDataContainerOfTheDatabaseImageHoldsItsVolumeThroughTheImage() {
        String yaml = "services:\n  data:\n    image: postgres:16\n    command: /bin/true\n  «db»:\n    image: postgres:16\n    volumes_from: [data]\n";
        var hits = catches("missing-named-volume", yaml);
        assertEquals(Severity.INFO, hits.get(0).severity());
    }

    @Test
    void aDataContainerWithANamedVolumeIsFine() {
        catchesNot("missing-named-volume", """
                services:
                  dbdata:
                    image: busybox:1.36
                    command: /bin/true
                    volumes:
                      - pg:/var/lib/postgresql/data
                  db:
                    image: postgres:16
                    volumes_from: [dbdata]
                volumes:
                  pg:
                """);
    }

    @Test
    void aSourceThatDoesNotHoldTheDataPathLeavesTheWarning() {
        String yaml = "services:\n  logs:\n    image: busybox:1.36\n    command: /bin/true\n    volumes: [/var/log/app]\n"
                + "  «db»:\n    image: postgres:16\n    volumes_from: [logs]\n";
        assertEquals(Severity.WARNING, catches("missing-named-volume", yaml).get(0).severity());
    }

    @Test
    void aCommandThatRunsTheDatabaseIsNotADataContainer() {
        // echo before the real program: the container runs the database.
        String yaml = "services:\n  «db»:\n    image: postgres:16\n    command: sh -c \"echo starting && exec postgres\"\n";
        assertEquals(Severity.WARNING, catches("missing-named-volume", yaml).get(0).severity());
    }

    @Test
    void messagesSayDownAndRmLoseTheDataNotARecreate() {
        Finding none = catches("missing-named-volume", "services:\n  «db»:\n    image: postgres:16\n").get(0);
        assertTrue(none.message().en().contains("docker compose down or rm"), none.message().en());
        assertFalse(none.message().en().contains("lost when the container is recreated"), none.message().en());
        assertTrue(none.message().es().contains("docker compose down o rm"), none.message().es());
        Finding anon = catches("missing-named-volume", "services:\n  «db»:\n    image: mysql:8\n    volumes:\n      - /var/lib/mysql\n").get(0);
        assertTrue(anon.message().en().contains("docker compose up keeps it when it recreates the container"), anon.message().en());
        assertTrue(anon.message().en().contains("down -v deletes it"), anon.message().en());
        assertTrue(anon.message().es().contains("docker compose up lo conserva al recrear"), anon.message().es());
    }
}
