package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.junit.jupiter.api.Test;

/**
 * The written-out JSON-RPC tables ({@link ServerEndpoint}, {@link RemoteClient}) against what LSP4J's own
 * reflection finds, so that neither a typo nor an LSP4J upgrade can make them drift apart silently.
 */
class RpcTablesTest {
    /** The one deliberate difference: initialize is read as JSON (see DockmentorServer.initialize(JsonObject)). */
    private static final Map<String, Type> READ_AS_JSON = Map.of("initialize", JsonObject.class);

    @Test
    void theClientTableIsExactlyWhatLsp4jReflectsFromLanguageClient() {
        Map<String, JsonRpcMethod> reflected = ServiceEndpoints.getSupportedMethods(LanguageClient.class);
        assertEquals(new TreeSet<>(reflected.keySet()), new TreeSet<>(RemoteClient.methods().keySet()));
        for (JsonRpcMethod m : RemoteClient.methods().values()) assertSame(reflected.get(m.getMethodName()), m, null);
    }

    @Test
    void everyLanguageClientMethodSendsItsOwnRequestOrNotification() throws Exception {
        List<Message> sent = new ArrayList<>();
        RemoteClient client = new RemoteClient(new RemoteEndpoint(sent::add, new ServerEndpoint(server())));
        int checked = 0;
        for (Method m : LanguageClient.class.getMethods()) {
            JsonRequest req = m.getAnnotation(JsonRequest.class);
            JsonNotification note = m.getAnnotation(JsonNotification.class);
            if (req == null && note == null) continue;
            sent.clear();
            m.invoke(client, new Object[m.getParameterCount()]);
            assertEquals(1, sent.size(), m.getName());
            String name = req != null ? req.value() : note.value();
            if (req != null) {
                assertTrue(sent.get(0) instanceof RequestMessage r && r.getMethod().equals(name), m.getName() + " sends request " + name);
            } else {
                assertTrue(sent.get(0) instanceof NotificationMessage n && n.getMethod().equals(name), m.getName() + " sends notification " + name);
            }
            checked++;
        }
        assertEquals(RemoteClient.methods().size(), checked);
    }

    @Test
    void everyServedMethodHasTheTypesLsp4jReflects() {
        Map<String, JsonRpcMethod> reflected = ServiceEndpoints.getSupportedMethods(DockmentorServer.class);
        for (JsonRpcMethod m : ServerEndpoint.methods().values()) {
            JsonRpcMethod r = reflected.get(m.getMethodName());
            assertNotNull(r, m.getMethodName() + " is an LSP method");
            assertSame(r, m, READ_AS_JSON.get(m.getMethodName()));
        }
    }

    @Test
    void everyLspMethodTheServerImplementsIsServedAndNothingElse() {
        DockmentorServer s = server();
        Set<String> implemented = new TreeSet<>();
        implemented(LanguageServer.class, s.getClass(), implemented);
        implemented(TextDocumentService.class, s.getTextDocumentService().getClass(), implemented);
        implemented(WorkspaceService.class, s.getWorkspaceService().getClass(), implemented);
        assertEquals(implemented, new TreeSet<>(ServerEndpoint.methods().keySet()));
    }

