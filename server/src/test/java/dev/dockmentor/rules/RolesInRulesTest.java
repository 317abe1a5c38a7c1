package dev.dockmentor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.config.Config;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the file is for decides how loud production advice is; templates are not linted. */
class RolesInRulesTest {
    private static final Analyzer ANALYZER = new Analyzer();
    private static final ProjectFiles ROOTED = RuleTester.files(".git/HEAD", "ref\n", ".dockerignore", ".git\n");
    private static final String APP = "FROM python:3.12\nRUN apt-get update && apt-get install -y gcc\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n";

    private static List<Finding> lintAt(String rel, String src) {
        return ANALYZER.analyzeDockerfile("/project/" + rel, src, Path.of("/project"), ROOTED, Config.DEFAULT, Cancel.NEVER);
    }

    private static Finding only(String id, List<Finding> all) {
        List<Finding> hits = all.stream().filter(f -> f.ruleId().equals(id)).toList();
        assertEquals(1, hits.size(), id + " in " + all);
        return hits.get(0);
    }

    @Test
    void productionAdviceIsInfoInADevContainerAndSaysWhy() {
        Finding prod = only("root-user", lintAt("Dockerfile", APP));
        assertEquals(Severity.WARNING, prod.severity());
        Finding dev = only("root-user", lintAt(".devcontainer/Dockerfile", APP));
        assertEquals(Severity.INFO, dev.severity());
        assertTrue(dev.message().en().endsWith("(advice only: this is a development file, in .devcontainer/)"), dev.message().en());
        assertTrue(dev.message().es().contains("solo un consejo: es un archivo de desarrollo, está en .devcontainer/"), dev.message().es());
        assertEquals(Severity.INFO, only("full-base-image", lintAt("Dockerfile.dev", APP)).severity());
        assertEquals(Severity.INFO, only("build-tools-in-final-image", lintAt("tests/Dockerfile", APP)).severity());
    }

    @Test
    void aFinalStageThatRunsTestsIsATestImage() {
        String tests = APP.replace("CMD [\"python\", \"/app/main.py\"]", "CMD [\"pytest\", \"-q\"]");
        Finding f = only("root-user", lintAt("Dockerfile", tests));
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().en().contains("its final stage runs pytest"), f.message().en());
    }

    @Test
    void rulesAboutWhatBreaksKeepTheirSeverityInDevelopmentFiles() {
        // A build that fails fails in a dev container too.
        Finding f = only("unknown-instruction", lintAt(".devcontainer/Dockerfile", "FROM alpine:3.20\nFORM x\n"));
        assertEquals(Severity.ERROR, f.severity());
        // A real token is leaked wherever it is written.
        Finding t = only("hardcoded-secret", lintAt("Dockerfile.dev", "FROM alpine:3.20\nENV GH=ghp_0123456789abcdefghijABCDEFGHIJ0123\n"));
        assertEquals(Severity.ERROR, t.severity());
    }

    @Test
    void anExamplesFolderKeepsEveryRule() {
        assertEquals(Severity.WARNING, only("root-user", lintAt("examples/api/Dockerfile", APP)).severity());
    }

    @Test
    void aTemplateGetsOneInfoAndNothingElse() {
        List<Finding> all = lintAt("Dockerfile", "FROM {{ base }}\nRUN apt-get install -y {{ pkgs }}\n");
        assertEquals(List.of("template-file"), all.stream().map(Finding::ruleId).toList());
        assertEquals(Severity.INFO, all.get(0).severity());
        List<Finding> compose = ANALYZER.analyzeCompose("/project/compose.yaml",
                "services:\n{% for s in services %}\n  {{ s }}:\n    image: x\n{% endfor %}\n", ROOTED, Config.DEFAULT, Cancel.NEVER);
        assertEquals(List.of("template-file"), compose.stream().map(Finding::ruleId).toList());
    }

    @Test
    void composeProductionAdviceIsInfoInADevFile() {
        String src = "services:\n  app:\n    image: acme/app:1\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n";
        List<Finding> prod = ANALYZER.analyzeCompose("/project/compose.yaml", src, ROOTED, Config.DEFAULT, Cancel.NEVER);
        assertEquals(Severity.WARNING, only("published-database-port", prod).severity());
        List<Finding> dev = ANALYZER.analyzeCompose("/project/docker-compose.dev.yml", src, ROOTED, Config.DEFAULT, Cancel.NEVER);
        assertEquals(Severity.INFO, only("published-database-port", dev).severity());
    }

    @Test
    void aCompleteVariantIsItsOwnProjectNotAnOverlayOfTheBase() {
        String base = "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n";
        String prod = "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n    restart: always\n";
        ProjectFiles files = RuleTester.files(".git/HEAD", "ref\n", "compose.yaml", base, "compose.prod.yaml", prod);
        List<Finding> f = ANALYZER.analyzeCompose("/project/compose.prod.yaml", prod, files, Config.DEFAULT, Cancel.NEVER);
        assertTrue(f.stream().noneMatch(x -> x.ruleId().equals("duplicate-host-port")), f.toString());
        // An overlay that only adds keys still reads the base (its service is defined there).
        String overlay = "services:\n  web:\n    restart: always\n";
        ProjectFiles files2 = RuleTester.files(".git/HEAD", "ref\n", "compose.yaml", base, "compose.prod.yaml", overlay);
        List<Finding> g = ANALYZER.analyzeCompose("/project/compose.prod.yaml", overlay, files2, Config.DEFAULT, Cancel.NEVER);
        assertTrue(g.stream().noneMatch(x -> x.ruleId().equals("compose-schema")), g.toString());
    }

    @Test
    void fileTooLargeAndTemplateFileHonourTheConfiguration() {
        java.util.Map<String, Severity> off = new java.util.HashMap<>();
        off.put("file-too-large", null);
        off.put("template-file", null);
        Config cfg = new Config(dev.dockmentor.rules.Profile.RECOMMENDED, null, off, List.of(), List.of(), null);
        String huge = "RUN echo x\n".repeat(Analyzer.MAX_CHARS / 10);
        assertEquals(List.of(), ANALYZER.analyzeDockerfile("/project/Dockerfile", huge, Path.of("/project"), ROOTED, cfg, Cancel.NEVER));
        assertEquals(1, ANALYZER.analyzeDockerfile("/project/Dockerfile", huge, Path.of("/project"), ROOTED, Config.DEFAULT, Cancel.NEVER).size());
        assertEquals(List.of(), ANALYZER.analyzeDockerfile("/project/Dockerfile.j2", "FROM {{ x }}\n", Path.of("/project"), ROOTED, cfg, Cancel.NEVER));
    }
}
