package dev.dockmentor.ide;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.compose.Ranges;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The names of one compose file: services (declared under {@code services:}, referenced by {@code depends_on},
 * {@code links}, {@code extends}, {@code network_mode: service:x}, {@code volumes_from}) and the named volumes,
 * networks, secrets and configs (declared at the top level, referenced by the services). Compose merges files by
 * these names, so a project's table is its files' tables together. Keys merged in through {@code <<: *anchor} are
 * written at the anchor, and counted there once.
 */
public final class ComposeNames {
    private ComposeNames() {}

    public static List<Occurrence> of(ComposeFile f) {
        List<Occurrence> out = new ArrayList<>();
        if (f == null || f.root == null || !f.root.isMap()) return out;
        Set<YNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        declared(f, "volumes", Occurrence.Kind.VOLUME, out);
        declared(f, "networks", Occurrence.Kind.NETWORK, out);
        declared(f, "secrets", Occurrence.Kind.SECRET, out);
        declared(f, "configs", Occurrence.Kind.CONFIG, out);
        YNode services = f.root.get("services");
        if (services == null || !services.isMap()) return out;
        for (YNode.Entry e : services.entries) {
            if (e.merged() || e.name() == null) continue;
            add(out, Occurrence.Kind.SERVICE, e.name(), e.key(), true);
            YNode svc = e.value();
            if (svc == null || !svc.isMap() || !seen.add(svc)) continue;
            service(svc, out);
        }
        return out;
    }

    private static void declared(ComposeFile f, String top, Occurrence.Kind kind, List<Occurrence> out) {
        YNode t = f.root.get(top);
        if (t == null || !t.isMap()) return;
        for (YNode.Entry e : t.entries) if (!e.merged() && e.name() != null && !e.name().startsWith("x-")) add(out, kind, e.name(), e.key(), true);
    }

    private static void service(YNode svc, List<Occurrence> out) {
        YNode deps = svc.get("depends_on");
        if (deps != null && deps.isSeq()) for (YNode i : deps.items) scalar(out, Occurrence.Kind.SERVICE, i, 0, null);
        if (deps != null && deps.isMap()) for (YNode.Entry e : deps.entries) if (!e.merged()) add(out, Occurrence.Kind.SERVICE, e.name(), e.key(), false);
        YNode links = svc.get("links");
        if (links != null && links.isSeq()) for (YNode i : links.items) scalar(out, Occurrence.Kind.SERVICE, i, 0, ":");
        YNode ext = svc.get("extends");
        if (ext != null && ext.isScalar()) scalar(out, Occurrence.Kind.SERVICE, ext, 0, null);
        if (ext != null && ext.isMap() && ext.get("file") == null) scalar(out, Occurrence.Kind.SERVICE, ext.get("service"), 0, null);
        YNode nm = svc.get("network_mode");
        if (nm != null && nm.isScalar() && nm.text() != null && nm.text().startsWith("service:")) scalar(out, Occurrence.Kind.SERVICE, nm, 8, null);
        YNode vf = svc.get("volumes_from");
        if (vf != null && vf.isSeq()) {
            for (YNode i : vf.items) if (i.text() != null && !i.text().startsWith("container:")) scalar(out, Occurrence.Kind.SERVICE, i, 0, ":");
        }
        YNode vols = svc.get("volumes");
        if (vols != null && vols.isSeq()) {
            for (YNode v : vols.items) {
                if (v.isScalar() && v.text() != null && v.text().contains(":") && named(v.text().substring(0, v.text().indexOf(':')))) {
                    scalar(out, Occurrence.Kind.VOLUME, v, 0, ":");
                } else if (v.isMap() && !"bind".equals(v.str("type")) && !"tmpfs".equals(v.str("type")) && v.get("source") != null
                        && v.str("source") != null && named(v.str("source"))) {
                    scalar(out, Occurrence.Kind.VOLUME, v.get("source"), 0, null);
                }
            }
        }
        YNode nets = svc.get("networks");
        if (nets != null && nets.isSeq()) for (YNode i : nets.items) scalar(out, Occurrence.Kind.NETWORK, i, 0, null);
        if (nets != null && nets.isMap()) for (YNode.Entry e : nets.entries) if (!e.merged()) add(out, Occurrence.Kind.NETWORK, e.name(), e.key(), false);
        uses(svc.get("secrets"), Occurrence.Kind.SECRET, out);
        uses(svc.get("configs"), Occurrence.Kind.CONFIG, out);
        YNode build = svc.get("build");
        if (build != null && build.isMap()) uses(build.get("secrets"), Occurrence.Kind.SECRET, out);
    }

    /** {@code secrets: [a]} or {@code secrets: [{source: a, target: …}]}. */
    private static void uses(YNode list, Occurrence.Kind kind, List<Occurrence> out) {
        if (list == null || !list.isSeq()) return;
        for (YNode i : list.items) {
            if (i.isScalar()) scalar(out, kind, i, 0, null);
            else if (i.isMap()) scalar(out, kind, i.get("source"), 0, null);
        }
    }

    /** A volume source that names a volume: not a path ({@code ./data}, {@code /srv}, {@code ~/x}) nor a variable. */
    private static boolean named(String source) {
        return !source.isEmpty() && !source.startsWith(".") && !source.startsWith("/") && !source.startsWith("~") && !source.contains("$")
                && !source.contains("\\");
    }

    /** The name inside a scalar from {@code offset} up to {@code stop} (or the end): its own range, quotes excluded. */
    private static void scalar(List<Occurrence> out, Occurrence.Kind kind, YNode n, int offset, String stop) {
        if (n == null || !n.isScalar() || n.text() == null) return;
        String t = n.text();
        int end = stop == null || t.indexOf(stop, offset) < 0 ? t.length() : t.indexOf(stop, offset);
        String name = t.substring(Math.min(offset, end), end);
        if (name.isEmpty() || name.contains("$")) return;
        Range r = Ranges.inScalar(n, offset, end);
        // A scalar whose text is not written as is (escapes, folded): its name's own range is unknown, so not offered.
        if (r.equals(n.range) && (offset > 0 || end < t.length())) return;
        out.add(new Occurrence(kind, name, n.path, r, false));
    }

    private static void add(List<Occurrence> out, Occurrence.Kind kind, String name, YNode key, boolean declaration) {
        if (name == null || name.isEmpty() || key == null) return;
        // A quoted key ("web":): the name without its quotes.
        Range r = key.isScalar() && key.value() != null && key.value().equals(name) ? Ranges.inScalar(key, 0, name.length()) : key.range;
        out.add(new Occurrence(kind, name, key.path, r, declaration));
    }
}
