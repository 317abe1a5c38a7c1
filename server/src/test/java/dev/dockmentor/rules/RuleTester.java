package dev.dockmentor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dockmentor.config.Config;
import dev.dockmentor.dockerfile.DockerfileParser;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.Profile;
import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import dev.dockmentor.text.TextEdits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tiny helpers that read like the rule catalogue: {@code catches("root-user", src)},
 * {@code catchesNot(...)}, range markers in the source ({@code FROM debian:«latest»}) and
 * {@code assertFix(id, src, expected)} which also re-lints the fixed text.
 */
public final class RuleTester {
    public static final String PATH = "/project/Dockerfile";
    private static final Analyzer ANALYZER = new Analyzer();

    private RuleTester() {}

    /** An in-memory project under /project; a folder exists when some file lies under it. */
    public static ProjectFiles files(String... pathAndContent) {
        Map<Path, String> m = new HashMap<>();
        for (int i = 0; i + 1 < pathAndContent.length; i += 2) m.put(Path.of("/project").resolve(pathAndContent[i]).normalize(), pathAndContent[i + 1]);
        return ProjectFiles.inMemory(m);
    }

    public static final ProjectFiles WITH_DOCKERIGNORE = files(".dockerignore", ".git\n.env\nnode_modules\n");

    public static List<Finding> lint(String src) {
        return lint(src, WITH_DOCKERIGNORE, Profile.STRICT);
    }

    public static List<Finding> lint(String src, ProjectFiles files, Profile profile) {
        Config cfg = Config.DEFAULT.withProfile(profile);
        List<Finding> out = ANALYZER.analyzeDockerfile(PATH, src, Path.of("/project"), files, cfg, Cancel.NEVER);
        LineIndex li = new LineIndex(src);
        Position end = li.position(src.length());
        for (Finding f : out) {
            assertTrue(f.range().start().compareTo(f.range().end()) <= 0, "range reversed: " + f);
            assertTrue(f.range().end().compareTo(end) <= 0, "range past the end of the document: " + f);
            assertFalse(f.ruleId().equals("internal-error"), "a rule crashed: " + f.message().en());
        }
        return out;
    }

    public static List<Finding> of(String id, List<Finding> all) {
        return all.stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    /** Asserts the rule fires; when the source has «markers», exactly on those ranges. */
    public static List<Finding> catches(String id, String marked) {
        return catches(id, marked, WITH_DOCKERIGNORE);
    }

    public static List<Finding> catches(String id, String marked, ProjectFiles files) {
        Marked m = Marked.parse(marked);
        List<Finding> hits = of(id, lint(m.text, files, Profile.STRICT));
        if (hits.isEmpty()) fail(id + " did not fire on:\n" + m.text + "\nall findings: " + lint(m.text, files, Profile.STRICT));
        if (!m.ranges.isEmpty()) {
            assertEquals(m.ranges, hits.stream().map(Finding::range).toList(), id + " ranges on:\n" + m.text);
        }
        return hits;
    }

    public static void catchesNot(String id, String src) {
        catchesNot(id, src, WITH_DOCKERIGNORE);
    }

    public static void catchesNot(String id, String src, ProjectFiles files) {
        List<Finding> hits = of(id, lint(src, files, Profile.STRICT));
        if (!hits.isEmpty()) fail(id + " fired but should not on:\n" + src + "\n" + hits);
    }

    /** Applies the first fix of the first finding of {@code id}; checks the text and that the rule is gone. */
    public static void assertFix(String id, String src, String expected) {
        assertFix(id, src, expected, WITH_DOCKERIGNORE);
    }

    public static void assertFix(String id, String src, String expected, ProjectFiles files) {
        List<Finding> hits = of(id, lint(src, files, Profile.STRICT));
        if (hits.isEmpty()) fail(id + " did not fire on:\n" + src);
        Finding f = hits.get(0);
        if (f.fixes().isEmpty()) fail(id + " offers no fix: " + f);
        List<TextEdit> edits = f.fixes().get(0).edits().stream().filter(e -> PATH.equals(e.path())).toList();
        String fixed = TextEdits.apply(src, edits);
        assertEquals(expected, fixed, id + " fix result");
        // The fixed file still parses and this finding is gone (the rule may still fire elsewhere).
        DockerfileParser.parse(fixed);
        List<Finding> after = of(id, lint(fixed, files, Profile.STRICT));
        assertTrue(after.size() < hits.size(), id + " still fires as often after its fix:\n" + fixed + "\n" + after);
    }

    /** Source with «range» markers removed, and the ranges they marked. */
    public record Marked(String text, List<Range> ranges) {
        public static Marked parse(String s) {
            StringBuilder sb = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '«') starts.add(sb.length());
                else if (c == '»') spans.add(new int[] {starts.remove(starts.size() - 1), sb.length()});
                else sb.append(c);
            }
            String text = sb.toString();
            LineIndex li = new LineIndex(text);
            List<Range> ranges = new ArrayList<>();
            spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            for (int[] sp : spans) ranges.add(li.range(sp[0], sp[1]));
            return new Marked(text, ranges);
        }
    }
}
