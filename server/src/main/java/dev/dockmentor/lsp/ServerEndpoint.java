package dev.dockmentor.lsp;

import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The LSP methods dockmentor serves, written out: their JSON types (to parse what the client sends) and a
 * switch that calls the server.
 *
 * <p>Why not LSP4J's reflective wiring: it reads every annotated method of every LSP service interface (about
 * a hundred, with their generic signatures and an annotation proxy class per annotation type) for the JSON
 * handler, again for the local endpoint and again for the remote proxy. At start-up that code runs interpreted:
 * 60–100 ms of a 350–470 ms cold start. For the same reason the generic types are built with
 * {@link TypeToken#getParameterized} rather than anonymous TypeToken subclasses (parsing their generic
 * signatures cost ~10 ms), and the calls are a string switch rather than a table of lambdas (one bootstrap
 * each). {@code RpcTablesTest} checks the types against LSP4J's own reflection, and that the switch serves
 * exactly the methods the table lists and the server overrides.
 */
final class ServerEndpoint implements Endpoint {
    private static final Map<String, JsonRpcMethod> METHODS = new LinkedHashMap<>();

    static {
        // Read and answered as JSON, not LSP4J's types: see DockmentorServer.initialize(JsonObject).
        request("initialize", InitializeResult.class, JsonObject.class);
        notification("initialized", InitializedParams.class);
        METHODS.put("shutdown", JsonRpcMethod.request("shutdown", Object.class));
        METHODS.put("exit", JsonRpcMethod.notification("exit"));

        notification("textDocument/didOpen", DidOpenTextDocumentParams.class);
        notification("textDocument/didChange", DidChangeTextDocumentParams.class);
        notification("textDocument/didClose", DidCloseTextDocumentParams.class);
        notification("textDocument/didSave", DidSaveTextDocumentParams.class);
        request("textDocument/hover", Hover.class, HoverParams.class);
        METHODS.put("textDocument/codeAction", JsonRpcMethod.request("textDocument/codeAction",
                list(either(Command.class, CodeAction.class)), new CodeActionResponseAdapter(), CodeActionParams.class));
        METHODS.put("textDocument/diagnostic", JsonRpcMethod.request("textDocument/diagnostic",
                DocumentDiagnosticReport.class, new DocumentDiagnosticReportTypeAdapter(), DocumentDiagnosticParams.class));
        METHODS.put("textDocument/documentSymbol", JsonRpcMethod.request("textDocument/documentSymbol",
                list(either(SymbolInformation.class, DocumentSymbol.class)), new DocumentSymbolResponseAdapter(), DocumentSymbolParams.class));
        METHODS.put("textDocument/definition", JsonRpcMethod.request("textDocument/definition",
                either(list(new Extends(Location.class)), list(new Extends(LocationLink.class))), new LocationLinkListAdapter(),
                DefinitionParams.class));
        request("textDocument/completion", either(list(CompletionItem.class), CompletionList.class), CompletionParams.class);
        request("textDocument/signatureHelp", org.eclipse.lsp4j.SignatureHelp.class, org.eclipse.lsp4j.SignatureHelpParams.class);
        request("textDocument/semanticTokens/full", org.eclipse.lsp4j.SemanticTokens.class, org.eclipse.lsp4j.SemanticTokensParams.class);
        request("textDocument/inlayHint", list(org.eclipse.lsp4j.InlayHint.class), org.eclipse.lsp4j.InlayHintParams.class);
        request("textDocument/foldingRange", list(org.eclipse.lsp4j.FoldingRange.class), org.eclipse.lsp4j.FoldingRangeRequestParams.class);
        request("textDocument/documentLink", list(org.eclipse.lsp4j.DocumentLink.class), org.eclipse.lsp4j.DocumentLinkParams.class);
        request("textDocument/formatting", list(new Extends(org.eclipse.lsp4j.TextEdit.class)), org.eclipse.lsp4j.DocumentFormattingParams.class);
        request("textDocument/rangeFormatting", list(new Extends(org.eclipse.lsp4j.TextEdit.class)), org.eclipse.lsp4j.DocumentRangeFormattingParams.class);
        request("textDocument/references", list(new Extends(Location.class)), org.eclipse.lsp4j.ReferenceParams.class);
        request("textDocument/documentHighlight", list(new Extends(org.eclipse.lsp4j.DocumentHighlight.class)), org.eclipse.lsp4j.DocumentHighlightParams.class);
        METHODS.put("textDocument/prepareRename", JsonRpcMethod.request("textDocument/prepareRename",
                TypeToken.getParameterized(org.eclipse.lsp4j.jsonrpc.messages.Either3.class, org.eclipse.lsp4j.Range.class,
                        org.eclipse.lsp4j.PrepareRenameResult.class, org.eclipse.lsp4j.PrepareRenameDefaultBehavior.class).getType(),
                new org.eclipse.lsp4j.adapters.PrepareRenameResponseAdapter(), org.eclipse.lsp4j.PrepareRenameParams.class));
        request("textDocument/rename", org.eclipse.lsp4j.WorkspaceEdit.class, org.eclipse.lsp4j.RenameParams.class);

        request("workspace/executeCommand", Object.class, org.eclipse.lsp4j.ExecuteCommandParams.class);
        notification("workspace/didChangeConfiguration", DidChangeConfigurationParams.class);
        notification("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams.class);
    }

    private static void request(String name, Type result, Type param) {
        METHODS.put(name, JsonRpcMethod.request(name, result, param));
    }

    private static void notification(String name, Type param) {
        METHODS.put(name, JsonRpcMethod.notification(name, param));
    }

    static Type list(Type element) {
        return TypeToken.getParameterized(List.class, element).getType();
    }

    static Type either(Type left, Type right) {
        return TypeToken.getParameterized(Either.class, left, right).getType();
    }

    /** {@code ? extends bound}; Gson and LSP4J compare wildcards by their bounds. */
    private record Extends(Type bound) implements WildcardType {
        @Override
        public Type[] getUpperBounds() {
            return new Type[] {bound};
        }

        @Override
        public Type[] getLowerBounds() {
            return new Type[0];
        }
    }

    /** The JSON types of the methods served, for parsing what the client sends. */
    static Map<String, JsonRpcMethod> methods() {
        return Collections.unmodifiableMap(METHODS);
    }

    private final DockmentorServer server;

    ServerEndpoint(DockmentorServer server) {
        this.server = server;
    }

    @Override
    public CompletableFuture<?> request(String method, Object p) {
        TextDocumentService docs = server.getTextDocumentService();
        switch (method == null ? "" : method) {
            case "initialize":
                return CompletableFuture.completedFuture(server.initialize((JsonObject) p));
            case "shutdown":
                return server.shutdown();
            case "textDocument/hover":
                return docs.hover((HoverParams) p);
            case "textDocument/codeAction":
                return docs.codeAction((CodeActionParams) p);
            case "textDocument/diagnostic":
                return docs.diagnostic((DocumentDiagnosticParams) p);
            case "textDocument/documentSymbol":
                return docs.documentSymbol((DocumentSymbolParams) p);
            case "textDocument/definition":
                return docs.definition((DefinitionParams) p);
            case "textDocument/completion":
                return docs.completion((CompletionParams) p);
            case "textDocument/signatureHelp":
                return docs.signatureHelp((org.eclipse.lsp4j.SignatureHelpParams) p);
            case "textDocument/semanticTokens/full":
                return docs.semanticTokensFull((org.eclipse.lsp4j.SemanticTokensParams) p);
            case "textDocument/inlayHint":
                return docs.inlayHint((org.eclipse.lsp4j.InlayHintParams) p);
            case "textDocument/foldingRange":
                return docs.foldingRange((org.eclipse.lsp4j.FoldingRangeRequestParams) p);
            case "textDocument/documentLink":
                return docs.documentLink((org.eclipse.lsp4j.DocumentLinkParams) p);
            case "textDocument/formatting":
                return docs.formatting((org.eclipse.lsp4j.DocumentFormattingParams) p);
            case "textDocument/rangeFormatting":
                return docs.rangeFormatting((org.eclipse.lsp4j.DocumentRangeFormattingParams) p);
            case "textDocument/references":
                return docs.references((org.eclipse.lsp4j.ReferenceParams) p);
            case "textDocument/documentHighlight":
                return docs.documentHighlight((org.eclipse.lsp4j.DocumentHighlightParams) p);
            case "textDocument/prepareRename":
                return docs.prepareRename((org.eclipse.lsp4j.PrepareRenameParams) p);
            case "textDocument/rename":
                return docs.rename((org.eclipse.lsp4j.RenameParams) p);
            case "workspace/executeCommand":
                return server.getWorkspaceService().executeCommand((org.eclipse.lsp4j.ExecuteCommandParams) p);
            default:
                // As LSP4J answers: "$/" methods are optional, any other unknown method is an error the client should see.
                if (method != null && method.startsWith("$/")) return CompletableFuture.completedFuture(null);
                return CompletableFuture.failedFuture(new ResponseErrorException(
                        new ResponseError(ResponseErrorCode.MethodNotFound, "Unsupported request method: " + method, null)));
        }
    }

    @Override
    public void notify(String method, Object p) {
        TextDocumentService docs = server.getTextDocumentService();
        WorkspaceService workspace = server.getWorkspaceService();
        switch (method == null ? "" : method) {
            case "initialized" -> server.initialized((InitializedParams) p);
            case "exit" -> server.exit();
            case "textDocument/didOpen" -> docs.didOpen((DidOpenTextDocumentParams) p);
            case "textDocument/didChange" -> docs.didChange((DidChangeTextDocumentParams) p);
            case "textDocument/didClose" -> docs.didClose((DidCloseTextDocumentParams) p);
            case "textDocument/didSave" -> docs.didSave((DidSaveTextDocumentParams) p);
            case "workspace/didChangeConfiguration" -> workspace.didChangeConfiguration((DidChangeConfigurationParams) p);
            case "workspace/didChangeWatchedFiles" -> workspace.didChangeWatchedFiles((DidChangeWatchedFilesParams) p);
            default -> {
                if (method == null || !method.startsWith("$/")) server.log.warn("ignored unsupported notification " + method);
            }
        }
    }
}
