package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.Volume;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;

/** Whoever reaches the Docker socket controls the Docker daemon, and through it the host, as root. */
public final class DockerSocketMount extends Rule implements ComposeCheck {
    public DockerSocketMount() {
        super(RuleMeta.of("docker-socket-mount", Severity.WARNING, "Docker socket mounted into a container").kinds(FileKind.COMPOSE).productionAdvice());
    }

    /** Images whose job is to drive Docker: CI runners and agents, label-reading proxies, container managers. */
    private static final java.util.regex.Pattern API_CONSUMER = java.util.regex.Pattern.compile(
            "(?i)(?:^|/)(?:[\\w.-]*-)?(?:agent|runner|gitlab-runner|buildkite-agent|traefik|portainer(?:-ce|-ee)?|agent|watchtower|docker-socket-proxy"
                    + "|socket-proxy|cadvisor|autoheal|dozzle|ofelia|docker-gen|nginx-proxy|acme-companion|letsencrypt-nginx-proxy-companion|swarm-cronjob|diun|dockge|yacht|komodo)(?:[:@]|$)");

    /** The daemon's Unix socket as a bind mount's host path ({@code /var/run/docker.sock}, {@code /run/docker.sock}). */
    static boolean unixSocket(String source) {
        return source.matches("(/var)?/run/docker\\.sock");
    }

    static boolean needsTheDockerApi(Service s) {
        String image = s.imageText();
        if (image != null && API_CONSUMER.matcher(image.strip()).find()) return true;
        YNode raw = s.image();
        if (raw == null || raw.text() == null) return false;
        // Written with variables (portainerci/portainer:$TAG, ${PLUGIN_IMAGE}): the name as written, else the service's.
        String written = raw.text().strip().replaceAll("\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?$", "");
        if (API_CONSUMER.matcher(written.endsWith(":") ? written : written + ":").find()) return true;
        return raw.text().contains("$") && API_CONSUMER.matcher(s.name + ":").find();
    }

    @Override
    public void check(ComposeContext ctx) {
        for (Service s : ctx.model().containers()) {
            // use_api_socket: true bind-mounts the daemon's socket (and the user's registry credentials) for the service.
            YNode api = s.get("use_api_socket");
            if (api != null && api.isScalar() && "true".equalsIgnoreCase(s.text("use_api_socket"))) {
                ctx.report(api, "use_api_socket mounts the Docker socket into '" + s.name + "': the container can control the daemon and so the host as root",
                        "use_api_socket monta el socket de Docker en '" + s.name + "': el contenedor puede controlar el daemon y con él el host como root");
            }
            boolean byDesign = needsTheDockerApi(s);
            for (Volume v : s.volumes()) {
                if (v.source() == null || !(unixSocket(v.source()) || v.source().matches("//\\./pipe/docker_engine|\\\\\\\\\\.\\\\pipe\\\\docker_engine"))) continue;
                if (byDesign) {
                    // CI runners, reverse proxies reading labels, container managers: the socket is what they are for.
                    ctx.report(v.node(), "'" + s.name + "' needs the Docker API by design, and the socket gives it control of the host as root: "
                                    + "expose only the calls it uses through a socket proxy",
                            "'" + s.name + "' necesita la API de Docker por diseño, y el socket le da el control del host como root: "
                                    + "expón solo las llamadas que usa mediante un proxy del socket")
                            .severity(Severity.INFO);
                    continue;
                }
                ctx.report(v.node(), "The Docker socket is mounted into '" + s.name + "': the container can control the daemon and so the host as root"
                                + (v.readOnly() ? " (':ro' does not stop API calls)" : ""),
                        "El socket de Docker está montado en '" + s.name + "': el contenedor puede controlar el daemon y con él el host como root"
                                + (v.readOnly() ? " (':ro' no impide las llamadas a la API)" : ""));
            }
        }
    }
}
