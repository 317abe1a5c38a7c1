package dev.dockmentor.lsp;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;

/** Document symbols (stages with their instructions) and go-to-definition of stage references. */
final class Navigation {
    private static final int MAX_NAME = 60;

    private Navigation() {}

    static List<DocumentSymbol> symbols(Document doc) {
        Dockerfile df = doc.dockerfile();
        List<DocumentSymbol> out = new ArrayList<>();
        if (df == null) return out;
        for (Instruction i : df.globalArgs) out.add(instructionSymbol(i, SymbolKind.Variable));
        for (Stage s : df.stages) {
            Instruction last = s.instructions.isEmpty() ? s.from : s.instructions.get(s.instructions.size() - 1);
            Range range = new Range(s.from.range.start(), max(s.from.range.end(), last.range.end()));
            Range sel = s.nameRange != null ? s.nameRange : s.from.keywordRange;
            String name = s.rawName != null && !s.rawName.isBlank() ? s.rawName : "stage " + s.index;
            DocumentSymbol sym = new DocumentSymbol(name, SymbolKind.Class, Convert.lsp(range), Convert.lsp(clip(sel, range)),
                    truncate(s.from.toString()));
            List<DocumentSymbol> children = new ArrayList<>();
            for (Instruction i : s.instructions) if (i != s.from) children.add(instructionSymbol(i, SymbolKind.Method));
            sym.setChildren(children);
            out.add(sym);
        }
        return out;
    }

    private static DocumentSymbol instructionSymbol(Instruction i, SymbolKind kind) {
        String detail = truncate(i.argsText());
        // LSP forbids an empty or blank name (VS Code then drops the whole outline): a line holding only a
        // continuation at the end of the file is an instruction with no keyword.
        String name = (i.keyword + " " + detail).strip();
        return new DocumentSymbol(name.isEmpty() ? "(empty instruction)" : name, kind, Convert.lsp(i.range),
                Convert.lsp(clip(i.keywordRange, i.range)));
    }

    /** The FROM of the stage referenced under the cursor (COPY --from, FROM stage, RUN --mount from=). */
    static List<Location> definition(Document doc, Position pos) {
        Dockerfile df = doc.dockerfile();
        if (df == null) return List.of();
        for (Instruction i : df.instructions) {
            if (pos.line() < i.startLine || pos.line() > i.endLine) continue;
            Optional<String> ref = stageRefAt(df, i, pos);
            if (ref.isEmpty()) return List.of();
            Optional<Stage> target = df.stageRef(ref.get());
            int here = i.stageIndex();
            if (target.isEmpty() || (here >= 0 && target.get().index >= here)) return List.of();
            Stage t = target.get();
            Range r = t.nameRange != null ? t.nameRange : t.from.range;
            return List.of(new Location(doc.uri, Convert.lsp(r)));
        }
        return List.of();
    }

    private static Optional<String> stageRefAt(Dockerfile df, Instruction i, Position pos) {
        if (i.is("FROM")) {
            for (Stage s : df.stages) {
                if (s.from == i && s.imageWord != null && s.imageWord.range().contains(pos)) return Optional.of(s.imageWord.value());
            }
            return Optional.empty();
        }
        for (Flag f : i.flags) {
            if (f.valueRange() == null || f.value() == null || !f.valueRange().contains(pos)) continue;
            if (f.name().equalsIgnoreCase("from")) return Optional.of(f.value());
            if (f.name().equalsIgnoreCase("mount")) return mountFrom(f, pos);
        }
        return Optional.empty();
    }

    /** {@code from=X} inside {@code --mount=type=cache,from=X,...} when the cursor is on it. */
    private static Optional<String> mountFrom(Flag f, Position pos) {
        if (f.valueRange().start().line() != f.valueRange().end().line()) return Optional.empty();
        int col = pos.character() - f.valueRange().start().character();
        int start = 0;
        for (String part : f.value().split(",", -1)) {
            int end = start + part.length();
            if (col >= start && col <= end && part.toLowerCase().startsWith("from=")) return Optional.of(part.substring(5));
            start = end + 1;
        }
        return Optional.empty();
    }

    private static Position max(Position a, Position b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** LSP requires the selection range inside the range. */
    private static Range clip(Range sel, Range range) {
        return range.contains(sel.start()) && range.contains(sel.end()) ? sel : new Range(range.start(), range.start());
    }

    private static String truncate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_NAME ? one : one.substring(0, MAX_NAME - 1) + "…";
    }
}
