package dev.dockmentor.engine;

import dev.dockmentor.dockerfile.Comment;
import dev.dockmentor.dockerfile.Directive;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Inline silencing: {@code # dockmentor-ignore a, b} and {@code # hadolint ignore=DL3008} for the
 * next instruction, {@code # dockmentor-ignore-file a} and {@code # hadolint global ignore=…} for
 * the file, and BuildKit's {@code # check=skip=Name}. Codes resolve through rule aliases.
 */
public final class Suppressions {
    private record Scoped(Set<String> ids, int fromLine, int toLine) {}

    private final Set<String> fileWide = new HashSet<>();
    private final List<Scoped> scoped = new ArrayList<>();
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
            } else if (t.matches("hadolint\\s+global\\s+ignore\\s*=.*")) {
                ids = ids(t.substring(t.indexOf('=') + 1), registry);
                file = true;
            } else if (t.matches("hadolint\\s+ignore\\s*=.*")) {
                ids = ids(t.substring(t.indexOf('=') + 1), registry);
                file = false;
            } else {
                continue;
            }
            if (file) {
                s.fileWide.addAll(ids);
                continue;
            }
            Instruction next = null;
            for (Instruction i : ins) {
                if (i.startLine > c.line()) {
                    next = i;
                    break;
                }
            }
            if (next != null) s.scoped.add(new Scoped(ids, next.startLine, next.endLine));
        }
        return s;
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
        int line = f.range().start().line();
        for (Scoped s : scoped) if (line >= s.fromLine && line <= s.toLine && s.ids.contains(id)) return true;
        return false;
    }
}
