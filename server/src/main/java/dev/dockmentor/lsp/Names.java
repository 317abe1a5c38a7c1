package dev.dockmentor.lsp;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.compose.ComposeProject;
import dev.dockmentor.ide.ComposeNames;
import dev.dockmentor.ide.DockerfileNames;
import dev.dockmentor.ide.Occurrence;
import dev.dockmentor.ide.Rename;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.text.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/** References, highlights and rename: the core's name tables ({@link dev.dockmentor.ide}) in LSP's types. */
final class Names {
    private Names() {}

    /** The names of the document, and for compose of every file merged with it (base, override). */
    static List<Occurrence> table(Document d, Supplier<ComposeProject> project) {
        if (d.kind == FileKind.COMPOSE) {
            List<Occurrence> out = new ArrayList<>();
            ComposeProject p = project.get();
            for (ComposeFile f : p.files) out.addAll(ComposeNames.of(f.path != null && f.path.equals(d.pathString()) ? d.compose() : f));
            return out;
        }
        return DockerfileNames.of(d.dockerfile(), d.pathString());
    }

    static List<Location> references(Document d, List<Occurrence> table, Position pos, boolean withDeclaration) {
        Optional<Occurrence> at = Rename.at(table, d.pathString(), pos);
        List<Location> out = new ArrayList<>();
        if (at.isEmpty()) return out;
        for (Occurrence o : Rename.references(table, at.get())) {
            if (o.declaration() && !withDeclaration) continue;
            out.add(new Location(Convert.uri(o.path(), d), Convert.lsp(o.range())));
        }
        return out;
    }

    static List<DocumentHighlight> highlights(Document d, List<Occurrence> table, Position pos) {
        Optional<Occurrence> at = Rename.at(table, d.pathString(), pos);
        List<DocumentHighlight> out = new ArrayList<>();
        if (at.isEmpty()) return out;
        for (Occurrence o : Rename.references(table, at.get())) {
            if (!java.util.Objects.equals(o.path(), d.pathString())) continue;
            out.add(new DocumentHighlight(Convert.lsp(o.range()), o.declaration() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read));
        }
        return out;
    }

    static PrepareRenameResult prepare(Document d, List<Occurrence> table, Position pos, String locale) {
        Rename.Target t = Rename.prepare(table, d.pathString(), pos);
        if (!t.ok()) throw refused(t.refusal(), locale);
        return new PrepareRenameResult(Convert.lsp(t.at().range()), t.at().name());
    }

    static WorkspaceEdit rename(Document d, List<Occurrence> table, Position pos, String newName, String locale) {
        Rename.Target t = Rename.prepare(table, d.pathString(), pos);
        if (!t.ok()) throw refused(t.refusal(), locale);
        Optional<Msg> invalid = Rename.invalidName(t.at().kind(), newName);
        if (invalid.isPresent()) throw refused(invalid.get(), locale);
        Optional<Msg> clash = Rename.clash(table, t.at(), newName);
        if (clash.isPresent()) throw refused(clash.get(), locale);
        Map<String, List<TextEdit>> changes = new HashMap<>();
        for (var e : Rename.edits(table, t.at(), newName).entrySet()) {
            List<TextEdit> edits = new ArrayList<>();
            for (dev.dockmentor.text.TextEdit te : e.getValue()) edits.add(new TextEdit(Convert.lsp(te.range()), te.newText()));
            changes.put(Convert.uri(e.getKey(), d), edits);
        }
        return new WorkspaceEdit(changes);
    }

    /** A refusal the client shows as it is (VS Code: a notification under the rename box). */
    private static ResponseErrorException refused(Msg why, String locale) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, why.get(locale), null));
    }
}
