package dev.dockmentor.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract of interfaces.md: formats, exit statuses, one-line errors. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void textOutputIsPathLineColSeverityRuleMessage() throws IOException {
        Path df = write("Dockerfile", "FROM alpine:3.20\nFORM x\n");
        Run r = run("check", df.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(df + ":2:1: error [unknown-instruction] Unknown instruction 'FORM': did you mean FROM?"), r.out());
    }

    @Test
    void cleanFileExitsZero() throws IOException {
        Path df = write("Dockerfile", "FROM alpine:3.20\nCMD [\"true\"]\n");
        assertEquals(0, run("check", "--fail-on", "error", df.toString()).code());
    }

    @Test
    void failOnNeverAlwaysExitsZero() throws IOException {
        Path df = write("Dockerfile", "FORM x\n");
        assertEquals(0, run("check", "--fail-on", "never", df.toString()).code());
    }

    @Test
    void jsonOutputFollowsTheContract() throws IOException {
        Path df = write("app/Dockerfile", "FROM alpine:3.20\nFORM x\n");
        Run r = run("check", "--format", "json", dir.toString());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(1, root.get("version").getAsInt());
        JsonObject file = root.getAsJsonArray("files").get(0).getAsJsonObject();
        assertEquals(df.toString(), file.get("path").getAsString());
        assertEquals("dockerfile", file.get("kind").getAsString());
        JsonObject d = file.getAsJsonArray("diagnostics").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("rule").getAsString().equals("unknown-instruction")).findFirst().orElseThrow();
        assertEquals("error", d.get("severity").getAsString());
        assertEquals(1, d.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
        assertEquals(4, d.getAsJsonObject("range").getAsJsonObject("end").get("character").getAsInt());
        JsonObject edit = d.getAsJsonArray("fixes").get(0).getAsJsonObject().getAsJsonArray("edits").get(0).getAsJsonObject();
        assertEquals("FROM", edit.get("newText").getAsString());
    }

    @Test
    void thousandsOfConsecutiveRunsGiveAReportOfLinearSize() throws IOException {
        // Each consecutive-run finding carried the whole group's merge: 2,000 RUNs made a 1.7 GB report.
        StringBuilder src = new StringBuilder("FROM alpine:3.20\n");
        for (int i = 0; i < 2_000; i++) src.append("RUN step").append(i).append('\n');
        Run r = run("check", "--fail-on", "never", "--format", "json", write("Dockerfile", src.toString()).toString());
        assertTrue(r.out().length() < 20_000_000, r.out().length() + " characters");
        assertEquals(1_999, JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("files").get(0).getAsJsonObject()
                .getAsJsonArray("diagnostics").asList().stream().filter(d -> d.getAsJsonObject().get("rule").getAsString().equals("consecutive-run")).count());
    }

    @Test
    void sarifReportsWhatJsonReportsAcrossFiles() throws IOException {
        Path examples = Path.of(System.getProperty("user.dir")).getParent().resolve("examples");
        JsonObject json = JsonParser.parseString(run("check", "--fail-on", "never", "--format", "json", examples.toString()).out()).getAsJsonObject();
        JsonObject sarif = JsonParser.parseString(run("check", "--fail-on", "never", "--format", "sarif", examples.toString()).out()).getAsJsonObject();
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (var f : json.getAsJsonArray("files")) {
            JsonObject file = f.getAsJsonObject();
            String uri = Path.of(file.get("path").getAsString()).toUri().toString();
            for (var d : file.getAsJsonArray("diagnostics")) {
                JsonObject start = d.getAsJsonObject().getAsJsonObject("range").getAsJsonObject("start");
                expected.add(uri + " " + d.getAsJsonObject().get("rule").getAsString() + " " + (start.get("line").getAsInt() + 1));
            }
        }
        assertTrue(expected.size() > 20, "the examples have findings: " + expected.size());
        JsonObject theRun = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray rules = theRun.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        java.util.List<String> got = new java.util.ArrayList<>();
        for (var r : theRun.getAsJsonArray("results")) {
            JsonObject res = r.getAsJsonObject();
            String id = res.get("ruleId").getAsString();
            assertEquals(id, rules.get(res.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString(), "ruleIndex names the rule");
            JsonObject loc = res.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
            got.add(loc.getAsJsonObject("artifactLocation").get("uri").getAsString() + " " + id + " "
                    + loc.getAsJsonObject("region").get("startLine").getAsInt());
        }
        assertEquals(expected, got);
    }

    @Test
    void sarifHasRulesWithHelpAndOneBasedRegions() throws IOException {
        Path df = write("Dockerfile", "FROM alpine:3.20\nFORM x\n");
        Run r = run("check", "--format", "sarif", df.toString());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("2.1.0", root.get("version").getAsString());
        JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("dockmentor", driver.get("name").getAsString());
        JsonObject rule = driver.getAsJsonArray("rules").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("id").getAsString().equals("unknown-instruction")).findFirst().orElseThrow();
        assertTrue(rule.getAsJsonObject("help").get("markdown").getAsString().contains("## Why it matters"));
        assertEquals("error", rule.getAsJsonObject("defaultConfiguration").get("level").getAsString());
        JsonArray results = run.getAsJsonArray("results");
        JsonObject res = results.asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("ruleId").getAsString().equals("unknown-instruction")).findFirst().orElseThrow();
        JsonObject region = res.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("region");
        assertEquals(2, region.get("startLine").getAsInt());
        assertEquals(1, region.get("startColumn").getAsInt());
        assertEquals(5, region.get("endColumn").getAsInt());
        assertTrue(res.has("fixes"));
    }

    @Test
    void spanishLocaleTranslatesMessages() throws IOException {
        Path df = write("Dockerfile", "FORM x\n");
        Run r = run("check", "--locale", "es", df.toString());
        assertTrue(r.out().contains("Instrucción desconocida 'FORM': ¿quisiste decir FROM?"), r.out());
    }

    @Test
    void lspSelfTestRunsAScriptedSessionOverJsonRpc() {
        Run r = run("lsp", "--self-test");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("initialize: ok (dockmentor)"), r.out());
        assertTrue(r.out().matches("(?s).*Dockerfile: [1-9]\\d* diagnostics.*hover ok.*"), r.out());
        assertTrue(r.out().matches("(?s).*compose.yaml: [1-9]\\d* diagnostics.*hover ok.*"), r.out());
        assertTrue(r.out().trim().endsWith("self-test: ok"), r.out());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Run missing = run("check", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("dockmentor: no such file or folder"), missing.err());
        assertEquals(1, missing.err().strip().lines().count());
        assertEquals(2, run("check", "--format", "xml").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("explain", "no-such-rule").code());
    }

    @Test
    void unknownFileNameNeedsKind() throws IOException {
        Path f = write("build.txt", "FORM x\n");
        assertEquals(2, run("check", f.toString()).code());
        Run r = run("check", "--kind", "dockerfile", f.toString());
        assertEquals(1, r.code());
    }

    @Test
    void brokenConfigIsAClearUsageError() throws IOException {
        write(".dockmentor.yaml", "rules:\n  unknown-instruction: loud\n");
        Path df = write("Dockerfile", "FROM alpine:3.20\n");
        Run r = run("check", df.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'loud' is not error, warning, info, hint or off"), r.err());
        write(".dockmentor.yaml", "rules: [unclosed\n");
        Run r2 = run("check", df.toString());
        assertEquals(2, r2.code());
        assertTrue(r2.err().contains("invalid YAML"), r2.err());
        assertFalse(r2.err().contains("Exception"), r2.err());
    }

    @Test
    void configTurnsRulesOffAndChangesSeverity() throws IOException {
        write(".dockmentor.yaml", "rules:\n  unknown-instruction: warning\n");
        Path df = write("Dockerfile", "FORM x\n");
        Run r = run("check", df.toString());
        assertEquals(0, r.code(), "a warning does not fail with --fail-on error");
        assertTrue(r.out().contains("warning [unknown-instruction]"), r.out());
        write(".dockmentor.yaml", "rules:\n  unknown-instruction: off\n");
        assertFalse(run("check", df.toString()).out().contains("unknown-instruction"));
    }

    @Test
    void folderWalkSkipsGitAndNodeModules() throws IOException {
        write("a/Dockerfile", "FORM x\n");
        write("node_modules/x/Dockerfile", "FORM x\n");
        write(".git/Dockerfile", "FORM x\n");
        write("b/api.Dockerfile", "FORM x\n");
        write("README.md", "FORM x\n");
        Run r = run("check", dir.toString());
        assertTrue(r.out().contains("2 file(s)"), r.out());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void garbageBinaryEmptyHugeAndHalfTypedInputsGetDiagnosticsNotCrashes() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Files.write(dir.resolve("garbage.Dockerfile"), garbage);
        write("empty.Dockerfile", "");
        write("half.Dockerfile", "FROM python:3.12 AS\nRUN apt-get install \\\nCOPY --from=");
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 10 * 1024 * 1024) huge.append("RUN echo 0123456789012345678901234567890123456789\n");
        write("huge.Dockerfile", huge.toString());
        Run r = run("check", "--format", "json", dir.toString());
        assertNotEquals(2, r.code(), r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(4, root.getAsJsonArray("files").size());
        String out = r.out();
        assertTrue(out.contains("\"rule\": \"syntax-error\""), "garbage with NUL bytes is reported as binary");
        assertTrue(out.contains("\"rule\": \"file-too-large\""), "10 MB is reported, not analysed");
    }

    @Test
    void rulesAndExplainAndVersion() {
        Run rules = run("rules", "--format", "json");
        assertEquals(0, rules.code());
        assertTrue(JsonParser.parseString(rules.out()).getAsJsonArray().size() > 3);
        Run ex = run("explain", "unknown-instruction", "--locale", "es");
        assertTrue(ex.out().contains("## Por qué importa"), ex.out());
        assertTrue(run("--version").out().startsWith("dockmentor "));
    }

    @Test
    void statisticsCountFindingsPerRuleAndPerFile() throws IOException {
        write("api/Dockerfile", "FROM python:3.12\nENV DB_PASSWORD=hunter2\nCMD [\"python\"]\n");
        write("compose.yaml", "services:\n  db:\n    image: postgres:16\n");
        Run r = run("check", "--statistics", "--verbose", dir.toString());
        assertTrue(r.out().contains("files: 2 (1 Dockerfiles, 1 compose files)"), r.out());
        assertTrue(r.out().matches("(?s).*\\n\\s+1\\s+\\d+\\s+\\d+\\s+0\\s+\\S*api/Dockerfile\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*hardcoded-secret\\s+1\\s+0\\s+0\\s+0\\n.*"), r.out());
    }

    @Test
    void aFolderWalkSkipsTemplatesAndVendoredCodeAndSaysSoWhenVerbose() throws IOException {
        write("Dockerfile.j2", "FROM {{ base }}\n");
        write("gen/Dockerfile", "FROM %%BASE%%\nRUN make\n");
        write("vendor/modules.txt", "# github.com/x/y v1.0.0\n");
        write("vendor/github.com/x/y/Dockerfile", "FORM x\n");
        write("app/Dockerfile", "FROM alpine:3.20\n");
        Run r = run("check", "--verbose", dir.toString());
        assertTrue(r.out().contains("1 file(s)"), r.out());
        assertTrue(r.err().contains("skipped template") && r.err().contains("Dockerfile.j2") && r.err().contains("gen/Dockerfile"), r.err());
        assertTrue(r.err().contains("skipped vendored code"), r.err());
        // Named on the command line, a template keeps its one note.
        Run one = run("check", dir.resolve("Dockerfile.j2").toString());
        assertTrue(one.out().contains("[template-file]"), one.out());
    }

    @Test
    void composeVariantNamesAreFoundByTheWalk() throws IOException {
        write("docker-compose-dev.yml", "services:\n  a:\n    image: nginx:1.27\n");
        write("compose_test.yaml", "services:\n  a:\n    image: nginx:1.27\n");
        Run r = run("check", dir.toString());
        assertTrue(r.out().contains("2 file(s)"), r.out());
    }

    @Test
    void diffShowsWhatFixWouldChangeAndWritesNothing() throws IOException {
        String src = "FROM python:3.12-slim\nENV APP_ENV production\nCMD [\"python\"]\n";
        write("Dockerfile", src);
        Run r = run("check", "--diff", dir.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("-ENV APP_ENV production\n+ENV APP_ENV=production\n"), r.out());
        assertTrue(r.out().startsWith("--- "), r.out());
        assertEquals(src, Files.readString(dir.resolve("Dockerfile")), "--diff writes nothing");
    }

    @Test
    void fixWritesTheSafeFixesKeepingTheByteOrderMarkAndThePermissions() throws IOException {
        Path f = dir.resolve("Dockerfile");
        Files.write(f, ("\uFEFFFROM python:3.12-slim\r\nENV APP_ENV production\r\nCMD [\"python\"]\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
        Run r = run("check", "--fix", dir.toString());
        assertTrue(r.err().contains("fixed 1 problem(s) in 1 file(s)"), r.err());
        String now = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("\uFEFFFROM python:3.12-slim\r\nENV APP_ENV=production\r\nCMD [\"python\"]\r\n", now);
        assertEquals("rwxr-x---", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertTrue(!r.out().contains("legacy-key-value-format"), "the fixed finding is gone from the report: " + r.out());
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".dockmentor-tmp")), "no temporary file left");
        }
    }

    @Test
    void unsafeFixesOnlyWithTheirFlag() throws IOException {
        write("Dockerfile", "FROM python:3.12\nCMD [\"python\"]\n");
        run("check", "--fix", dir.toString());
        assertEquals("FROM python:3.12\nCMD [\"python\"]\n", Files.readString(dir.resolve("Dockerfile")), "switching the base image is not safe");
        run("check", "--fix", "--unsafe-fixes", dir.toString());
        assertTrue(Files.readString(dir.resolve("Dockerfile")).startsWith("FROM python:3.12-slim"), Files.readString(dir.resolve("Dockerfile")));
    }

    @Test
    void fixThroughASymbolicLinkEditsTheFileItNames() throws IOException {
        write("real/Dockerfile", "FROM alpine:3.20\nENV A b\n");
        Files.createSymbolicLink(dir.resolve("Dockerfile"), dir.resolve("real/Dockerfile"));
        run("check", "--fix", dir.resolve("Dockerfile").toString());
        assertTrue(Files.isSymbolicLink(dir.resolve("Dockerfile")));
        assertEquals("FROM alpine:3.20\nENV A=b\n", Files.readString(dir.resolve("real/Dockerfile")));
    }

    @Test
    void standardInputIsLintedAsTheNamedFileWithItsProject() throws Exception {
        write("app/compose.yaml", "services:\n  api:\n    build: .\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n");
        String name = dir.resolve("app/Dockerfile").toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .stdin(new java.io.ByteArrayInputStream("FROM python:3.12\nFORM x\n".getBytes(StandardCharsets.UTF_8)))
                .run(new String[] {"-", "--stdin-filename", name});
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains(name + ":2:1: error [unknown-instruction]"), text);
        // The compose service that builds it gives it a healthcheck: the project around the name was read.
        assertTrue(!text.contains("missing-healthcheck"), text);
        Usage u = org.junit.jupiter.api.Assertions.assertThrows(Usage.class, () -> new CheckCommand(System.out, System.err)
                .stdin(new java.io.ByteArrayInputStream(new byte[0])).run(new String[] {"-", "--stdin-filename", "notes.txt"}));
        assertTrue(u.getMessage().contains("--kind"), u.getMessage());
    }

    @Test
    void everySubcommandAnswersHelp() {
        for (String cmd : new String[] {"check", "rules", "explain", "lsp"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().startsWith("Usage:") && r.out().contains("dockmentor " + cmd), r.out());
        }
        assertTrue(run("check", "-h").out().contains("--stdin-filename NAME"));
    }

    @Test
    void ciFormatsAreWhatGitHubGitLabAndCheckstyleRead() throws Exception {
        Path df = write("Dockerfile", "FROM alpine:3.20\nFORM x, y: <&>\nMAINTAINER a@b.c\n");
        // GitHub workflow commands: one per finding, properties escaped.
        Run gh = run("check", "--format", "github", df.toString());
        assertEquals(1, gh.code(), gh.err());
        String first = gh.out().lines().filter(l -> l.contains("unknown-instruction")).findFirst().orElseThrow();
        assertTrue(first.matches("::error file=[^,]+,line=2,col=1,endLine=2,endColumn=\\d+,title=dockmentor unknown-instruction::.+"), first);
        assertTrue(gh.out().lines().allMatch(l -> l.startsWith("::")), gh.out());
        // GitLab Code Quality: the fields GitLab reads, and fingerprints that survive lines moving above.
        Run gl = run("check", "--format", "gitlab", df.toString());
        var issues = com.google.gson.JsonParser.parseString(gl.out()).getAsJsonArray();
        var one = issues.get(0).getAsJsonObject();
        for (String k : new String[] {"description", "check_name", "fingerprint", "severity", "location"}) assertTrue(one.has(k), k + " in " + one);
        assertTrue(java.util.List.of("info", "minor", "major", "critical", "blocker").contains(one.get("severity").getAsString()));
        java.util.Set<String> prints = new java.util.HashSet<>();
        issues.forEach(i -> prints.add(i.getAsJsonObject().get("fingerprint").getAsString()));
        assertEquals(issues.size(), prints.size(), "fingerprints are unique");
        Files.writeString(df, "# moved\n" + Files.readString(df));
        var moved = com.google.gson.JsonParser.parseString(run("check", "--format", "gitlab", df.toString()).out()).getAsJsonArray();
        java.util.Set<String> movedPrints = new java.util.HashSet<>();
        moved.forEach(i -> movedPrints.add(i.getAsJsonObject().get("fingerprint").getAsString()));
        assertTrue(movedPrints.containsAll(prints), "a finding keeps its fingerprint when lines above it move");
        // Checkstyle: well-formed XML with the message escaped.
        Run cs = run("check", "--format", "checkstyle", df.toString());
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(cs.out().getBytes(StandardCharsets.UTF_8)));
        var errors = doc.getElementsByTagName("error");
        assertTrue(errors.getLength() >= 2, cs.out());
        boolean found = false;
        for (int i = 0; i < errors.getLength(); i++) {
            var e = (org.w3c.dom.Element) errors.item(i);
            if (e.getAttribute("source").equals("dockmentor.unknown-instruction")) found = e.getAttribute("severity").equals("error");
        }
        assertTrue(found, cs.out());
    }
}
