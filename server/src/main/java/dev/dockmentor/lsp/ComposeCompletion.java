package dev.dockmentor.lsp;

import dev.dockmentor.compose.ComposeSpec;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.text.LineIndex;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Compose completion by position: the schema's keys for the mapping the cursor is in, service
 * names in {@code depends_on}/{@code links}/{@code extends}, and the values of enumerated keys.
 * It reads indentation, not the YAML tree, so it works in the half-typed file an editor has.
 */
final class ComposeCompletion {
    private static final Pattern KEY_AT = Pattern.compile("^( *)((?:- +)?)([A-Za-z0-9_.-]*)$");
    private static final Pattern VALUE_AT = Pattern.compile("^( *)((?:- +)?)([A-Za-z0-9_.-]+): +([A-Za-z0-9_.:-]*)$");
    /** A line as indentation sees it: spaces, an optional item dash, an optional {@code key:}. */
    private static final Pattern LINE = Pattern.compile("^( *)(- +)?(?:([\"']?)([^\\s\"'#:{}\\[\\],&*!|>][^\"'#:]*?)\\3 *:(?: +(.*))?)?\\s*$");
    private static final Set<String> SCALARS = Set.of("string", "bool", "int", "number", "duration", "size", "restart", "condition", "port");
    private static final Set<String> SERVICE_LISTS = Set.of("depends_on", "links", "volumes_from");

    private ComposeCompletion() {}

    /** One parsed line: indent, dash column (-1 when not an item), key column and key (null when none), inline value. */
    private record Line(int indent, int dash, int keyCol, String key, String value) {
        static Line of(String text) {
            if (text.isBlank() || text.stripLeading().startsWith("#")) return null;
            Matcher m = LINE.matcher(text);
            if (!m.matches()) {
                int ind = 0;
                while (ind < text.length() && text.charAt(ind) == ' ') ind++;
                boolean dash = text.startsWith("- ", ind) || text.length() == ind + 1 && text.charAt(ind) == '-';
                return new Line(ind, dash ? ind : -1, -1, null, null);
            }
            int ind = m.group(1).length();
            int dash = m.group(2) != null ? ind : -1;
            int keyCol = ind + (m.group(2) == null ? 0 : m.group(2).length());
            return new Line(ind, dash, m.group(4) == null ? -1 : keyCol, m.group(4), m.group(5));
        }

        boolean emptyValue() {
            return value == null || value.isBlank() || value.startsWith("&") || value.startsWith("#");
        }
    }

    static List<CompletionItem> complete(Document doc, Position pos, String locale) {
        return complete(doc, pos, locale, List.of());
    }

