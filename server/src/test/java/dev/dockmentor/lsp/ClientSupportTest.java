package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each capability flag the server reads, from the client's initialize JSON: present, absent, malformed. */
class ClientSupportTest {
    static Stream<Arguments> flags() {
        return Stream.of(
                row("configuration", ClientSupport::configuration, "{\"workspace\":{\"configuration\":true}}", true),
                row("configuration false", ClientSupport::configuration, "{\"workspace\":{\"configuration\":false}}", false),
                row("configuration as a string", ClientSupport::configuration, "{\"workspace\":{\"configuration\":\"true\"}}", false),
                row("workspace not an object", ClientSupport::configuration, "{\"workspace\":[true]}", false),
                row("pull diagnostics", ClientSupport::pullDiagnostics, "{\"textDocument\":{\"diagnostic\":{}}}", true),
                row("pull diagnostics null", ClientSupport::pullDiagnostics, "{\"textDocument\":{\"diagnostic\":null}}", false),
                row("no pull diagnostics", ClientSupport::pullDiagnostics, "{\"textDocument\":{}}", false),
                row("diagnostic refresh", ClientSupport::diagnosticRefresh, "{\"workspace\":{\"diagnostics\":{\"refreshSupport\":true}}}", true),
                row("document changes", ClientSupport::documentChanges, "{\"workspace\":{\"workspaceEdit\":{\"documentChanges\":true}}}", true),
                row("create files", ClientSupport::createFiles,
                        "{\"workspace\":{\"workspaceEdit\":{\"documentChanges\":true,\"resourceOperations\":[\"rename\",\"create\"]}}}", true),
                row("create without document changes", ClientSupport::createFiles,
                        "{\"workspace\":{\"workspaceEdit\":{\"resourceOperations\":[\"create\"]}}}", false),
                row("document changes without create", ClientSupport::createFiles,
                        "{\"workspace\":{\"workspaceEdit\":{\"documentChanges\":true,\"resourceOperations\":[\"delete\",1,null]}}}", false),
                row("hierarchical symbols", ClientSupport::hierarchicalSymbols,
                        "{\"textDocument\":{\"documentSymbol\":{\"hierarchicalDocumentSymbolSupport\":true}}}", true),
                row("watched files registration", ClientSupport::watchedFilesRegistration,
                        "{\"workspace\":{\"didChangeWatchedFiles\":{\"dynamicRegistration\":true}}}", true),
                row("relative patterns", ClientSupport::relativePatterns,
                        "{\"workspace\":{\"didChangeWatchedFiles\":{\"relativePatternSupport\":true}}}", true),
                row("nothing said", ClientSupport::relativePatterns, "{}", false));
    }

    private static Arguments row(String name, Predicate<ClientSupport> flag, String caps, boolean expected) {
        return Arguments.of(name, flag, caps, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flags")
    void readsEachFlagFromTheCapabilitiesJson(String name, Predicate<ClientSupport> flag, String caps, boolean expected) {
        assertEquals(expected, flag.test(new ClientSupport(JsonParser.parseString(caps).getAsJsonObject())));
    }
}
