package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;

import org.junit.jupiter.api.Test;

/** extends within the file counts as what will run; include and extends.file paths must exist. */
class ComposeExtendsAndIncludeTest {
    static final String BASE = "services:\n  app:\n    image: nginx:1.27\n    restart: always\n"
            + "    healthcheck:\n      test: [\"CMD\", \"true\"]\n    mem_limit: 256m\n";

    @Test
    void aServiceInheritsTheKeysOfTheServiceItExtends() {
        String src = BASE + "  web:\n    extends:\n      service: app\n";
        catchesNot("missing-healthcheck", src);
        catchesNot("missing-restart-policy", src);
        catchesNot("no-resource-limits", src);
    }

    @Test
    void ownKeysStillCountAndCyclesDoNotHang() {
        catches("missing-restart-policy", "services:\n  a:\n    image: nginx:1.27\n    extends: b\n  b:\n    image: nginx:1.27\n    extends: a\n");
    }

    @Test
    void missingIncludeAndExtendsFilesAreReported() {
        catches("missing-file", "include:\n  - «other/compose.yaml»\n  - path: «more.yaml»\nservices:\n  web:\n    image: nginx:1.27\n"
                + "    extends:\n      file: «base.yaml»\n      service: app\n");
        catchesNot("missing-file", "include:\n  - other/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n",
                files("other/compose.yaml", "services: {}\n"));
    }
}
