package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.RuleRegistry;
import dev.dockmentor.engine.Warmup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written diagnostics JSON is exactly what LSP4J's reflective Gson writes, and reads back the same. */
class DiagnosticsJsonTest {
    private static final Gson REFLECTIVE = new MessageJsonHandler(Map.of()).getGson();
    private static final Gson HAND = ServerLauncher.jsonHandler().getGson();

    static Stream<Diagnostic> diagnostics() {
        Diagnostic minimal = new Diagnostic(range(0, 0, 0, 3), "minimal");
        Diagnostic full = new Diagnostic(range(2, 5, 2, 16), "full \"quoted\" \u00e9\n second line", DiagnosticSeverity.Warning, "dockmentor",
                "full-base-image");
        full.setCodeDescription(new DiagnosticCodeDescription("https://example.test/rules/full-base-image"));
        full.setTags(List.of(DiagnosticTag.Unnecessary, DiagnosticTag.Deprecated));
        full.setRelatedInformation(List.of(new DiagnosticRelatedInformation(new Location("file:///a/compose.yaml", range(3, 4, 3, 9)), "here"),
                new DiagnosticRelatedInformation(new Location("file:///a/Dockerfile", range(0, 0, 1, 0)), "and here")));
        Diagnostic numericCode = new Diagnostic(range(1, 0, 1, 1), "numeric code", DiagnosticSeverity.Hint, null);
        numericCode.setCode(Either.forRight(42));
        Diagnostic withData = new Diagnostic(range(1, 0, 1, 1), "with data", DiagnosticSeverity.Error, "x");
        withData.setData(JsonParser.parseString("{\"fix\":[1,2]}"));
        Diagnostic markup = new Diagnostic(range(1, 0, 1, 1), "x");
        markup.setMessage(Either.forRight(new MarkupContent("markdown", "**bold**")));
        Diagnostic holes = new Diagnostic();
        holes.setTags(Arrays.asList(DiagnosticTag.Unnecessary, null));
        holes.setRelatedInformation(Arrays.asList(null, new DiagnosticRelatedInformation()));
        holes.setRange(new Range());
        return Stream.of(minimal, full, numericCode, withData, markup, holes);
    }

    @ParameterizedTest
    @MethodSource("diagnostics")
    void aDiagnosticIsWrittenAsGsonsReflectionWritesIt(Diagnostic d) {
        assertEquals(REFLECTIVE.toJsonTree(d), HAND.toJsonTree(d));
        assertEquals(REFLECTIVE.fromJson(REFLECTIVE.toJson(d), Diagnostic.class), HAND.fromJson(HAND.toJson(d), Diagnostic.class));
    }

    @Test
    void aPublishWithAndWithoutVersionIsWrittenAsGsonsReflectionWritesIt() {
        List<Diagnostic> all = diagnostics().toList();
        for (PublishDiagnosticsParams p : List.of(new PublishDiagnosticsParams("file:///a/Dockerfile", all, 7),
                new PublishDiagnosticsParams("file:///a/Dockerfile", List.of()), new PublishDiagnosticsParams())) {
            assertEquals(REFLECTIVE.toJsonTree(p), HAND.toJsonTree(p));
        }
    }

    @Test
    void whatTheServerPublishesForARealDockerfileIsUnchanged() {
        List<dev.dockmentor.rules.Finding> found = new Warmup(new Analyzer(RuleRegistry.get(), m -> { })).round(() -> false);
        List<Diagnostic> ds = new ArrayList<>();
        for (String locale : List.of("en", "es")) {
            Document doc = new Document(Warmup.dockerfilePath().toUri().toString(), "dockerfile", 3, "");
            ds.addAll(Convert.diagnostics(new Analysis(doc, found, locale)));
        }
        assertFalse(ds.isEmpty());
        PublishDiagnosticsParams p = new PublishDiagnosticsParams("file:///w/Dockerfile", ds, 3);
        JsonElement hand = HAND.toJsonTree(p);
        assertEquals(REFLECTIVE.toJsonTree(p), hand);
        assertEquals(REFLECTIVE.toJson(p).length(), HAND.toJson(p).length());
    }

    private static Range range(int l1, int c1, int l2, int c2) {
        return new Range(new Position(l1, c1), new Position(l2, c2));
    }
}
