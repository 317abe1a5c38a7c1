package dev.dockmentor.ide;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.compose.Interpolation;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.context.Secrets;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.kb.KnowledgeBase;
import dev.dockmentor.text.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value becomes, shown after it: {@code FROM ${BASE}} with its ARG default, a compose {@code ${VAR}} with the
 * value {@code .env} or its default gives it, and the approximate size of a language image. A credential is never
 * shown: a credential-named variable, or a value shaped like one, reads "set (hidden)" — screens are shared and recorded.
 */
public final class InlayHints {
    /** A hint at a position: its text, and whether it is a value (or a size). */
    public record Hint(Position at, String label) {}

    static final int MAX = 2000;
    private static final Pattern VAR = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    private InlayHints() {}

    public static List<Hint> of(Dockerfile df, KnowledgeBase kb, String locale) {
        List<Hint> out = new ArrayList<>();
        if (df == null) return out;
        for (Stage s : df.stages) {
            if (s.imageWord == null || s.parent() != null || out.size() >= MAX) continue;
            String written = s.imageWord.value();
            String resolved = written;
            if (written.contains("$")) {
                Interpolation.Value v = Interpolation.resolve(written, df.globalArgDefaults);
                if (!v.known() || v.text().isBlank()) continue;
                resolved = v.text().strip();
                out.add(new Hint(s.imageWord.range().end(), " = " + shown(firstVar(written), resolved, locale)));
            }
            ImageRef ref = ImageRef.parse(resolved);
            Integer size = size(kb, ref);
            if (size != null) out.add(new Hint(s.imageWord.range().end(), " ~" + String.format(java.util.Locale.ROOT, "%,d", size) + " MB"));
        }
        return out;
    }

    public static List<Hint> of(ComposeFile f, Map<String, String> env, String locale) {
        List<Hint> out = new ArrayList<>();
        if (f == null || f.root == null) return out;
        Set<YNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(f.root, null, f.path, env, locale, seen, out);
        return out;
    }

    private static void walk(YNode n, String key, String path, Map<String, String> env, String locale, Set<YNode> seen, List<Hint> out) {
        if (n == null || !seen.add(n) || out.size() >= MAX || !java.util.Objects.equals(n.path, path)) return;
        if (n.isMap()) {
            for (YNode.Entry e : n.entries) if (!e.merged()) walk(e.value(), e.name(), path, env, locale, seen, out);
        } else if (n.isSeq()) {
            for (YNode i : n.items) walk(i, key, path, env, locale, seen, out);
        } else if (n.text() != null && n.text().contains("$")) {
            Interpolation.Value v = Interpolation.resolve(n.text(), env);
            if (!v.known() || v.refs().isEmpty()) return;
            String var = firstVar(n.text());
            // environment: [KEY=${VAR}]: the key tells a credential as much as the variable's name, and the value is
            // what follows the '='.
            boolean listEntry = key != null && key.equals("environment") && n.text().contains("=");
            String entryKey = listEntry ? n.text().substring(0, n.text().indexOf('=')) : key;
            String value = listEntry && v.text().contains("=") ? v.text().substring(v.text().indexOf('=') + 1) : v.text();
            String shown = Secrets.isCredentialKey(entryKey) ? hidden(locale) : shown(var, value, locale);
            if (listEntry && !shown.equals(hidden(locale))) shown = entryKey + "=" + shown;
            out.add(new Hint(n.range.end(), " = " + shown));
        }
    }

    private static String firstVar(String s) {
        Matcher m = VAR.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** The value, or "set (hidden)" for a credential's; long values cut. */
    private static String shown(String var, String value, String locale) {
        if (var != null && Secrets.isCredentialKey(var) || Secrets.classify(value) == Secrets.Value.TOKEN || CREDENTIAL_URL.matcher(value).matches()) {
            return hidden(locale);
        }
        String one = value.replaceAll("\\s+", " ");
        return one.length() > 48 ? one.substring(0, 47) + "…" : one;
    }

    private static final Pattern CREDENTIAL_URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@.*");

    private static String hidden(String locale) {
        return locale != null && locale.startsWith("es") ? "definida (oculta)" : "set (hidden)";
    }

    private static Integer size(KnowledgeBase kb, ImageRef ref) {
        var lang = kb.language(ref);
        if (lang.isEmpty() || ref.tag() == null) return null;
        String tag = ref.tag().toLowerCase(java.util.Locale.ROOT);
        if (tag.contains("alpine")) return lang.get().alpine();
        if (tag.contains("slim")) return lang.get().slim();
        return tag.matches("[0-9.]+(?:-(?:bookworm|bullseye|trixie|jammy|noble))?") ? lang.get().full() : null;
    }
}
