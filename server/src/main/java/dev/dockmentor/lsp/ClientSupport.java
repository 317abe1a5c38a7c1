package dev.dockmentor.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * What the client said it can do: the flags the server reads from initialize's {@code capabilities},
 * read from the JSON null-safely (clients omit most of it, and a malformed part counts as absent).
 */
record ClientSupport(JsonObject caps) {
    static final ClientSupport NONE = new ClientSupport(new JsonObject());

    boolean configuration() {
        return flag("workspace", "configuration");
    }

    boolean pullDiagnostics() {
        return at("textDocument", "diagnostic") instanceof JsonObject;
    }

    boolean diagnosticRefresh() {
        return flag("workspace", "diagnostics", "refreshSupport");
    }

    boolean createFiles() {
        if (!documentChanges() || !(at("workspace", "workspaceEdit", "resourceOperations") instanceof JsonArray ops)) return false;
        for (JsonElement op : ops) if (op instanceof JsonPrimitive p && p.isString() && p.getAsString().equals("create")) return true;
        return false;
    }

    boolean documentChanges() {
        return flag("workspace", "workspaceEdit", "documentChanges");
    }

    boolean hierarchicalSymbols() {
        return flag("textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport");
    }

    boolean watchedFilesRegistration() {
        return flag("workspace", "didChangeWatchedFiles", "dynamicRegistration");
    }

    boolean relativePatterns() {
        return flag("workspace", "didChangeWatchedFiles", "relativePatternSupport");
    }

    private boolean flag(String... path) {
        return at(path) instanceof JsonPrimitive p && p.isBoolean() && p.getAsBoolean();
    }

    private JsonElement at(String... path) {
        JsonElement e = caps;
        for (String key : path) {
            if (!(e instanceof JsonObject o)) return null;
            e = o.get(key);
        }
        return e;
    }
}
