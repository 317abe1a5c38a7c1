package dev.dockmentor.project;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Docker's .dockerignore semantics, case by case. */
class DockerIgnoreTest {
    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "node_modules             | node_modules/x/index.js | true",
            "*.md                     | README.md               | true",
            "*.md                     | docs/README.md          | false",
            "**/*.md                  | docs/a/README.md        | true",
            "**/*.md                  | README.md               | true",
            "/secret.txt              | secret.txt              | true",
            "./build                  | build/out.o             | true",
            "te?t                     | test                    | true",
            "te?t                     | teest                   | false",
            "'*\\n!keep.txt'          | keep.txt                | false",
            "'*\\n!keep.txt'          | other.txt               | true",
            "'!keep.txt\\n*'          | keep.txt                | true",
            "'# comment\\n.git'       | .git/HEAD               | true",
            "'.env*'                  | .env.local              | true",
            "'src/**/test'            | src/a/b/test/x.py       | true",
            "'[a-c].txt'              | b.txt                   | true",
            "'[a-c].txt'              | d.txt                   | false",
    })
    void matchesLikeDocker(String patterns, String path, boolean excluded) {
        assertEquals(excluded, DockerIgnore.parse(patterns.replace("\\n", "\n")).excludes(path));
    }

    @Test
    void mentionsFindsWholeSegmentPatterns() {
        DockerIgnore d = DockerIgnore.parse(".git\n**/.env\n");
        assertTrue(d.mentions(".git"));
        assertTrue(d.mentions(".env"));
        assertFalse(d.mentions("node_modules"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // ~1.3 s here; an exponential matcher would take hours
    void pathologicalPatternsStayFast() {
        DockerIgnore d = DockerIgnore.parse("**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/a*b*c*d*e*f*g*h*i*j*k\n".repeat(100));
        String path = "x/".repeat(200) + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        for (int i = 0; i < 10; i++) d.excludes(path);
    }
}
