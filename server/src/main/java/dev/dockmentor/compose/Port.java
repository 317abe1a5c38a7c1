package dev.dockmentor.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalised {@code ports:} entry: short ({@code "127.0.0.1:8080-8081:80-81/udp"}) or long
 * ({@code {target, published, host_ip, protocol}}). {@code hostPort} is null when nothing is published
 * on a chosen host port; {@code valid} is false for text that is no port mapping.
 */
public record Port(YNode node, String hostIp, String hostPort, String containerPort, String protocol, boolean valid) {
    private static final Pattern SHORT = Pattern.compile(
            "(?:(\\[[0-9a-fA-F:.]+\\]|[0-9.]+|[A-Za-z0-9_.-]+):)??(?:(\\d+(?:-\\d+)?)?:)?(\\d+(?:-\\d+)?)(?:/(tcp|udp|sctp))?");

    public static Port of(YNode node, java.util.Map<String, String> env) {
        if (node.isMap()) {
            String target = scalar(node.get("target"), env);
            String published = scalar(node.get("published"), env);
            String ip = scalar(node.get("host_ip"), env);
            String proto = scalar(node.get("protocol"), env);
            boolean ok = target != null && target.matches("\\d+(-\\d+)?");
            return new Port(node, ip, published == null || published.isEmpty() ? null : published, target,
                    proto == null ? "tcp" : proto, ok);
        }
        String raw = node.text();
        if (raw == null) return new Port(node, null, null, null, "tcp", false);
        String s = Interpolation.resolve(raw, env).text();
        if (s == null) return new Port(node, null, null, null, "tcp", true); // unknown: trust it
        Matcher m = SHORT.matcher(s.strip());
        if (!m.matches()) return new Port(node, null, null, null, "tcp", false);
        String ip = m.group(1);
        if (ip != null && ip.startsWith("[")) ip = ip.substring(1, ip.length() - 1);
        return new Port(node, ip, m.group(2), m.group(3), m.group(4) == null ? "tcp" : m.group(4), inRange(m.group(2)) && inRange(m.group(3)));
    }

    private static boolean inRange(String p) {
        if (p == null) return true;
        for (String part : p.split("-")) {
            try {
                int v = Integer.parseInt(part);
                if (v < 0 || v > 65535) return false;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    private static String scalar(YNode n, java.util.Map<String, String> env) {
        if (n == null || n.text() == null) return null;
        return Interpolation.resolve(n.text(), env).text();
    }

    /** Published on every interface (no host IP, or 0.0.0.0 / ::). */
    public boolean allInterfaces() {
        return hostIp == null || hostIp.isEmpty() || hostIp.equals("0.0.0.0") || hostIp.equals("::");
    }

    /** Whether the container side covers {@code port}. */
    public boolean targets(int port) {
        return covers(containerPort, port);
    }

    static boolean covers(String spec, int port) {
        if (spec == null) return false;
        try {
            String[] p = spec.split("-");
            int lo = Integer.parseInt(p[0]);
            int hi = p.length > 1 ? Integer.parseInt(p[1]) : lo;
            return port >= lo && port <= hi;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
