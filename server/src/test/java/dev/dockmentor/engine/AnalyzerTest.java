package dev.dockmentor.engine;

import static org.junit.jupiter.api.Assertions.*;

import dev.dockmentor.config.Config;
import dev.dockmentor.config.ConfigException;
import dev.dockmentor.config.ConfigLoader;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Profile;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine around the rules: isolation, suppressions, configuration, profiles, cancellation. */
class AnalyzerTest {
    /** Flags every RUN; aliases a hadolint code and a BuildKit check name. */
    static final class EveryRun extends Rule implements DockerfileCheck {
        EveryRun() {
            super(RuleMeta.of("every-run", Severity.WARNING, "test rule").aliases("DL9999", "EveryRunCheck"));
        }

        @Override
        public void check(DockerfileContext ctx) {
            for (Instruction i : ctx.dockerfile().instructions) if (i.is("RUN")) ctx.report(i.keywordRange, "run", "run");
        }
    }

    static final class Crashes extends Rule implements DockerfileCheck {
        Crashes() {
            super(RuleMeta.of("crashes", Severity.ERROR, "always throws"));
        }

        @Override
        public void check(DockerfileContext ctx) {
            throw new IllegalStateException("boom");
        }
    }

    static final class StrictOnly extends Rule implements DockerfileCheck {
        StrictOnly() {
            super(RuleMeta.of("strict-only", Severity.INFO, "strict").strict());
        }

        @Override
        public void check(DockerfileContext ctx) {
            ctx.report(ctx.dockerfile().instructions.get(0).keywordRange, "s", "s");
        }
    }

    final List<String> logged = new ArrayList<>();
    final Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(new Crashes(), new EveryRun(), new StrictOnly())), logged::add);

    List<String> ids(String src, Config cfg) {
        return analyzer.analyzeDockerfile("/p/Dockerfile", src, Path.of("/p"), ProjectFiles.DISK, cfg, Cancel.NEVER)
                .stream().map(f -> f.ruleId() + "@" + f.range().start().line()).toList();
    }

    @Test
    void aCrashingRuleIsReportedAndTheOthersStillRun() {
        List<String> ids = ids("FROM a:1\nRUN x\n", Config.DEFAULT);
        assertTrue(ids.contains("every-run@1"), ids.toString());
        assertTrue(ids.contains("internal-error@0"), ids.toString());
        assertTrue(logged.get(0).contains("crashes"), logged.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dockmentor-ignore next instruction   | FROM a:1\\n# dockmentor-ignore every-run\\nRUN x\\nRUN y\\n | every-run@3",
            "dockmentor-ignore via alias          | FROM a:1\\n# dockmentor-ignore DL9999, crashes\\nRUN x\\nRUN y\\n | every-run@3",
            "hadolint ignore                      | FROM a:1\\n# hadolint ignore=DL9999\\nRUN x\\nRUN y\\n | every-run@3",
            "file-wide                            | FROM a:1\\nRUN x\\n# dockmentor-ignore-file every-run\\nRUN y\\n | ''",
            "hadolint global ignore               | FROM a:1\\n# hadolint global ignore=DL9999\\nRUN x\\n | ''",
            "buildkit check=skip                  | # check=skip=EveryRunCheck\\nFROM a:1\\nRUN x\\n | ''",
            "buildkit check=skip=all              | # check=skip=all\\nFROM a:1\\nRUN x\\n | ''",
            "scope covers a continued instruction | FROM a:1\\n# dockmentor-ignore every-run\\nRUN x \\\\\\n  y\\nRUN z\\n | every-run@4",
    })
    void suppressions(String name, String src, String expected) {
        List<String> ids = ids(src.replace("\\n", "\n"), Config.DEFAULT).stream().filter(s -> s.startsWith("every-run")).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), ids);
    }

    @Test
    void configTurnsOffChangesSeverityAndHonoursAliases() throws ConfigException {
        Config off = ConfigLoader.parse(Path.of(".dockmentor.yaml"), "rules:\n  every-run: off\n");
        assertTrue(ids("FROM a:1\nRUN x\n", off).stream().noneMatch(s -> s.startsWith("every-run")));
        Config viaHadolint = ConfigLoader.parse(Path.of(".hadolint.yaml"), "ignored: [DL9999]\n");
        assertTrue(ids("FROM a:1\nRUN x\n", viaHadolint).stream().noneMatch(s -> s.startsWith("every-run")));
        Config err = ConfigLoader.parse(Path.of(".dockmentor.yaml"), "rules:\n  DL9999: error\n");
        Finding f = analyzer.analyzeDockerfile("/p/Dockerfile", "FROM a:1\nRUN x\n", null, ProjectFiles.DISK, err, Cancel.NEVER)
                .stream().filter(x -> x.ruleId().equals("every-run")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void strictRulesOnlyRunInTheStrictProfileOrWhenConfigured() throws ConfigException {
        assertFalse(ids("FROM a:1\n", Config.DEFAULT).contains("strict-only@0"));
        assertTrue(ids("FROM a:1\n", Config.DEFAULT.withProfile(Profile.STRICT)).contains("strict-only@0"));
        Config on = ConfigLoader.parse(Path.of(".dockmentor.yaml"), "rules:\n  strict-only: warning\n");
        assertTrue(ids("FROM a:1\n", on).contains("strict-only@0"));
    }

    @Test
    void cancellationStopsTheAnalysis() {
        assertThrows(CancellationException.class, () -> analyzer.analyzeDockerfile("/p/Dockerfile", "FROM a\n", null,
                ProjectFiles.DISK, Config.DEFAULT, () -> true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown key       | colour: red                  | unknown key 'colour'",
            "bad profile       | profile: lax                 | profile must be",
            "bad locale        | locale: fr                   | locale must be",
            "not a mapping     | - a                          | must be a mapping",
            "bad yaml          | 'rules: {'                   | invalid YAML",
            "alias bomb        | 'a: &a [x,x,x,x,x,x,x,x,x]\\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]' | invalid YAML",
    })
    void brokenConfigurationsSayWhatIsWrong(String name, String yaml, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(Path.of(".dockmentor.yaml"), yaml.replace("\\n", "\n")));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
