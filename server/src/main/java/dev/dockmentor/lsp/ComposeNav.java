package dev.dockmentor.lsp;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.compose.ComposeModel;
import dev.dockmentor.compose.ComposeProject;
import dev.dockmentor.compose.Interpolation;
import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.Volume;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;

/**
 * Compose files in the editor: document symbols (services, networks, volumes, secrets, configs),
 * go-to-definition (service references, named volumes/networks/secrets/configs, alias to anchor),
 * and hovers on keys and on {@code image:} values. References resolve in the merged project (base
 * and override), so a definition can be in the other file.
 */
final class ComposeNav {
    static final List<String> GROUPS = List.of("services", "networks", "volumes", "secrets", "configs");

    /** Where a position is in the tree: the keys down to it, and the entry key or the scalar under it. */
    record Spot(List<String> path, YNode.Entry entry, boolean onKey, YNode node) {
        String last(int fromEnd) {
            return path.size() > fromEnd ? path.get(path.size() - 1 - fromEnd) : null;
        }
    }

    private ComposeNav() {}

    // ---- symbols ------------------------------------------------------------------------------

    static List<DocumentSymbol> symbols(Document doc) {
        ComposeFile f = doc.compose();
        List<DocumentSymbol> out = new ArrayList<>();
        if (f == null || f.root == null || !f.root.isMap()) return out;
        for (YNode.Entry group : f.root.entries) {
            if (group.merged() || !GROUPS.contains(group.name())) continue;
            Range range = span(group.key(), group.value());
            DocumentSymbol g = new DocumentSymbol(group.name(), SymbolKind.Namespace, Convert.lsp(range), Convert.lsp(group.key().range));
            List<DocumentSymbol> children = new ArrayList<>();
            if (group.value().isMap()) {
                for (YNode.Entry e : group.value().entries) {
                    if (e.merged() || e.name() == null || e.name().startsWith("x-") || !own(e.key(), group.key())) continue;
                    // LSP forbids an empty or blank name (VS Code then drops the whole outline): `"":` or `? ` shows quoted.
                    String name = e.name().isBlank() ? '"' + e.name() + '"' : e.name();
                    DocumentSymbol s = new DocumentSymbol(name, kind(group.name()), Convert.lsp(span(e.key(), e.value())),
                            Convert.lsp(e.key().range));
                    String detail = detail(group.name(), e.value());
                    if (detail != null) s.setDetail(detail);
                    children.add(s);
                }
            }
            g.setChildren(children);
            out.add(g);
        }
        return out;
    }

    private static boolean own(YNode key, YNode groupKey) {
        return key.range.start().compareTo(groupKey.range.start()) > 0;
    }

    private static SymbolKind kind(String group) {
        return switch (group) {
            case "services" -> SymbolKind.Class;
            case "networks" -> SymbolKind.Interface;
            case "volumes" -> SymbolKind.Struct;
            case "secrets" -> SymbolKind.Key;
            default -> SymbolKind.Object;
        };
    }

    private static String detail(String group, YNode v) {
        if (!group.equals("services") || v == null || !v.isMap()) return null;
        if (v.str("image") != null) return v.str("image");
        return v.get("build") != null ? "build" : null;
    }

    /** From the key to the end of its value (LSP wants the selection inside the range). */
    private static Range span(YNode key, YNode value) {
        Position end = value != null && value.range.end().compareTo(key.range.end()) > 0
                && value.range.start().compareTo(key.range.start()) > 0 ? value.range.end() : key.range.end();
        return new Range(key.range.start(), end);
    }

    // ---- position ------------------------------------------------------------------------------

    static Spot locate(YNode root, Position pos) {
        List<String> path = new ArrayList<>();
        if (root == null) return new Spot(path, null, false, null);
        Set<YNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        YNode n = root;
        YNode.Entry via = null;
        while (n != null && seen.add(n)) {
            YNode next = null;
            if (n.isMap()) {
                for (YNode.Entry e : n.entries) {
                    if (e.merged()) continue;
                    if (e.key().range.contains(pos)) return new Spot(path, e, true, e.key());
                    if (e.value().range.contains(pos) && e.value().range.start().compareTo(e.key().range.start()) > 0) {
                        path.add(e.name() == null ? "" : e.name());
                        next = e.value();
                        via = e;
                        break;
                    }
                }
            } else if (n.isSeq()) {
                for (YNode i : n.items) {
                    if (i.range.contains(pos)) {
                        path.add(ComposeKeys.ITEM);
                        next = i;
                        break;
                    }
                }
            } else {
                return new Spot(path, via, false, n);
            }
            if (next == null) return new Spot(path, null, false, n);
            n = next;
        }
        return new Spot(path, via, false, n);
    }

