package dev.dockmentor.rules;

import dev.dockmentor.config.Config;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import java.nio.file.Path;
import java.util.List;

/** Files linted at a path of an in-memory project under /project, with the files around them, as the CLI would. */
final class ProjectTester {
    private static final Analyzer ANALYZER = new Analyzer();

    private ProjectTester() {}

    /** A compose file at {@code /project/<rel>}. */
    static List<Finding> composeAt(String rel, String src, String... files) {
        return ANALYZER.analyzeCompose("/project/" + rel, src, RuleTester.files(files), Config.DEFAULT, Cancel.NEVER);
    }

    /** A Dockerfile at {@code /project/<rel>}, built from its folder unless the project says otherwise. */
    static List<Finding> dockerfileAt(String rel, String src, String... files) {
        return ANALYZER.analyzeDockerfile("/project/" + rel, src, Path.of("/project/" + rel).getParent(), RuleTester.files(files),
                Config.DEFAULT, Cancel.NEVER);
    }

    static List<Finding> only(String id, List<Finding> all) {
        return all.stream().filter(f -> f.ruleId().equals(id)).toList();
    }
}
