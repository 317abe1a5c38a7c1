package dev.dockmentor.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The typed view of a (merged) compose project: services and top-level declarations, with positions. */
public final class ComposeModel {
    public final YNode root;
    public final Map<String, Service> services = new LinkedHashMap<>();
    public final Map<String, String> env;

    public ComposeModel(YNode root, Map<String, String> env) {
        this.root = root;
        this.env = env;
        YNode s = root == null ? null : root.get("services");
        if (s != null && s.isMap()) {
            for (YNode.Entry e : s.entries) {
                if (e.name() == null || e.name().startsWith("x-")) continue;
                services.put(e.name(), new Service(e.name(), e.key(), e.value(), env));
            }
        }
    }

    public YNode top(String key) {
        return root == null ? null : root.get(key);
    }

    /**
     * Names declared under a top-level {@code networks}/{@code volumes}/{@code secrets}/{@code configs}. Built
     * once per key: rules ask for every reference of every service, and rebuilding it each time was quadratic.
     */
    public Map<String, YNode> declared(String key) {
        return declared.computeIfAbsent(key, k -> {
            Map<String, YNode> out = new LinkedHashMap<>();
            YNode n = top(k);
            if (n != null && n.isMap()) for (YNode.Entry e : n.entries) out.put(e.name(), e.value());
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    private final Map<String, Map<String, YNode>> declared = new java.util.concurrent.ConcurrentHashMap<>();

    public List<Service> serviceList() {
        return List.copyOf(services.values());
    }
}
