package dev.dockmentor.lsp;

import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.LogTraceParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentRefreshParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor, as the server calls it: every {@link LanguageClient} method sent as its JSON-RPC request or
 * notification. Written out rather than LSP4J's reflective proxy for the reason {@link ServerEndpoint} gives;
 * {@code RpcTablesTest} checks each method's name, kind and types against LSP4J's reflection.
 */
final class RemoteClient implements LanguageClient {
    private static final Map<String, JsonRpcMethod> METHODS = new LinkedHashMap<>();

    static {
        request("workspace/configuration", ServerEndpoint.list(Object.class), ConfigurationParams.class);
        request("workspace/semanticTokens/refresh", Void.class, null);
        request("workspace/codeLens/refresh", Void.class, null);
        request("workspace/inlayHint/refresh", Void.class, null);
        request("workspace/inlineValue/refresh", Void.class, null);
        request("workspace/diagnostic/refresh", Void.class, null);
        request("workspace/foldingRange/refresh", Void.class, null);
        request("workspace/textDocumentContent/refresh", Void.class, TextDocumentContentRefreshParams.class);
        request("workspace/applyEdit", ApplyWorkspaceEditResponse.class, ApplyWorkspaceEditParams.class);
        request("client/registerCapability", Void.class, RegistrationParams.class);
        request("client/unregisterCapability", Void.class, UnregistrationParams.class);
        notification("telemetry/event", Object.class);
        notification("textDocument/publishDiagnostics", PublishDiagnosticsParams.class);
        notification("window/showMessage", MessageParams.class);
        request("window/showMessageRequest", MessageActionItem.class, ShowMessageRequestParams.class);
        request("window/showDocument", ShowDocumentResult.class, ShowDocumentParams.class);
        notification("window/logMessage", MessageParams.class);
        request("workspace/workspaceFolders", ServerEndpoint.list(WorkspaceFolder.class), null);
        request("window/workDoneProgress/create", Void.class, WorkDoneProgressCreateParams.class);
        notification("$/progress", ProgressParams.class);
        notification("$/logTrace", LogTraceParams.class);
    }

    private static void request(String name, Type result, Type param) {
        METHODS.put(name, param == null ? JsonRpcMethod.request(name, result) : JsonRpcMethod.request(name, result, param));
    }

    private static void notification(String name, Type param) {
        METHODS.put(name, JsonRpcMethod.notification(name, param));
    }

    /** The JSON types of what the server sends, for parsing the editor's answers. */
    static Map<String, JsonRpcMethod> methods() {
        return Collections.unmodifiableMap(METHODS);
    }

    private final Endpoint remote;

    RemoteClient(Endpoint remote) {
        this.remote = remote;
    }

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<T> request(String method, Object params) {
        return (CompletableFuture<T>) remote.request(method, params);
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        return request("workspace/applyEdit", params);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        return request("client/registerCapability", params);
    }

    @Override
    public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
        return request("client/unregisterCapability", params);
    }

    @Override
    public void telemetryEvent(Object object) {
        remote.notify("telemetry/event", object);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        remote.notify("textDocument/publishDiagnostics", diagnostics);
    }

    @Override
    public void showMessage(MessageParams params) {
        remote.notify("window/showMessage", params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return request("window/showMessageRequest", params);
    }

    @Override
    public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
        return request("window/showDocument", params);
    }

    @Override
    public void logMessage(MessageParams message) {
        remote.notify("window/logMessage", message);
    }

    @Override
    public CompletableFuture<List<WorkspaceFolder>> workspaceFolders() {
        return request("workspace/workspaceFolders", null);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        return request("workspace/configuration", params);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        return request("window/workDoneProgress/create", params);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        remote.notify("$/progress", params);
    }

    @Override
    public void logTrace(LogTraceParams params) {
        remote.notify("$/logTrace", params);
    }

    @Override
    public CompletableFuture<Void> refreshSemanticTokens() {
        return request("workspace/semanticTokens/refresh", null);
    }

    @Override
    public CompletableFuture<Void> refreshCodeLenses() {
        return request("workspace/codeLens/refresh", null);
    }

    @Override
    public CompletableFuture<Void> refreshInlayHints() {
        return request("workspace/inlayHint/refresh", null);
    }

    @Override
    public CompletableFuture<Void> refreshInlineValues() {
        return request("workspace/inlineValue/refresh", null);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        return request("workspace/diagnostic/refresh", null);
    }

    @Override
    public CompletableFuture<Void> refreshFoldingRanges() {
        return request("workspace/foldingRange/refresh", null);
    }

    @Override
    public CompletableFuture<Void> refreshTextDocumentContent(TextDocumentContentRefreshParams params) {
        return request("workspace/textDocumentContent/refresh", params);
    }
}
