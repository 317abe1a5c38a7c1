package dev.dockmentor.lsp;

import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.adapters.CodeActionResponseAdapter;
import org.eclipse.lsp4j.adapters.DocumentDiagnosticReportTypeAdapter;
import org.eclipse.lsp4j.adapters.DocumentSymbolResponseAdapter;
import org.eclipse.lsp4j.adapters.LocationLinkListAdapter;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The LSP methods dockmentor serves, each with its JSON types and the call that serves it, written out.
 *
 * <p>Why not LSP4J's reflective wiring: it reads every annotated method of every LSP service interface (about
 * a hundred, with their generic signatures and an annotation proxy class per annotation type) for the JSON
 * handler, again for the local endpoint and again for the remote proxy. At start-up that code runs interpreted:
 * 60–100 ms of a 350–470 ms cold start. {@code RpcTablesTest} checks this table against LSP4J's own reflection
 * (same names, parameter, result and adapter types) and that every LSP method the server overrides is here.
 */
final class ServerEndpoint implements Endpoint {
    private record Served(JsonRpcMethod method, BiFunction<DockmentorServer, Object, CompletableFuture<?>> call) {}

    private static final Map<String, Served> SERVED = new LinkedHashMap<>();

    static {
        // Read and answered as JSON, not LSP4J's types: see DockmentorServer.initialize(JsonObject).
        request("initialize", InitializeResult.class, JsonObject.class, (s, p) -> CompletableFuture.completedFuture(s.initialize((JsonObject) p)));
        notification("initialized", InitializedParams.class, (s, p) -> s.initialized((InitializedParams) p));
        request("shutdown", Object.class, null, (s, p) -> s.shutdown());
        notification("exit", null, (s, p) -> s.exit());

        notification("textDocument/didOpen", DidOpenTextDocumentParams.class,
                (s, p) -> s.getTextDocumentService().didOpen((DidOpenTextDocumentParams) p));
        notification("textDocument/didChange", DidChangeTextDocumentParams.class,
                (s, p) -> s.getTextDocumentService().didChange((DidChangeTextDocumentParams) p));
        notification("textDocument/didClose", DidCloseTextDocumentParams.class,
                (s, p) -> s.getTextDocumentService().didClose((DidCloseTextDocumentParams) p));
        notification("textDocument/didSave", DidSaveTextDocumentParams.class,
                (s, p) -> s.getTextDocumentService().didSave((DidSaveTextDocumentParams) p));
        request("textDocument/hover", Hover.class, HoverParams.class, (s, p) -> s.getTextDocumentService().hover((HoverParams) p));
        put(JsonRpcMethod.request("textDocument/codeAction", new TypeToken<List<Either<Command, CodeAction>>>() { }.getType(),
                new CodeActionResponseAdapter(), CodeActionParams.class), (s, p) -> s.getTextDocumentService().codeAction((CodeActionParams) p));
        put(JsonRpcMethod.request("textDocument/diagnostic", DocumentDiagnosticReport.class, new DocumentDiagnosticReportTypeAdapter(),
                DocumentDiagnosticParams.class), (s, p) -> s.getTextDocumentService().diagnostic((DocumentDiagnosticParams) p));
        put(JsonRpcMethod.request("textDocument/documentSymbol", new TypeToken<List<Either<SymbolInformation, DocumentSymbol>>>() { }.getType(),
                new DocumentSymbolResponseAdapter(), DocumentSymbolParams.class),
                (s, p) -> s.getTextDocumentService().documentSymbol((DocumentSymbolParams) p));
        put(JsonRpcMethod.request("textDocument/definition",
                new TypeToken<Either<List<? extends Location>, List<? extends LocationLink>>>() { }.getType(), new LocationLinkListAdapter(),
                DefinitionParams.class), (s, p) -> s.getTextDocumentService().definition((DefinitionParams) p));
        request("textDocument/completion", new TypeToken<Either<List<CompletionItem>, CompletionList>>() { }.getType(), CompletionParams.class,
                (s, p) -> s.getTextDocumentService().completion((CompletionParams) p));

        notification("workspace/didChangeConfiguration", DidChangeConfigurationParams.class,
                (s, p) -> s.getWorkspaceService().didChangeConfiguration((DidChangeConfigurationParams) p));
        notification("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams.class,
                (s, p) -> s.getWorkspaceService().didChangeWatchedFiles((DidChangeWatchedFilesParams) p));
    }

    private interface Notified {
        void accept(DockmentorServer s, Object params);
    }

    private static void request(String name, Type result, Type param, BiFunction<DockmentorServer, Object, CompletableFuture<?>> call) {
        put(param == null ? JsonRpcMethod.request(name, result) : JsonRpcMethod.request(name, result, param), call);
    }

    private static void notification(String name, Type param, Notified call) {
        put(param == null ? JsonRpcMethod.notification(name) : JsonRpcMethod.notification(name, param), (s, p) -> {
            call.accept(s, p);
            return null;
        });
    }

    private static void put(JsonRpcMethod m, BiFunction<DockmentorServer, Object, CompletableFuture<?>> call) {
        SERVED.put(m.getMethodName(), new Served(m, call));
    }

    /** The JSON types of the methods served, for parsing what the client sends. */
    static Map<String, JsonRpcMethod> methods() {
        Map<String, JsonRpcMethod> out = new LinkedHashMap<>();
        for (Served s : SERVED.values()) out.put(s.method.getMethodName(), s.method);
        return Collections.unmodifiableMap(out);
    }

    private final DockmentorServer server;

    ServerEndpoint(DockmentorServer server) {
        this.server = server;
    }

    @Override
    public CompletableFuture<?> request(String method, Object params) {
        Served s = SERVED.get(method);
        if (s != null && !s.method.isNotification()) return s.call.apply(server, params);
        // As LSP4J answers: "$/" methods are optional, any other unknown method is an error the client should see.
        if (method != null && method.startsWith("$/")) return CompletableFuture.completedFuture(null);
        return CompletableFuture.failedFuture(new ResponseErrorException(
                new ResponseError(ResponseErrorCode.MethodNotFound, "Unsupported request method: " + method, null)));
    }

    @Override
    public void notify(String method, Object params) {
        Served s = SERVED.get(method);
        if (s != null && s.method.isNotification()) {
            s.call.apply(server, params);
        } else if (method == null || !method.startsWith("$/")) {
            server.log.warn("ignored unsupported notification " + method);
        }
    }
}
