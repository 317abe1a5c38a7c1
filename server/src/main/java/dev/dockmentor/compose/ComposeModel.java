package dev.dockmentor.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The typed view of a (merged) compose project: services and top-level declarations, with positions. */
public final class ComposeModel {
    public final YNode root;
    public final Map<String, Service> services = new LinkedHashMap<>();
    public final Map<String, String> env;

    /**
     * Finds the service an {@code extends: {file: ..., service: ...}} names in another file: (file as written,
     * path of the file that wrote it, service name) to the resolved service node, or null when unknown.
     */
    @FunctionalInterface
    public interface OtherFiles {
        OtherFiles NONE = (file, from, service) -> null;

        YNode service(String file, String from, String service);
    }

    private final OtherFiles otherFiles;

    public ComposeModel(YNode root, Map<String, String> env) {
        this(root, env, OtherFiles.NONE);
    }

    public ComposeModel(YNode root, Map<String, String> env, OtherFiles otherFiles) {
        this.root = root;
        this.env = env;
        this.otherFiles = otherFiles;
        YNode s = root == null ? null : root.get("services");
        if (s != null && s.isMap()) {
            for (YNode.Entry e : s.entries) {
                if (e.name() == null || e.name().startsWith("x-")) continue;
                services.put(e.name(), new Service(e.name(), e.key(), e.value(), env));
            }
            resolveExtends(s);
        }
    }

    /**
     * {@code extends: {service: base}}, within this file or from {@code file:}: the service gets the base's
     * keys it does not set itself (as Compose does), so rules judge what will run. Entries keep the base's
     * positions, and so their file: a finding there belongs to that file, not to this one.
     */
    private void resolveExtends(YNode servicesNode) {
        Map<String, YNode> resolved = new LinkedHashMap<>();
        for (String name : services.keySet()) resolvedNode(name, resolved, new java.util.HashSet<>());
        for (Map.Entry<String, YNode> r : resolved.entrySet()) {
            Service old = services.get(r.getKey());
            if (r.getValue() != old.node) services.put(r.getKey(), new Service(old.name, old.key, r.getValue(), env));
        }
    }

    private YNode resolvedNode(String name, Map<String, YNode> done, java.util.Set<String> visiting) {
        if (done.containsKey(name)) return done.get(name);
        Service svc = services.get(name);
        YNode node = svc == null ? null : svc.node;
        if (node == null || !visiting.add(name)) return node; // unknown or a cycle: unknown-service reports it
        YNode ext = node.get("extends");
        YNode file = ext != null && ext.isMap() ? ext.get("file") : null;
        String base = ext == null ? null : ext.isScalar() ? ext.text() : ext.isMap() ? ext.str("service") : null;
        YNode baseNode;
        if (file != null) {
            baseNode = base == null || file.text() == null ? null : otherFiles.service(file.text(), file.path, base);
        } else {
            baseNode = base == null || base.equals(name) ? null : resolvedNode(base, done, visiting);
        }
        YNode out = node;
        if (baseNode != null && baseNode.isMap()) {
            out = YNode.mapLike(node);
            out.entries.addAll(node.entries);
            for (YNode.Entry e : baseNode.entries) {
                if (e.name() != null && !e.name().equals("extends") && !node.has(e.name())) out.entries.add(new YNode.Entry(e.key(), e.value(), true));
            }
        }
        done.put(name, out);
        return out;
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

    /** The services that run a container (not provider services): what container-runtime rules look at. */
    public List<Service> containers() {
        return services.values().stream().filter(Service::runsContainer).toList();
    }

    public List<Service> serviceList() {
        return List.copyOf(services.values());
    }
}