    @Test
    void theEndpointCallsTheServerForExactlyTheTabledMethods() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ServerEndpoint e = new ServerEndpoint(new DockmentorServer(new PrintStream(err, true)));
        Set<String> called = new TreeSet<>();
        for (JsonRpcMethod m : ServiceEndpoints.getSupportedMethods(DockmentorServer.class).values()) {
            String name = m.getMethodName();
            if (name.startsWith("$/")) continue; // optional methods are ignored silently either way
            if (m.isNotification()) {
                err.reset();
                try {
                    e.notify(name, null);
                } catch (RuntimeException reachedTheServer) {
                    // no params: the server's own code failed, so it was called
                }
                if (!err.toString().contains("ignored unsupported notification " + name)) called.add(name);
            } else {
                CompletableFuture<?> f;
                try {
                    f = e.request(name, null);
                } catch (RuntimeException reachedTheServer) {
                    called.add(name);
                    continue;
                }
                if (!notFound(f)) called.add(name);
            }
        }
        assertEquals(new TreeSet<>(ServerEndpoint.methods().keySet()), called);
    }

    private static boolean notFound(CompletableFuture<?> f) {
        try {
            f.getNow(null);
            return false;
        } catch (java.util.concurrent.CompletionException x) {
            return x.getCause() instanceof ResponseErrorException r && r.getResponseError().getCode() == ResponseErrorCode.MethodNotFound.getValue();
        } catch (RuntimeException x) {
            return false;
        }
    }

    @Test
    void anUnknownRequestIsMethodNotFoundAndOptionalOnesAnswerNull() throws Exception {
        ServerEndpoint e = new ServerEndpoint(server());
        ExecutionException x = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> e.request("textDocument/onTypeFormatting", null).get());
        assertTrue(x.getCause() instanceof ResponseErrorException r && r.getResponseError().getCode() == ResponseErrorCode.MethodNotFound.getValue());
        assertNull(e.request("$/something", null).get());
        // A notification the server does not serve is ignored; a request name sent as a notification too.
        e.notify("textDocument/willSave", null);
        e.notify("textDocument/hover", null);
    }

    @Test
    void initializeAnswersWhatLsp4jsTypesSayForPushAndPullClients() {
        Gson gson = new MessageJsonHandler(Map.of()).getGson();
        for (boolean pull : new boolean[] {false, true}) {
            JsonObject params = JsonParser.parseString(pull ? "{\"capabilities\":{\"textDocument\":{\"diagnostic\":{}}}}" : "{\"capabilities\":{}}")
                    .getAsJsonObject();
            JsonObject got = server().initialize(params);
            ServerCapabilities caps = new ServerCapabilities();
            TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
            sync.setOpenClose(true);
            sync.setChange(TextDocumentSyncKind.Incremental);
            sync.setSave(new SaveOptions(false));
            caps.setTextDocumentSync(sync);
            caps.setHoverProvider(true);
            caps.setDefinitionProvider(true);
            caps.setDocumentSymbolProvider(true);
            caps.setReferencesProvider(true);
            caps.setDocumentHighlightProvider(true);
            caps.setRenameProvider(new org.eclipse.lsp4j.RenameOptions(true));
            caps.setFoldingRangeProvider(true);
            caps.setDocumentFormattingProvider(true);
            caps.setDocumentRangeFormattingProvider(true);
            caps.setDocumentLinkProvider(new org.eclipse.lsp4j.DocumentLinkOptions(false));
            caps.setInlayHintProvider(true);
            caps.setSignatureHelpProvider(new org.eclipse.lsp4j.SignatureHelpOptions(List.of(" ")));
            var legend = new org.eclipse.lsp4j.SemanticTokensLegend(List.of("keyword", "parameter", "variable", "string", "comment", "macro"), List.of());
            var st = new org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions(legend);
            st.setFull(true);
            caps.setSemanticTokensProvider(st);
            caps.setCompletionProvider(new CompletionOptions(false, List.of("-", "=")));
            caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll + ".dockmentor")));
            caps.setExecuteCommandProvider(new org.eclipse.lsp4j.ExecuteCommandOptions(List.of("dockmentor.explain")));
            if (pull) {
                DiagnosticRegistrationOptions d = new DiagnosticRegistrationOptions(true, false);
                d.setIdentifier("dockmentor");
                caps.setDiagnosticProvider(d);
            }
            String version = got.getAsJsonObject("serverInfo").get("version").getAsString();
            assertEquals(gson.toJsonTree(new InitializeResult(caps, new ServerInfo("dockmentor", version))), got, pull ? "pull" : "push");
        }
    }

    @Test
    void initializeWithoutParamsOrWithMalformedOnesStillAnswers() {
        assertNotNull(server().initialize((JsonObject) null).getAsJsonObject("capabilities"));
        DockmentorServer s = server();
        s.initialize(JsonParser.parseString("{\"capabilities\":[1],\"locale\":5,\"initializationOptions\":\"x\"}").getAsJsonObject());
        assertFalse(s.support.configuration());
        assertNull(s.clientLocale);
    }

    /** The LSP methods this class overrides from the interface (its own code, not the interface's default). */
    private static void implemented(Class<?> iface, Class<?> impl, Set<String> out) {
        JsonSegment seg = iface.getAnnotation(JsonSegment.class);
        String prefix = seg == null ? "" : seg.value() + "/";
        for (Method m : iface.getMethods()) {
            if (m.getDeclaringClass() != iface || Modifier.isStatic(m.getModifiers())) continue;
            JsonRequest req = m.getAnnotation(JsonRequest.class);
            JsonNotification note = m.getAnnotation(JsonNotification.class);
            String value = req != null ? req.value() : note != null ? note.value() : null;
            if (value == null) continue;
            Method own;
            try {
                own = impl.getMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
            }
            if (own.getDeclaringClass() == iface) continue; // the interface's default: not served
            boolean useSegment = req != null ? req.useSegment() : note.useSegment();
            String name = value.isEmpty() ? m.getName() : value;
            out.add(useSegment ? prefix + name : name);
        }
    }

    private static void assertSame(JsonRpcMethod expected, JsonRpcMethod actual, Type paramInstead) {
        String n = actual.getMethodName();
        assertEquals(expected.getMethodName(), n);
        assertEquals(expected.isNotification(), actual.isNotification(), n);
        Type[] want = expected.getParameterTypes();
        if (paramInstead != null) want = new Type[] {paramInstead};
        assertEquals(want.length, actual.getParameterTypes().length, n);
        for (int i = 0; i < want.length; i++) assertEquals(TypeToken.get(want[i]), TypeToken.get(actual.getParameterTypes()[i]), n);
        assertEquals(TypeToken.get(expected.getReturnType()), TypeToken.get(actual.getReturnType()), n);
        assertEquals(factory(expected), factory(actual), n);
    }

    private static Class<?> factory(JsonRpcMethod m) {
        return m.getReturnTypeAdapterFactory() == null ? null : m.getReturnTypeAdapterFactory().getClass();
    }

    private static DockmentorServer server() {
        return new DockmentorServer(new PrintStream(OutputStream.nullOutputStream()));
    }
}
