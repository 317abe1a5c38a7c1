package dev.dockmentor.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.text.Range;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeParserTest {
    private static ComposeFile parse(String text) {
        return ComposeFile.parse("/p/compose.yaml", text);
    }

    @Test
    void mergeKeysExplicitKeysWinAndMergedEntriesPointAtTheAnchor() {
        ComposeFile f = parse("x-a: &a\n  restart: always\n  user: app\nx-b: &b\n  restart: 'no'\n  init: true\nservices:\n  web:\n    <<: [*a, *b]\n    user: root\n");
        YNode web = f.root.get("services", "web");
        assertEquals("always", web.str("restart"));
        assertEquals("root", web.str("user"));
        assertEquals("true", web.str("init"));
        assertEquals(1, web.entry("restart").key().startLine());
        assertTrue(web.entry("restart").merged());
        assertTrue(f.problems.isEmpty(), f.problems.toString());
    }

    @Test
    void aliasesAreSharedNotCopied() {
        ComposeFile f = parse("x-hc: &hc\n  test: [CMD, true]\nservices:\n  a:\n    healthcheck: *hc\n  b:\n    healthcheck: *hc\n");
        assertTrue(f.root.get("services", "a", "healthcheck") == f.root.get("services", "b", "healthcheck"));
        assertEquals(0, f.root.get("services", "a", "healthcheck").startLine());
    }

    @Test
    void resetTagRemovesAMergedKey() {
        ComposeFile f = parse("x-a: &a\n  ports: [\"80:80\"]\nservices:\n  web:\n    <<: *a\n    ports: !reset []\n");
        assertNull(f.root.get("services", "web").get("ports"));
        YNode over = parse("services:\n  web:\n    ports: !override [\"81:81\"]\n").root;
        assertTrue(over.get("services", "web", "ports").isOverride());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "$TAG|1.2|true", "${TAG}|1.2|true", "${NOPE}||false", "${NOPE:-d}|d|true", "${NOPE-d}|d|true", "${EMPTY:-d}|d|true",
            "${EMPTY-d}||true", "${NOPE:?err}||false", "$$HOME|$HOME|true", "a-${TAG}-b|a-1.2-b|true", "${NOPE:+x}||true"})
    void interpolation(String raw, String expected, boolean known) {
        Interpolation.Value v = Interpolation.resolve(raw, Map.of("TAG", "1.2", "EMPTY", ""));
        assertEquals(known, v.known(), raw);
        if (known) assertEquals(expected == null ? "" : expected, v.text(), raw);
    }

    @Test
    void multiDocumentAndNonMappingRootsAreDiagnostics() {
        ComposeFile f = parse("services: {}\n---\nservices: {}\n");
        assertEquals("compose-schema", f.problems.get(0).ruleId());
        assertEquals(2, f.problems.get(0).range().start().line());
        assertEquals("compose-schema", parse("- a\n- b\n").problems.get(0).ruleId());
        assertTrue(parse("").problems.isEmpty());
    }

    @Test
    void syntaxErrorsBecomeDiagnosticsAtTheirLine() {
        ComposeFile f = parse("services:\n  web:\n    image: [unclosed\n  db: {}\n");
        assertEquals("syntax-error", f.problems.get(0).ruleId());
        ComposeFile tabs = parse("services:\n\tweb:\n\t\timage: x\n");
        assertEquals("syntax-error", tabs.problems.get(0).ruleId());
        ComposeFile dup = parse("services:\n  web:\n    image: a\n    image: b\n");
        assertEquals(3, dup.problems.get(0).range().start().line());
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder sb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) sb.append(i == 0 ? "" : ",").append('*').append(prev);
            sb.append("]\n");
            prev = c;
        }
        String bomb = sb.toString();
        ComposeFile f = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(bomb));
        assertEquals("syntax-error", f.problems.get(0).ruleId());
        assertNull(f.root);
    }

    static String billionLaughs(int levels, int fan) {
        StringBuilder sb = new StringBuilder("services:\n  web:\n    image: nginx:1.27\nx-l0: &l0 {k: v}\n");
        for (int l = 1; l <= levels; l++) {
            sb.append("x-l").append(l).append(": &l").append(l).append(" [");
            for (int i = 0; i < fan; i++) sb.append(i == 0 ? "" : ", ").append("*l").append(l - 1);
            sb.append("]\n");
        }
        return sb.toString();
    }

    @Test
    void aBillionLaughsUnderAHundredAliasesIsRefusedWhereItOutgrowsTheBound() {
        // 9 levels of 9 aliases: 81 aliases, 387 million nodes once expanded. Level 6 (line 9) is the first
        // to pass 250,000: 1 + 9 x 184,528.
        ComposeFile f = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(billionLaughs(9, 9)));
        assertNull(f.root);
        assertEquals(1, f.problems.size(), f.problems.toString());
        assertEquals("syntax-error", f.problems.get(0).ruleId());
        assertEquals(9, f.problems.get(0).range().start().line());
        assertTrue(f.problems.get(0).en().contains("more than 250,000 nodes"), f.problems.get(0).en());
        assertTrue(f.problems.get(0).es().contains("más de 250.000 nodos"), f.problems.get(0).es());
    }

    @Test
    void manyServicesMergingOneAnchorAreAnOrdinaryFile() {
        StringBuilder sb = new StringBuilder("x-defaults: &defaults\n  image: nginx:1.27\n  restart: always\n  init: true\nservices:\n");
        for (int i = 0; i < 5_000; i++) sb.append("  s").append(i).append(":\n    <<: *defaults\n    command: run").append(i).append('\n');
        ComposeFile f = parse(sb.toString());
        assertTrue(f.problems.isEmpty(), f.problems.toString());
        assertEquals("always", f.root.get("services", "s4999").str("restart"));
    }

    @Test
    void mergeKeysCopyingPastTheBoundStopBeforeFillingTheHeap() {
        // 90 services each merging 20,000 keys: 1.8 million copies, refused at the service that passes 250,000.
        StringBuilder sb = new StringBuilder("x-d: &d\n");
        for (int i = 0; i < 20_000; i++) sb.append("  k").append(i).append(": v\n");
        sb.append("services:\n");
        for (int i = 0; i < 90; i++) sb.append("  s").append(i).append(":\n    <<: *d\n");
        ComposeFile f = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(sb.toString()));
        assertNull(f.root);
        // s12's mapping (its '<<:' line): 12 x 20,000 copies before it, 260,000 with it.
        assertEquals(20_002 + 2 * 12 + 1, f.problems.get(0).range().start().line());
    }

    @Test
    void anAnchorHoldingAnAliasToItselfIsRefusedAtThatValue() {
        ComposeFile f = parse("services:\n  web:\n    image: nginx:1.27\n    labels: &l [a, *l]\n");
        assertNull(f.root);
        assertEquals(3, f.problems.get(0).range().start().line());
        assertTrue(f.problems.get(0).en().contains("alias to itself"), f.problems.get(0).en());
    }

    @Test
    void anExplicitKeyWithNoValueEndsAtItsKeyNotAtTheNextSection() {
        // snakeyaml places the empty value at the next token, 'include:' two lines below (fuzzing).
        ComposeFile f = parse("services:\n  web:\n    ports:\n      ? 8080\ninclude:\n  - base.yaml\n");
        YNode ports = f.root.get("services", "web", "ports");
        assertEquals(3, ports.endLine());
        assertEquals(3, ports.entries.get(0).value().startLine());
        assertEquals(3, f.root.get("services", "web").endLine());
        // A value written below its key (here only a tag) is not that case: it keeps its own line.
        ComposeFile tagged = parse("services:\n  api:\n    depends_on:\n      !reset\n  cache:\n    image: redis:7.4\n");
        assertEquals(3, tagged.root.get("services", "api").endLine());
    }

    @Test
    void deepNestingIsRefusedWithADiagnostic() {
        String flow = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 300; i++) block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        for (String s : List.of(flow, block.toString())) {
            ComposeFile f = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(s));
            assertEquals("syntax-error", f.problems.get(0).ruleId());
        }
        StringBuilder ok = new StringBuilder();
        for (int i = 0; i < 50; i++) ok.append("  ".repeat(i)).append("k").append(i).append(":\n");
        assertTrue(parse(ok.toString()).problems.isEmpty());
    }

    @Test
    void hugeFileParsesInBoundedTime() {
        StringBuilder sb = new StringBuilder("services:\n");
        for (int i = 0; sb.length() < 3_000_000; i++) sb.append("  s").append(i).append(":\n    image: nginx:1.27\n    ports: [\"").append(i % 60000).append(":80\"]\n");
        String big = sb.toString();
        ComposeFile f = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(big));
        assertTrue(f.problems.isEmpty());
    }

    @Test
    void crlfAndUtf16Columns() {
        ComposeFile f = parse("services:\r\n  web:\r\n    image: nginx:1.27\r\n");
        assertEquals(Range.of(2, 11, 2, 21), f.root.get("services", "web", "image").range);
        // An emoji (two UTF-16 units, one code point) and accents before a key on the same line.
        ComposeFile g = parse("{\"😀é\": 1, image: x}\n");
        YNode.Entry e = g.root.entry("image");
        assertEquals(Range.of(0, 11, 0, 16), e.key().range);
        assertEquals(Range.of(0, 18, 0, 19), e.value().range);
        ComposeFile h = parse("x: \"😀😀\"\ny: ñ\n");
        assertEquals(Range.of(1, 3, 1, 4), h.root.get("y").range);
    }

    @Test
    void blockCollectionsEndAtTheirLastValueNotAtTheNextComment() {
        ComposeFile f = parse("services:\n  db:\n    image: postgres:16\n  # a comment\n  web:\n    image: nginx\n");
        assertEquals(2, f.root.get("services", "db").endLine());
    }

    @Test
    void normalisesPortsVolumesEnvironmentAndDependsOn() {
        ComposeModel m = new ComposeModel(parse("services:\n  a:\n    ports: [\"127.0.0.1:8000-8001:80-81/udp\", \"9000\", {target: 80, published: 8080}]\n"
                + "    volumes: [data:/d, ./src:/app:ro, /anon, {type: bind, source: /x, target: /y}]\n"
                + "    environment: [A=1, B]\n    depends_on: [b]\n  b:\n    depends_on:\n      a: {condition: service_healthy}\n").root, Map.of());
        var a = m.services.get("a");
        Port p = a.ports().get(0);
        assertEquals(List.of("127.0.0.1", "8000-8001", "80-81", "udp"), List.of(p.hostIp(), p.hostPort(), p.containerPort(), p.protocol()));
        assertNull(a.ports().get(1).hostPort());
        assertEquals("8080", a.ports().get(2).hostPort());
        List<Volume> v = a.volumes();
        assertTrue(v.get(0).isNamed());
        assertTrue(v.get(1).isBind() && v.get(1).readOnly());
        assertTrue(v.get(2).isAnonymous());
        assertTrue(v.get(3).isBind());
        assertEquals("1", a.environment().get(0).value());
        assertNull(a.environment().get(1).value());
        assertTrue(a.dependsOn().get(0).shortForm());
        assertEquals("service_healthy", m.services.get("b").dependsOn().get(0).condition());
        assertFalse(m.services.get("b").dependsOn().get(0).shortForm());
    }
}
