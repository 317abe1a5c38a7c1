package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.ComposeContext;

/** Compose half of {@code root-user}: {@code user: root} / {@code user: "0"} / {@code 0:0} overrides the image's unprivileged user. */
public final class RootUserCompose {
    private RootUserCompose() {}

    static boolean mountsDockerSocket(Service s) {
        for (dev.dockmentor.compose.Volume v : s.volumes()) {
            if (v.source() != null && DockerSocketMount.unixSocket(v.source())) return true;
        }
        return false;
    }

    public static void check(ComposeContext ctx) {
        for (Service s : ctx.model().containers()) {
            YNode u = s.get("user");
            String t = s.text("user");
            if (u == null || t == null) continue;
            String user = t.strip();
            int colon = user.indexOf(':');
            if (colon >= 0) user = user.substring(0, colon);
            if (!user.equals("root") && !user.equals("0")) continue;
            var r = ctx.report(u, "Service '" + s.name + "' runs as root (user: " + t + "): a compromise of the process is a root compromise of the container",
                    "El servicio '" + s.name + "' se ejecuta como root (user: " + t + "): comprometer el proceso es comprometer el contenedor como root");
            // A one-shot job (chown of a volume, a migration) runs as root once and exits: advice, not a standing risk.
            if (ctx.serviceRoles().isOneShot(s)) r.severity(dev.dockmentor.rules.Severity.INFO);
            // With the Docker socket mounted the service controls the host anyway; root is how it reaches the socket.
            if (mountsDockerSocket(s)) r.severity(dev.dockmentor.rules.Severity.INFO);
        }
    }
}