    /**
     * The compose project around this snapshot: the one its analysis loaded when that analysis is of this very
     * snapshot (it is dropped when a file it read changes), else loaded now.
     */
    static ComposeProject project(Document doc, Analysis kept, ProjectFiles files) {
        if (kept != null && kept.doc() == doc && kept.project() != null) return kept.project();
        ComposeFile parsed = doc.compose();
        return parsed != null ? ComposeProject.load(parsed, files) : ComposeProject.load(doc.pathString(), doc.text, files);
    }

    // ---- hover -----------------------------------------------------------------------------------

    /** On a key: what it does. On a service's {@code image:} value: what the knowledge base knows. */
    static String hover(Document doc, Supplier<ComposeProject> project, Position pos, String locale) {
        ComposeFile f = doc.compose();
        if (f == null || f.root == null) return null;
        Spot at = locate(f.root, pos);
        if (at.onKey()) {
            String section = ComposeKeys.sectionAt(at.path());
            return section == null ? null : ComposeKeys.markdown(section, at.entry().name(), locale);
        }
        if (at.node() != null && at.node().isScalar() && at.path().size() == 3 && "services".equals(at.path().get(0))
                && "image".equals(at.last(0)) && at.node().text() != null) {
            String image = at.node().text();
            if (image.contains("$")) {
                Map<String, String> env = project.get().env;
                image = Interpolation.resolve(image, env).text();
                if (image == null) return null;
            }
            if (image.isBlank()) return null;
            return ImageFacts.describe(ImageRef.parse(image.strip()), locale);
        }
        return null;
    }

    // ---- definition ------------------------------------------------------------------------------

    static List<Location> definition(Document doc, ProjectFiles files, Supplier<ComposeProject> projects, Position pos) {
        ComposeFile f = doc.compose();
        if (f == null) return List.of();
        Location alias = aliasTarget(doc, pos);
        if (alias != null) return List.of(alias);
        if (f.root == null) return List.of();
        Spot at = locate(f.root, pos);
        List<String> p = at.path();
        if (p.size() < 3 || !"services".equals(p.get(0))) return List.of();
        String key = p.get(2);
        YNode n = at.onKey() ? at.entry().key() : at.node();
        if (n == null || n.text() == null) return List.of();
        String text = n.text();
        ComposeProject project = null;
        String service = null;
        String top = null;
        String name = null;
        int depth = p.size();
        switch (key) {
            case "depends_on" -> {
                if ((at.onKey() && depth == 3) || (!at.onKey() && depth == 4 && p.get(3).equals(ComposeKeys.ITEM))) service = text;
            }
            case "links", "volumes_from" -> {
                if (!at.onKey() && depth == 4) service = text.startsWith("container:") ? null : text.split(":")[0];
            }
            case "network_mode" -> {
                if (!at.onKey() && depth == 3 && text.startsWith("service:")) service = text.substring(8);
            }
            case "extends" -> {
                if (!at.onKey() && depth == 3) service = text;
                else if (!at.onKey() && depth == 4 && p.get(3).equals("service")) {
                    YNode ext = serviceNode(f, p.get(1)).get("extends");
                    String file = ext == null ? null : ext.str("file");
                    if (file != null) return inFile(doc, files, file, text);
                    service = text;
                }
            }
            case "volumes" -> {
                if (at.onKey() || depth < 4 || !p.get(3).equals(ComposeKeys.ITEM)) break;
                if (depth == 5 && p.get(4).equals("source")) {
                    top = "volumes";
                    name = text;
                } else if (depth == 4) {
                    project = projects.get();
                    Volume v = Volume.of(n, project.env);
                    if (v.isNamed()) {
                        top = "volumes";
                        name = v.source();
                    }
                }
            }
            case "networks", "secrets", "configs" -> {
                if ((at.onKey() && depth == 3 && key.equals("networks")) || (!at.onKey() && depth == 4 && p.get(3).equals(ComposeKeys.ITEM))
                        || (!at.onKey() && depth == 5 && p.get(4).equals("source"))) {
                    top = key;
                    name = text;
                }
            }
            case "build" -> {
                if (!at.onKey() && depth >= 5 && p.get(3).equals("secrets") && p.get(4).equals(ComposeKeys.ITEM)) {
                    top = "secrets";
                    name = text;
                }
            }
            default -> { }
        }
        if (service == null && top == null) return List.of();
        if (project == null) project = projects.get();
        ComposeModel m = project.model;
        YNode target = null;
        if (service != null) {
            Service s = m.services.get(service);
            target = s == null ? null : s.key;
        } else {
            YNode t = m.top(top);
            YNode.Entry e = t == null ? null : t.entry(name);
            target = e == null ? null : e.key();
        }
        return target == null ? List.of() : List.of(new Location(Convert.uri(target.path, doc), Convert.lsp(target.range)));
    }

