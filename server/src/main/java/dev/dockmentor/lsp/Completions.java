package dev.dockmentor.lsp;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Keywords;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Dockerfile completion: instructions at a line start, flags after {@code --}, stages after {@code from=}. */
final class Completions {
    private static final Pattern KEYWORD = Pattern.compile("^\\s*([A-Za-z]*)$");
    private static final Pattern FROM_REF = Pattern.compile("(?:--from=|[,=]from=)([A-Za-z0-9_.-]*)$");
    private static final Pattern FROM_TAG = Pattern.compile("(?i)^\\s*FROM\\s+(?:--\\S+\\s+)*([a-z0-9][a-z0-9._/-]*):([A-Za-z0-9._-]*)$");
    private static final Pattern FLAG = Pattern.compile("^\\s*([A-Za-z]+)\\s+(?:--\\S+\\s+)*--([a-z-]*)$");

    private Completions() {}

    static List<CompletionItem> complete(Document doc, Position pos) {
        return complete(doc, pos, "en");
    }

    static List<CompletionItem> complete(Document doc, Position pos, String locale) {
        if (doc.kind != dev.dockmentor.rules.FileKind.DOCKERFILE) return List.of();
        LineIndex lines = doc.lines();
        if (pos.line() < 0 || pos.line() >= lines.lineCount()) return List.of();
        int lineStart = lines.lineStart(pos.line());
        int cursor = lines.offset(pos);
        pos = lines.position(cursor);
        String prefix = doc.text.substring(lineStart, cursor);
        List<CompletionItem> out = new ArrayList<>();
        Matcher m = FROM_REF.matcher(prefix);
        if (m.find()) {
            Dockerfile df = doc.dockerfile();
            if (df == null) return out;
            for (Stage s : df.stages) {
                if (s.rawName == null || s.from.startLine >= pos.line()) continue;
                out.add(item(s.rawName, CompletionItemKind.Reference, pos, m.group(1).length(), "FROM " + s.from.argsText()));
            }
            return out;
        }
        m = FROM_TAG.matcher(prefix);
        if (m.matches()) {
            // A language image's variants with their sizes, once a version is typed (the core's ide.ImageTags).
            for (var t : dev.dockmentor.ide.ImageTags.offer(dev.dockmentor.kb.KnowledgeBase.get(), m.group(1), m.group(2))) {
                CompletionItem it = item(t.tag(), CompletionItemKind.Value, pos, m.group(2).length(), t.detail());
                it.setSortText(String.format("%02d", t.rank()));
                it.setDocumentation(new org.eclipse.lsp4j.MarkupContent("markdown", t.documentation().get(locale == null ? "en" : locale)));
                out.add(it);
            }
            return out;
        }
        // A package manager's options, where an install is being written (on a continuation line too).
        List<CompletionItem> packageFlags = packageFlags(doc, lines, pos, cursor, locale);
        if (packageFlags != null) return packageFlags;
        if (continued(lines, pos.line(), doc)) return out;
        m = KEYWORD.matcher(prefix);
        if (m.matches()) {
            boolean lower = !m.group(1).isEmpty() && m.group(1).equals(m.group(1).toLowerCase(Locale.ROOT));
            for (String k : Keywords.ALL) {
                if (k.equals("MAINTAINER")) continue; // deprecated
                String label = lower ? k.toLowerCase(Locale.ROOT) : k;
                CompletionItem it = item(label, CompletionItemKind.Keyword, pos, m.group(1).length(), null);
                it.setInsertText(label + " ");
                ((TextEdit) it.getTextEdit().getLeft()).setNewText(label + " ");
                out.add(it);
            }
            return out;
        }
        m = FLAG.matcher(prefix);
        if (m.matches()) {
            var flags = Keywords.FLAGS.get(m.group(1).toUpperCase(Locale.ROOT));
            if (flags == null) return out;
            for (String f : new TreeSet<>(flags)) {
                boolean bool = Keywords.BOOLEAN_FLAGS.contains(f);
                CompletionItem it = item(f, CompletionItemKind.Property, pos, m.group(2).length(), null);
                ((TextEdit) it.getTextEdit().getLeft()).setNewText(bool ? f : f + "=");
                out.add(it);
            }
        }
        return out;
    }

    private static List<CompletionItem> packageFlags(Document doc, LineIndex lines, Position pos, int cursor, String locale) {
        // The instruction's text up to the cursor: back over continuation lines (at most 50).
        int first = pos.line();
        while (first > 0 && pos.line() - first < 50 && continued(lines, first, doc)) first--;
        String before = doc.text.substring(lines.lineStart(first), cursor).replaceAll("\\\\\r?\n", " ");
        if (!before.stripLeading().regionMatches(true, 0, "RUN", 0, 3)) return null;
        var offer = dev.dockmentor.shell.PackageFlags.at(before);
        if (offer == null) return null;
        List<CompletionItem> out = new ArrayList<>();
        int rank = 0;
        for (var f : offer.flags()) {
            CompletionItem it = item(f.text(), CompletionItemKind.Property, pos, offer.typed(), null);
            it.setSortText(String.format("%02d", rank++)); // the rules' recommendation first
            it.setDocumentation(new org.eclipse.lsp4j.MarkupContent("markdown", locale != null && locale.startsWith("es") ? f.es() : f.en()));
            out.add(it);
        }
        return out;
    }

    /** True when the previous line ends with the escape character: this line continues an instruction. */
    private static boolean continued(LineIndex lines, int line, Document doc) {
        if (line == 0) return false;
        String prev = lines.lineText(line - 1).stripTrailing();
        Dockerfile df = doc.dockerfile();
        char esc = df == null ? '\\' : df.escape;
        return !prev.isEmpty() && prev.charAt(prev.length() - 1) == esc && !prev.stripLeading().startsWith("#");
    }

    private static CompletionItem item(String label, CompletionItemKind kind, Position pos, int typed, String detail) {
        CompletionItem it = new CompletionItem(label);
        it.setKind(kind);
        if (detail != null) it.setDetail(detail);
        Range r = new Range(new Position(pos.line(), Math.max(0, pos.character() - typed)), pos);
        it.setTextEdit(Either.forLeft(new TextEdit(Convert.lsp(r), label)));
        return it;
    }
}
