package dev.dockmentor.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A service of the (merged) project: its name key, its mapping, and normalised views of its keys. */
public final class Service {
    public final String name;
    public final YNode key;
    public final YNode node;
    private final Map<String, String> env;

    Service(String name, YNode key, YNode node, Map<String, String> env) {
        this.name = name;
        this.key = key;
        this.node = node != null && node.isMap() ? node : null;
        this.env = env;
    }

    /**
     * False for a provider service ({@code provider: {type: model, ...}}): Compose hands its lifecycle to a
     * plugin and starts no container, so container settings (healthcheck, restart, limits, user...) do not apply.
     */
    public boolean runsContainer() {
        YNode p = get("provider");
        return p == null || !p.isMap();
    }

    public YNode get(String k) {
        return node == null ? null : node.get(k);
    }

    public YNode.Entry entry(String k) {
        return node == null ? null : node.entry(k);
    }

    public boolean has(String k) {
        return node != null && node.has(k);
    }

    public YNode image() {
        return get("image");
    }

    /** The image reference with interpolation applied, or null when absent/unknown. */
    public String imageText() {
        YNode i = image();
        return i == null || i.text() == null ? null : Interpolation.resolve(i.text(), env).text();
    }

    public Build build() {
        return Build.of(get("build"));
    }

    public List<Port> ports() {
        List<Port> out = new ArrayList<>();
        YNode p = get("ports");
        if (p != null && p.isSeq()) for (YNode i : p.items) out.add(Port.of(i, env));
        return out;
    }

    public List<Volume> volumes() {
        List<Volume> out = new ArrayList<>();
        YNode v = get("volumes");
        if (v != null && v.isSeq()) for (YNode i : v.items) out.add(Volume.of(i, env));
        return out;
    }

    public List<Dependency> dependsOn() {
        List<Dependency> out = new ArrayList<>();
        YNode d = get("depends_on");
        if (d == null) return out;
        if (d.isSeq()) {
            for (YNode i : d.items) if (i.text() != null) out.add(new Dependency(i, i.text(), null, true));
        } else if (d.isMap()) {
            for (YNode.Entry e : d.entries) out.add(new Dependency(e.key(), e.name(), e.value().get("condition"), false));
        }
        return out;
    }

    public List<EnvVar> environment() {
        List<EnvVar> out = new ArrayList<>();
        YNode e = get("environment");
        if (e == null) return out;
        if (e.isSeq()) for (YNode i : e.items) out.add(EnvVar.ofItem(i));
        else if (e.isMap()) for (YNode.Entry en : e.entries) out.add(EnvVar.ofEntry(en));
        return out;
    }

    /** env_file paths: string, list of strings, or list of {@code {path, required}}; nodes of the path. */
    public List<YNode> envFiles() {
        List<YNode> out = new ArrayList<>();
        YNode e = get("env_file");
        if (e == null) return out;
        if (e.isScalar() && e.text() != null) out.add(e);
        else if (e.isSeq()) {
            for (YNode i : e.items) {
                if (i.isScalar() && i.text() != null) out.add(i);
                else if (i.isMap() && i.get("path") != null && !optional(i.get("required"))) {
                    out.add(i.get("path"));
                }
            }
        }
        return out;
    }

    /** {@code required: false}, or a value only known at run time ({@code ${ENV_REQUIRED:-false}}): not checked. */
    private static boolean optional(YNode required) {
        return required != null && (required.isFalse() || (required.value() != null && required.value().contains("$")));
    }

    public Healthcheck healthcheck() {
        YNode h = get("healthcheck");
        return h == null ? null : Healthcheck.of(h);
    }

    /** Names in a list-or-map key ({@code networks}, {@code secrets}, {@code configs}): name nodes. */
    public List<YNode> names(String k) {
        List<YNode> out = new ArrayList<>();
        YNode n = get(k);
        if (n == null) return out;
        if (n.isSeq()) {
            for (YNode i : n.items) {
                if (i.isScalar() && i.text() != null) out.add(i);
                else if (i.isMap() && i.get("source") != null) out.add(i.get("source"));
            }
        } else if (n.isMap()) {
            for (YNode.Entry e : n.entries) out.add(e.key());
        }
        return out;
    }

    /** Scalar value of a key after interpolation (null when absent or unknown). */
    public String text(String k) {
        YNode n = get(k);
        return n == null || n.text() == null ? null : Interpolation.resolve(n.text(), env).text();
    }

    public Map<String, String> env() {
        return env;
    }
}
