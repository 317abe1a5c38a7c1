package dev.dockmentor.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Merges an overlay file onto a base as the Compose Specification says: mappings merge, scalars and
 * {@code command}/{@code entrypoint}/{@code healthcheck.test} replace, sequences append (ports, volumes,
 * secrets, configs keyed so an overlay entry replaces the base one it names), {@code !reset} removes,
 * {@code !override} replaces. Result nodes keep their original files and ranges (provenance).
 */
public final class ComposeMerger {
    private static final Set<String> REPLACE = Set.of("command", "entrypoint", "test");
    private static final Set<String> NAMED_LISTS = Set.of("environment", "labels", "annotations", "extra_hosts", "sysctls");

    private ComposeMerger() {}

    public static YNode merge(YNode base, YNode over) {
        if (base == null) return over;
        if (over == null) return base;
        return mergeNode(null, base, over);
    }

    private static YNode mergeNode(String key, YNode base, YNode over) {
        if (over.isReset()) return null;
        if (over.isOverride()) return over;
        // build: ./web is the short form of build: {context: ./web}; an overlay's build map adds to that context.
        if ("build".equals(key) && base.isScalar() && base.text() != null && over.isMap() && !over.has("context")) {
            YNode out = YNode.mapLike(over);
            YNode ctxKey = new YNode(YNode.Kind.SCALAR, base.path, base.range, "str", "context", (char) 0, false);
            out.entries.add(new YNode.Entry(ctxKey, base, false));
            out.entries.addAll(over.entries);
            return out;
        }
        if (base.isMap() && over.isMap()) {
            YNode out = YNode.mapLike(base);
            for (YNode.Entry e : base.entries) {
                YNode.Entry o = over.entry(e.name());
                if (o == null) {
                    out.entries.add(e);
                } else {
                    YNode v = mergeNode(e.name(), e.value(), o.value());
                    if (v != null) out.entries.add(new YNode.Entry(e.key(), v, e.merged()));
                }
            }
            for (YNode.Entry o : over.entries) {
                if (base.entry(o.name()) == null && !o.value().isReset()) out.entries.add(o);
            }
            return out;
        }
        if (base.isSeq() && over.isSeq() && key != null && !REPLACE.contains(key)) {
            YNode out = new YNode(YNode.Kind.SEQ, base.path, base.range, "seq", null, (char) 0, base.flow);
            List<YNode> items = new ArrayList<>(base.items);
            for (YNode o : over.items) {
                String id = identity(key, o);
                if (id != null) items.removeIf(b -> id.equals(identity(key, b)));
                items.add(o);
            }
            out.items.addAll(items);
            return out;
        }
        return over;
    }

    /** What makes two list entries "the same" for the spec's unique-resource merge; null to just append. */
    private static String identity(String key, YNode n) {
        switch (key) {
            case "volumes" -> {
                if (n.isMap()) return n.str("target");
                String t = n.text();
                if (t == null) return null;
                String[] p = t.split(":");
                return p.length >= 2 ? p[1] : p[0];
            }
            case "secrets", "configs" -> {
                return n.isMap() ? n.str("target") != null ? n.str("target") : n.str("source") : n.text();
            }
            case "ports" -> {
                // Long form: the spec's unique key is (host_ip, published, target, protocol); an override that repeats
                // the base's mapping adds no second binding.
                if (n.isMap()) return n.str("host_ip") + "|" + n.str("published") + "|" + n.str("target") + "|" + n.str("protocol");
                return n.text();
            }
            case "expose", "dns", "dns_search", "env_file", "tmpfs", "cap_add", "cap_drop", "security_opt",
                 "profiles", "depends_on", "networks", "external_links", "links", "devices", "group_add" -> {
                return n.isScalar() ? n.text() : null;
            }
            default -> {
                if (NAMED_LISTS.contains(key) && n.text() != null) {
                    String t = n.text();
                    int i = t.indexOf(key.equals("extra_hosts") ? ':' : '=');
                    return i >= 0 ? t.substring(0, i) : t;
                }
                return null;
            }
        }
    }
}
