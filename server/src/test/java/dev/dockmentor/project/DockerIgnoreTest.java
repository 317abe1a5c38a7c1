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

    /** The definition: the path, or one of its parent folders (each prefix ending before a '/'), matches. */
    static boolean selfOrParentByPrefixes(DockerIgnore.Glob g, String p) {
        if (g.matches(p)) return true;
        for (int slash = p.indexOf('/'); slash > 0; slash = p.indexOf('/', slash + 1)) if (g.matches(p.substring(0, slash))) return true;
        return false;
    }

    @Test
    void onePassOverTheParentsAgreesWithMatchingEachParent() {
        java.util.Random r = new java.util.Random(11);
        String[] atoms = {"a", "b", "/", "*", "**", "**/", "?", "[ab]", "[!a]", "."};
        for (int k = 0; k < 100_000; k++) {
            StringBuilder pat = new StringBuilder(), path = new StringBuilder();
            for (int i = r.nextInt(6) + 1; i > 0; i--) pat.append(atoms[r.nextInt(atoms.length)]);
            for (int i = r.nextInt(10); i > 0; i--) path.append("ab/.".charAt(r.nextInt(4)));
            // Both cleaned, as parse() and excludes() clean them: no leading, doubled or trailing '/'.
            DockerIgnore.Glob g = DockerIgnore.compile(DockerIgnore.clean(pat.toString()));
            String p = DockerIgnore.clean(path.toString());
            assertEquals(selfOrParentByPrefixes(g, p), g.matchesSelfOrParent(p), pat + " vs " + p);
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // ~0.1 s here; matching each parent again took 20 s for 8,000 segments
    void aPathOfThousandsOfSegmentsIsMatchedInOnePass() {
        DockerIgnore d = DockerIgnore.parse("**/nomatch0/**\n**/nomatch1/**\n".repeat(5));
        String path = "ab/".repeat(8_000) + "ab";
        assertFalse(d.excludes(path));
        assertFalse(d.mentions(path));
    }
}
