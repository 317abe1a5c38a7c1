package dev.dockmentor.lsp;

import com.google.gson.GsonBuilder;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * LSP4J's launcher (its stream reader and writer, JSON handler, cancellation and message ordering) with
 * dockmentor's written-out method tables in place of its reflective wiring: {@link ServerEndpoint} serves,
 * {@link RemoteClient} calls the editor. Everything else is LSP4J's.
 */
final class ServerLauncher extends Launcher.Builder<LanguageClient> {
    private final DockmentorServer server;

    private ServerLauncher(DockmentorServer server) {
        this.server = server;
        setLocalService(server);
        setRemoteInterface(LanguageClient.class);
        configureGson(ServerLauncher::configure);
    }

    /** dockmentor's additions to LSP4J's Gson: diagnostics written by hand ({@link DiagnosticsJson}). */
    static void configure(GsonBuilder gson) {
        gson.registerTypeAdapterFactory(new DiagnosticsJson());
    }

    /** A JSON handler as the launcher's (the warm-up serializes publishes with one). */
    static MessageJsonHandler jsonHandler() {
        return new MessageJsonHandler(methods(), ServerLauncher::configure);
    }

    /** A builder for this server; set its streams (and anything else) and {@code create()}. */
    static ServerLauncher of(DockmentorServer server) {
        return new ServerLauncher(server);
    }

    /** The launcher serving this server on these streams, the server connected to its client. */
    static Launcher<LanguageClient> create(DockmentorServer server, InputStream in, OutputStream out) {
        return create(server, in, out, MessageGuard.DEFAULT_LIMIT);
    }

    /** As above, refusing messages over {@code maxMessageBytes} ({@link MessageGuard}). */
    static Launcher<LanguageClient> create(DockmentorServer server, InputStream in, OutputStream out, long maxMessageBytes) {
        ServerLauncher b = of(server);
        Launcher<LanguageClient> l = b.setInput(new MessageGuard(in, maxMessageBytes, b::refused)).setOutput(out).create();
        server.connect(l.getRemoteProxy());
        return l;
    }

    /** A message skipped for its size: a request still gets its answer (an error), then the server says why. */
    private void refused(MessageGuard.Oversized o) {
        MessageConsumer out = outgoing;
        if (o.isRequest() && out != null) {
            ResponseMessage r = new ResponseMessage();
            String id = o.id();
            if (id.startsWith("\"")) r.setId(id.substring(1, id.length() - 1));
            else r.setRawId(Either.forRight(Long.parseLong(id)));
            r.setError(new ResponseError(ResponseErrorCode.InvalidRequest, "Message of " + o.bytes() + " bytes refused: more than "
                    + o.limitText() + " (-Ddockmentor.maxMessageBytes)", null));
            try {
                out.consume(r);
            } catch (RuntimeException e) {
                // the client is gone: nothing to answer
            }
        }
        server.refused(o);
    }

    private volatile MessageConsumer outgoing;

    /** Every method's JSON types: what the editor may send and the answers to what the server asks. */
    static Map<String, JsonRpcMethod> methods() {
        Map<String, JsonRpcMethod> all = new LinkedHashMap<>(RemoteClient.methods());
        all.putAll(ServerEndpoint.methods());
        return all;
    }

    @Override
    protected Map<String, JsonRpcMethod> getSupportedMethods() {
        return methods();
    }

    @Override
    protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
        // As Launcher.Builder does, with the written-out endpoint in place of a reflective GenericEndpoint.
        MessageConsumer out = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
        outgoing = out;
        ServerEndpoint local = new ServerEndpoint(server);
        RemoteEndpoint remote = exceptionHandler == null ? new RemoteEndpoint(out, local) : new RemoteEndpoint(out, local, exceptionHandler);
        jsonHandler.setMethodProvider(remote);
        remote.setJsonHandler(jsonHandler);
        return remote;
    }

    @Override
    protected LanguageClient createProxy(RemoteEndpoint remoteEndpoint) {
        return new RemoteClient(remoteEndpoint);
    }
}