    /**
     * Completion at {@code pos}; {@code projectServices} are the services the project defines elsewhere (base and
     * override files, {@code include:}d files), offered after the ones written in this file.
     */
    static List<CompletionItem> complete(Document doc, Position pos, String locale, java.util.Collection<String> projectServices) {
        if (doc.kind != FileKind.COMPOSE) return List.of();
        LineIndex lines = doc.lines();
        if (pos.line() < 0 || pos.line() >= lines.lineCount()) return List.of();
        int cursor = lines.offset(pos);
        pos = lines.position(cursor);
        String prefix = doc.text.substring(lines.lineStart(pos.line()), cursor);
        Matcher v = VALUE_AT.matcher(prefix);
        if (v.matches()) {
            List<String> path = parents(lines, pos.line(), v.group(1).length(), !v.group(2).isEmpty());
            List<CompletionItem> items = values(doc, path, v.group(3), pos, v.group(4), projectServices);
            for (CompletionItem it : items) {
                String[] d = VALUE_DOCS.get(v.group(3) + "=" + it.getLabel());
                if (d != null) it.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, "es".equals(locale) ? d[1] : d[0]));
            }
            return items;
        }
        Matcher k = KEY_AT.matcher(prefix);
        if (!k.matches()) return List.of();
        int indent = k.group(1).length();
        boolean item = !k.group(2).isEmpty();
        int keyCol = indent + k.group(2).length();
        List<String> path = parents(lines, pos.line(), indent, item);
        String typed = k.group(3);
        List<CompletionItem> out = new ArrayList<>();
        int n = path.size();
        boolean serviceList = n == 4 && path.get(0).equals("services") && SERVICE_LISTS.contains(path.get(2)) && item;
        boolean dependsMap = n == 3 && path.get(0).equals("services") && path.get(2).equals("depends_on") && !item;
        if (serviceList || dependsMap) {
            Set<String> taken = siblings(lines, pos.line(), dependsMap ? keyCol : indent, item);
            for (String s : services(lines, projectServices)) {
                if (s.equals(path.get(1)) || taken.contains(s)) continue;
                CompletionItem it = item(s, CompletionItemKind.Reference, pos, typed.length(), dependsMap ? s + ":" : s);
                it.setDetail("service");
                out.add(it);
            }
            return out;
        }
        String section = ComposeKeys.sectionAt(path);
        if (section == null) return out;
        Set<String> present = siblings(lines, pos.line(), keyCol, item);
        for (String key : ComposeSpec.keys(section)) {
            if (present.contains(key) || (section.equals("top") && key.equals("version"))) continue;
            String type = ComposeSpec.type(section, key);
            boolean scalar = ComposeKeys.alternatives(type).stream().allMatch(SCALARS::contains);
            CompletionItem it = item(key, CompletionItemKind.Property, pos, typed.length(), scalar ? key + ": " : key + ":");
            it.setDetail(ComposeKeys.describe(type, "es".equals(locale)));
            String md = ComposeKeys.markdown(section, key, locale);
            if (md != null) it.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, md));
            it.setSortText((ComposeKeys.doc(section, key) != null ? "0" : "1") + key); // documented (common) keys first
            out.add(it);
        }
        return out;
    }

    /** What each enumerated value does, in English and Spanish: the choice is the lesson. */
    private static final java.util.Map<String, String[]> VALUE_DOCS = java.util.Map.ofEntries(
            java.util.Map.entry("restart=no", new String[] {"Never restarted: a crash leaves the service down.",
                    "Nunca se reinicia: un fallo deja el servicio parado."}),
            java.util.Map.entry("restart=always", new String[] {"Restarted after any exit, and when the Docker daemon starts, even if you stopped it.",
                    "Se reinicia tras cualquier salida y cuando arranca el demonio de Docker, aunque lo hubieras parado."}),
            java.util.Map.entry("restart=on-failure", new String[] {"Restarted only after a non-zero exit (`on-failure:5` caps the retries).",
                    "Se reinicia solo tras una salida con error (`on-failure:5` limita los reintentos)."}),
            java.util.Map.entry("restart=unless-stopped", new String[] {"Restarted after a crash and when the daemon starts, unless you stopped it: the usual choice for a service.",
                    "Se reinicia tras un fallo y cuando arranca el demonio, salvo que lo pararas tú: lo habitual para un servicio."}),
            java.util.Map.entry("condition=service_started", new String[] {"Waits only until the container has started, not until it can serve (the default).",
                    "Espera solo a que el contenedor arranque, no a que pueda atender (el valor por defecto)."}),
            java.util.Map.entry("condition=service_healthy", new String[] {"Waits until the dependency's healthcheck passes: needs a `healthcheck:` on it.",
                    "Espera a que pase el healthcheck de la dependencia: necesita un `healthcheck:` en ella."}),
            java.util.Map.entry("condition=service_completed_successfully", new String[] {"Waits until the dependency exits with status 0 (a migration or set-up job).",
                    "Espera a que la dependencia termine con estado 0 (una migración o un trabajo de preparación)."}),
            java.util.Map.entry("pull_policy=always", new String[] {"Pulls the image on every `up`, even when it is present.",
                    "Descarga la imagen en cada `up`, aunque ya esté."}),
            java.util.Map.entry("pull_policy=missing", new String[] {"Pulls only when the image is not present (the default).",
                    "Descarga solo si la imagen no está (el valor por defecto)."}),
            java.util.Map.entry("pull_policy=never", new String[] {"Never pulls: `up` fails if the image is not present.",
                    "Nunca descarga: `up` falla si la imagen no está."}),
            java.util.Map.entry("pull_policy=build", new String[] {"Builds the image instead of pulling it.",
                    "Construye la imagen en lugar de descargarla."}));

    private static List<CompletionItem> values(Document doc, List<String> parents, String key, Position pos, String typed,
                                               java.util.Collection<String> projectServices) {
        List<String> path = new ArrayList<>(parents);
        path.add(key);
        List<String> options = new ArrayList<>();
        int n = path.size();
        if (n == 4 && path.get(0).equals("services") && path.get(2).equals("extends") && key.equals("service")
                || n == 3 && path.get(0).equals("services") && key.equals("extends")) {
            for (String s : services(doc.lines(), projectServices)) if (!s.equals(path.get(1))) options.add(s);
        } else if (key.equals("pull_policy") && n == 3) {
            options.addAll(List.of("always", "never", "missing", "build", "daily", "weekly"));
        } else if (key.equals("network_mode") && n == 3) {
            options.addAll(List.of("host", "none", "bridge"));
            for (String s : services(doc.lines(), projectServices)) if (!s.equals(path.get(1))) options.add("service:" + s);
        } else {
            String type = ComposeKeys.typeAt(path);
            if (type == null) return List.of();
            for (String alt : ComposeKeys.alternatives(type)) {
                switch (alt) {
                    case "bool" -> options.addAll(List.of("true", "false"));
                    case "restart" -> options.addAll(List.of("no", "always", "on-failure", "unless-stopped"));
                    case "condition" -> options.addAll(List.of("service_started", "service_healthy", "service_completed_successfully"));
                    default -> { }
                }
            }
        }
        List<CompletionItem> out = new ArrayList<>();
        for (String o : new LinkedHashSet<>(options)) out.add(item(o, CompletionItemKind.Value, pos, typed.length(), o));
        return out;
    }

    /**
     * The keys (and {@code "[]"} list items) from the root down to the mapping or list the cursor's line
     * belongs to, read from indentation: a line is a parent when its key is left of the current column,
     * or at the same column with an empty value when the cursor's line is a list item.
     */
    static List<String> parents(LineIndex lines, int lineNo, int indent, boolean item) {
        LinkedList<String> path = new LinkedList<>();
        if (item) path.addFirst(ComposeKeys.ITEM);
        int cur = indent;
        boolean seekingListParent = item;
        for (int l = lineNo - 1; l >= 0 && (cur > 0 || seekingListParent); l--) {
            if (spaces(lines, l) > cur) continue; // deeper than the cursor's parents: skipped without the regex
            Line ln = Line.of(lines.lineText(l));
            if (ln == null) continue;
            if (ln.dash >= 0) {
                if (ln.dash == cur && seekingListParent) continue; // a sibling item
                if (ln.key != null && (ln.keyCol < cur || (ln.keyCol == cur && !seekingListParent))) {
                    if (ln.keyCol < cur) path.addFirst(ln.key);
                    path.addFirst(ComposeKeys.ITEM);
                    cur = ln.dash;
                    seekingListParent = true;
                }
                continue;
            }
            if (ln.key == null) continue;
            if (ln.indent < cur || (ln.indent == cur && seekingListParent && ln.emptyValue())) {
                path.addFirst(ln.key);
                cur = ln.indent;
                seekingListParent = false;
            }
        }
        return path;
    }

    /** The keys (or scalar items) already written in the mapping (or list) the cursor's line belongs to. */
    private static Set<String> siblings(LineIndex lines, int lineNo, int col, boolean item) {
        Set<String> out = new LinkedHashSet<>();
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int l = lineNo + dir; l >= 0 && l < lines.lineCount(); l += dir) {
                if (spaces(lines, l) > col) continue; // nested under a sibling
                Line ln = Line.of(lines.lineText(l));
                if (ln == null) continue;
                if (item) {
                    if (ln.dash == col) {
                        if (ln.key == null) out.add(lines.lineText(l).substring(ln.dash + 1).strip());
                        continue;
                    }
                    if (ln.dash > col || ln.indent > col) continue;
                    break;
                }
                if (ln.dash >= 0) {
                    if (ln.dash >= col) continue; // a deeper list
                    if (dir < 0 && ln.keyCol == col && ln.key != null) out.add(ln.key); // the first key of this item
                    break;
                }
                if (ln.indent > col) continue;
                if (ln.indent < col) break;
                if (ln.key != null) out.add(ln.key);
            }
        }
        return out;
    }

    /** This file's service names (read line by line: a half-typed file still has them), then the project's others. */
    private static List<String> services(LineIndex lines, java.util.Collection<String> projectServices) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(serviceNames(lines));
        out.addAll(projectServices);
        return List.copyOf(out);
    }

    /** Leading spaces of a line, as {@link Line#indent} counts them (a long file is scanned by this before any regex). */
    private static int spaces(LineIndex lines, int l) {
        String t = lines.text();
        int i = lines.lineStart(l), end = lines.lineEnd(l);
        int n = 0;
        while (i + n < end && t.charAt(i + n) == ' ') n++;
        return n;
    }

    /** Service names written under the top-level {@code services:}. */
    static List<String> serviceNames(LineIndex lines) {
        List<String> out = new ArrayList<>();
        int serviceCol = -1;
        boolean in = false;
        for (int l = 0; l < lines.lineCount(); l++) {
            int ind = spaces(lines, l);
            if (ind != 0 && (!in || (serviceCol >= 0 && ind != serviceCol))) continue; // cannot name a service: no regex
            Line ln = Line.of(lines.lineText(l));
            if (ln == null) continue;
            if (ln.indent == 0 && ln.dash < 0) {
                in = "services".equals(ln.key);
                continue;
            }
            if (!in || ln.key == null || ln.dash >= 0) continue;
            if (serviceCol < 0) serviceCol = ln.indent;
            if (ln.indent == serviceCol && !ln.key.startsWith("x-")) out.add(ln.key);
        }
        return out;
    }

    private static CompletionItem item(String label, CompletionItemKind kind, Position pos, int typed, String insert) {
        CompletionItem it = new CompletionItem(label);
        it.setKind(kind);
        Range r = new Range(new Position(pos.line(), Math.max(0, pos.character() - typed)), pos);
        it.setTextEdit(Either.forLeft(new TextEdit(Convert.lsp(r), insert)));
        it.setFilterText(label);
        return it;
    }
}
