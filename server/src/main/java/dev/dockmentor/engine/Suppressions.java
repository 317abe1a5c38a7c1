package dev.dockmentor.engine;

import dev.dockmentor.dockerfile.Comment;
import dev.dockmentor.dockerfile.Directive;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Inline silencing: {@code # dockmentor-ignore a, b} and {@code # hadolint ignore=DL3008} for the
 * next instruction, {@code # dockmentor-ignore-file a} and {@code # hadolint global ignore=…} for
 * the file, and BuildKit's {@code # check=skip=Name}. Codes resolve through rule aliases.
 */
public final class Suppressions {
    private record Scoped(Set<String> ids, int fromLine, int toLine) {}

    private static final Pattern HADOLINT_GLOBAL = Pattern.compile("hadolint\\s+global\\s+ignore\\s*=.*");
    private static final Pattern HADOLINT_NEXT = Pattern.compile("hadolint\\s+ignore\\s*=.*");

    private final Set<String> fileWide = new HashSet<>();
    private final List<Scoped> scoped = new ArrayList<>();
    /** The ids silenced on each line, built from {@link #scoped} when first asked (each finding scanned them all). */
    private Map<Integer, Set<String>> byLine;
    private boolean skipAll;

    public static Suppressions of(Dockerfile df, RuleRegistry registry) {
        Suppressions s = new Suppressions();
        for (Directive d : df.directives) {
            if (!d.name().equals("check")) continue;
            for (String part : d.value().split(";")) {
                String p = part.strip();
                if (!p.toLowerCase(Locale.ROOT).startsWith("skip=")) continue;
                for (String name : p.substring(5).split(",")) {
                    String n = name.strip();
                    if (n.equalsIgnoreCase("all")) s.skipAll = true;
                    else s.fileWide.add(registry.resolve(n));
                }
            }
        }
        List<Instruction> ins = df.instructions;
        for (Comment c : df.comments) {
            String t = c.text();
            Set<String> ids;
            boolean file;
            if (t.startsWith("dockmentor-ignore-file")) {
                ids = ids(t.substring("dockmentor-ignore-file".length()), registry);
                file = true;
            } else if (t.startsWith("dockmentor-ignore")) {
                ids = ids(t.substring("dockmentor-ignore".length()), registry);
                file = false;
            } else if (HADOLINT_GLOBAL.matcher(t).matches()) {
                ids = ids(t.substring(t.indexOf('=') + 1), registry);
                file = true;
            } else if (HADOLINT_NEXT.matcher(t).matches()) {
                ids = ids(t.substring(t.indexOf('=') + 1), registry);
                file = false;
            } else {
                continue;
            }
            if (file) {
                s.fileWide.addAll(ids);
                continue;
            }
            Instruction next = firstAfter(ins, c.line());
            if (next != null) s.scoped.add(new Scoped(ids, next.startLine, next.endLine));
        }
        return s;
    }

    /** The first instruction starting after a line (instructions are in line order): a search, not a scan per comment. */
    private static Instruction firstAfter(List<Instruction> ins, int line) {
        int lo = 0, hi = ins.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ins.get(mid).startLine > line) hi = mid;
            else lo = mid + 1;
        }
        return lo < ins.size() ? ins.get(lo) : null;
    }

    /** Line-scoped suppressions for formats other than Dockerfiles (compose keys). */
    public static Suppressions empty() {
        return new Suppressions();
    }

    public void addFileWide(Set<String> ids) {
        fileWide.addAll(ids);
    }

    public void addScoped(Set<String> ids, int fromLine, int toLine) {
        scoped.add(new Scoped(ids, fromLine, toLine));
        byLine = null;
    }

    static Set<String> ids(String list, RuleRegistry registry) {
        Set<String> out = new HashSet<>();
        for (String p : list.split("[,\\s]+")) {
            String id = p.strip();
            if (!id.isEmpty()) out.add(registry.resolve(id));
        }
        return out;
    }

    public boolean suppressed(Finding f) {
        String id = f.ruleId();
        if (id.equals("syntax-error") || id.equals("internal-error")) return false;
        if (skipAll || fileWide.contains(id)) return true;
        if (scoped.isEmpty()) return false;
        if (byLine == null) byLine = indexByLine();
        Set<String> here = byLine.get(f.range().start().line());
        return here != null && here.contains(id);
    }

    // Distinct scopes are instructions (disjoint) or compose subtrees (nested at most 200 deep), so the index
    // holds a few entries per line; comments stacked above one instruction or key share its scope, merged first.
    private Map<Integer, Set<String>> indexByLine() {
        Map<List<Integer>, Set<String>> distinct = new HashMap<>();
        for (Scoped s : scoped) distinct.computeIfAbsent(List.of(s.fromLine, s.toLine), k -> new HashSet<>()).addAll(s.ids);
        Map<Integer, Set<String>> out = new HashMap<>();
        for (var e : distinct.entrySet()) {
            for (int l = e.getKey().get(0); l <= e.getKey().get(1); l++) out.computeIfAbsent(l, k -> new HashSet<>()).addAll(e.getValue());
        }
        return out;
    }
}