    private static YNode serviceNode(ComposeFile f, String name) {
        YNode s = f.root.get("services", name);
        return s != null && s.isMap() ? s : YNode.mapLike(f.root);
    }

    /** {@code extends: {file: other.yaml, service: x}}: the service key in that file. */
    private static List<Location> inFile(Document doc, ProjectFiles files, String file, String service) {
        if (doc.path == null || doc.path.getParent() == null) return List.of();
        Path other = doc.path.getParent().resolve(file).normalize();
        return files.read(other).map(t -> {
            ComposeFile cf = ComposeFile.parse(other.toString(), t);
            YNode s = cf.root == null ? null : cf.root.get("services");
            YNode.Entry e = s == null ? null : s.entry(service);
            return e == null ? List.<Location>of() : List.of(new Location(other.toUri().toString(), Convert.lsp(e.key().range)));
        }).orElse(List.of());
    }

    /** {@code *name} under the cursor: the nearest {@code &name} before it (YAML's rule). */
    static Location aliasTarget(Document doc, Position pos) {
        var lines = doc.lines();
        if (pos.line() < 0 || pos.line() >= lines.lineCount()) return null;
        String line = lines.lineText(pos.line());
        int col = Math.min(pos.character(), line.length());
        int start = col, end = col;
        while (start > 0 && !boundary(line.charAt(start - 1))) start--;
        while (end < line.length() && !boundary(line.charAt(end))) end++;
        if (end - start < 2 || line.charAt(start) != '*') return null;
        String name = line.substring(start + 1, end);
        Position found = null;
        for (int l = 0; l <= pos.line(); l++) {
            String t = lines.lineText(l);
            int comment = commentStart(t);
            int from = 0;
            while (true) {
                int i = t.indexOf("&" + name, from);
                if (i < 0 || (l == pos.line() && i >= start)) break;
                int after = i + 1 + name.length();
                boolean ends = after >= t.length() || boundary(t.charAt(after));
                boolean begins = i == 0 || boundary(t.charAt(i - 1)) || t.charAt(i - 1) == ':';
                if (ends && begins && (comment < 0 || comment >= i)) found = new Position(l, i);
                from = i + 1;
            }
        }
        if (found == null) return null;
        Range r = new Range(found, new Position(found.line(), found.character() + 1 + name.length()));
        return new Location(doc.uri, Convert.lsp(r));
    }

    /**
     * Where a comment starts on a line (a '#' first or after a blank), or -1. Once per line: a regex over the
     * text before each '&name' was quadratic in a long line of anchors (80,000 chars: 13.7 s per request).
     */
    static int commentStart(String t) {
        for (int j = 0; j < t.length(); j++) {
            if (t.charAt(j) != '#') continue;
            if (j == 0 || " \t\n\u000B\f\r".indexOf(t.charAt(j - 1)) >= 0) return j;
        }
        return -1;
    }

    private static boolean boundary(char c) {
        return Character.isWhitespace(c) || c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }
}
