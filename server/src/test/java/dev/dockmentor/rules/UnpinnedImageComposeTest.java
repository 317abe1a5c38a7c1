package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The compose half of unpinned-image: a latest that is only a variable's default is info with its own advice. */
class UnpinnedImageComposeTest {
    @Test
    void aDefaultOfLatestIsInfoNamingTheVariable() {
        Finding f = catches("unpinned-image", "services:\n  app:\n    image: «acme/app:${APP_TAG:-latest}»\n").get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals("Image 'acme/app:${APP_TAG:-latest}' defaults to :latest when APP_TAG is unset: give the default a version "
                + "(${APP_TAG:-<version>}) or require it (${APP_TAG:?})", f.message().en());
        assertTrue(f.message().es().contains("${APP_TAG:?}"), f.message().es());
        assertEquals(Severity.INFO, catches("unpinned-image", "services:\n  app:\n    image: «acme/app:${APP_TAG-latest}»\n").get(0).severity());
        assertEquals(Severity.INFO, catches("unpinned-image", "services:\n  app:\n    image: «${IMAGE:-acme/app}»\n").get(0).severity());
        assertEquals(Severity.INFO, catches("unpinned-image", "services:\n  app:\n    image: «${REGISTRY:-ghcr.io}/acme/app:${TAG:-latest}»\n").get(0).severity());
    }

    @Test
    void aValueTheProjectSetsIsNotADefault() {
        var latest = files(".env", "APP_TAG=latest\n");
        assertEquals(Severity.WARNING, catches("unpinned-image", "services:\n  app:\n    image: «acme/app:${APP_TAG:-latest}»\n", latest).get(0).severity());
        // Empty counts as unset for :- (the default is used), not for - (the tag is empty).
        assertEquals(Severity.INFO, catches("unpinned-image", "services:\n  app:\n    image: «acme/app:${APP_TAG:-latest}»\n",
                files(".env", "APP_TAG=\n")).get(0).severity());
        catchesNot("unpinned-image", "services:\n  app:\n    image: acme/app:${APP_TAG:-latest}\n", files(".env", "APP_TAG=2.3.1\n"));
    }

    @Test
    void aLiteralLatestOrAPinnedDefaultIsUnchanged() {
        assertEquals(Severity.WARNING, catches("unpinned-image", "services:\n  app:\n    image: ${REGISTRY:-ghcr.io}/acme/app:«latest»\n"
                .replace("«", "").replace("»", "")).get(0).severity());
        catchesNot("unpinned-image", "services:\n  app:\n    image: acme/app:${APP_TAG:-2.3.1}\n");
        catchesNot("unpinned-image", "services:\n  app:\n    image: acme/app:${APP_TAG:?set APP_TAG}\n");
    }
}
