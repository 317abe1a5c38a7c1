package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.context.ImageRoles;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.kb.KnowledgeBase;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.compose.RootUserCompose;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Range;
import java.util.List;
import java.util.Locale;

/**
 * The shipped image runs as UID 0: one remote-code-execution bug in the app then hands out root
 * in the container, one kernel or runtime bug away from root on the host.
 */
public final class RootUser extends Rule implements DockerfileCheck, ComposeCheck {
    public RootUser() {
        super(RuleMeta.of("root-user", Severity.WARNING, "Container runs as root").aliases("DL3002")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE).runningAppAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        Stage fin = ctx.shippedStage().orElse(null);
        if (fin == null || fin.image == null) return;
        List<Instruction> users = RuntimeFacts.inChain(fin, "USER");
        Instruction last = users.isEmpty() ? null : users.get(users.size() - 1);
        boolean windows = isWindows(fin);
        Report r;
        if (last != null) {
            if (!isRoot(last) && !(windows && isWindowsAdmin(last))) return;
            boolean own = ctx.dockerfile().stageOf(last) == fin;
            Range at = own ? last.argsRange() : fromRange(fin);
            r = windows
                    ? ctx.report(at,
                            "The final stage runs as an administrator (USER " + last.argsText() + "): switch to ContainerUser before CMD/ENTRYPOINT",
                            "La etapa final se ejecuta como administrador (USER " + last.argsText() + "): cambia a ContainerUser antes de CMD/ENTRYPOINT")
                    : ctx.report(at,
                            "The final stage runs as root (USER " + last.argsText() + "): switch to an unprivileged user before CMD/ENTRYPOINT",
                            "La etapa final se ejecuta como root (USER " + last.argsText() + "): cambia a un usuario sin privilegios antes de CMD/ENTRYPOINT");
        } else {
            if (ctx.kb().isNonRoot(fin.root().image)) return;
            // Nano Server runs as ContainerUser by default; Server Core as ContainerAdministrator.
            if (windows && isNanoServer(fin.root().image)) return;
            // postgres, mysql, redis…: the image's own entrypoint drops to the service's user; kept, it needs no USER.
            if (!windows && ctx.kb().entrypointStepsDown(fin.root().image) && RuntimeFacts.inChain(fin, "ENTRYPOINT").isEmpty()) return;
            if (!windows && fin.root().image != null && fin.root().image.hasVariables()) {
                // FROM ${BASE}: the base image chosen at build time may well set USER itself.
                ctx.report(fromRange(fin),
                        "The final stage never sets USER and its base image is chosen at build time: it runs as root unless that image sets a user",
                        "La etapa final nunca fija USER y su imagen base se elige al construir: se ejecuta como root salvo que esa imagen fije un usuario")
                        .severity(Severity.INFO);
                return;
            }
            if (!windows && stepsDown(ctx, fin)) {
                // postgres, redis, rabbitmq...: the entrypoint needs root to own the data directory, then execs the
                // server through gosu/su-exec. USER would break it, so the finding says so and offers no fix.
                ctx.report(fromRange(fin),
                        "The final stage never sets USER, so the entrypoint starts as root: fine only if it always steps down "
                                + "with gosu/su-exec before running the service",
                        "La etapa final nunca fija USER, así que el entrypoint arranca como root: solo está bien si siempre "
                                + "cede los privilegios con gosu/su-exec antes de lanzar el servicio")
                        .severity(Severity.INFO);
                return;
            }
            if (ImageRoles.isDockerInDocker(fin)) {
                // dockerd needs root (and a privileged container): that is the image's purpose.
                ctx.report(fromRange(fin),
                        "The final stage never sets USER: this image runs a Docker daemon, which needs root; keep what it runs in containers unprivileged",
                        "La etapa final nunca fija USER: esta imagen ejecuta un demonio de Docker, que necesita root; que lo que lance en contenedores no tenga privilegios")
                        .severity(Severity.INFO);
                return;
            }
            if (!windows && runsWorkerServer(ctx, fin)) {
                ctx.report(fromRange(fin),
                        "The final stage never sets USER: the server's master process runs as root and hands requests to "
                                + "unprivileged workers; an unprivileged image (USER plus a port above 1024) is the stronger hardening",
                        "La etapa final nunca fija USER: el proceso maestro del servidor se ejecuta como root y pasa las peticiones "
                                + "a workers sin privilegios; una imagen sin privilegios (USER y un puerto por encima de 1024) protege más")
                        .severity(Severity.INFO);
                return;
            }
            if (!windows && s6Init(fin)) {
                ctx.report(fromRange(fin),
                        "The final stage never sets USER: s6-overlay's /init runs as root as PID 1 and starts each service; "
                                + "run the services as an unprivileged user (s6-setuidgid) or s6-overlay itself as one (USER, S6_READ_ONLY_ROOT)",
                        "La etapa final nunca fija USER: /init de s6-overlay se ejecuta como root como PID 1 y arranca cada servicio; "
                                + "ejecuta los servicios con un usuario sin privilegios (s6-setuidgid) o el propio s6-overlay como uno (USER, S6_READ_ONLY_ROOT)")
                        .severity(Severity.INFO);
                return;
            }
            if (!windows && dockerClient(fin)) {
                ctx.report(fromRange(fin),
                        "The final stage never sets USER: this image talks to the Docker daemon through its socket (DOCKER_HOST), "
                                + "which is root-equivalent anyway; limit what it can call with a socket proxy",
                        "La etapa final nunca fija USER: esta imagen habla con el demonio de Docker por su socket (DOCKER_HOST), "
                                + "lo que ya equivale a root; limita lo que puede llamar con un proxy del socket")
                        .severity(Severity.INFO);
                return;
            }
            if (!windows && systemdInit(fin)) {
                ctx.report(fromRange(fin),
                        "The final stage never sets USER: systemd as PID 1 must run as root (a system container, such as one that "
                                + "tests packages' service units); give each service its User= in its unit, and keep such images off production hosts",
                        "La etapa final nunca fija USER: systemd como PID 1 tiene que ejecutarse como root (un contenedor de sistema, como "
                                + "uno que prueba las unidades de servicio de paquetes); da a cada servicio su User= en su unidad y no lleves estas imágenes a producción")
                        .severity(Severity.INFO);
                return;
            }
            if (!windows && supervisord(fin)) {
                ctx.report(fromRange(fin),
                        "The final stage never sets USER: supervisord runs as root and starts each program as the user its "
                                + "configuration gives it (user=); check that every [program] sets an unprivileged one",
                        "La etapa final nunca fija USER: supervisord se ejecuta como root y arranca cada programa con el usuario "
                                + "que le da su configuración (user=); comprueba que cada [program] fija uno sin privilegios")
                        .severity(Severity.INFO);
                return;
            }
            List<dev.dockmentor.context.DockerfileUsers.User> builders = ctx.users();
            if (!windows && !builders.isEmpty() && builders.stream().allMatch(dev.dockmentor.context.DockerfileUsers.User::runsUnprivileged)) {
                // The compose set-up that builds it drops root (user: 1000:1000): root only where the image runs elsewhere.
                var u = builders.get(0);
                r = ctx.report(fromRange(fin),
                        "The final stage never sets USER, but compose service '" + u.service() + "', which builds it, runs it as " + u.runAs()
                                + " (user:): fine there; docker run elsewhere still starts it as root, so a USER here makes that the image's own default",
                        "La etapa final nunca fija USER, pero el servicio de compose '" + u.service() + "', que la construye, la ejecuta como "
                                + u.runAs() + " (user:): bien ahí; docker run en otro sitio la arranca como root, así que un USER aquí lo hace el valor por defecto de la imagen")
                        .severity(Severity.INFO);
            } else r = windows
                    ? ctx.report(fromRange(fin),
                            "The final stage never sets USER, so the container runs as ContainerAdministrator",
                            "La etapa final nunca fija USER, así que el contenedor se ejecuta como ContainerAdministrator")
                    : ctx.report(fromRange(fin),
                            "The final stage never sets USER, so the container runs as root",
                            "La etapa final nunca fija USER, así que el contenedor se ejecuta como root");
        }
        Instruction before = insertionPoint(fin, last);
        String nl = ctx.newline();
        String indent = before != null ? ctx.indentOf(before) : ctx.indentOf(fin.from);
        StringBuilder text = new StringBuilder();
        // Windows images have no groupadd/useradd; they ship the unprivileged ContainerUser account.
        // An image that already has an unprivileged user (.NET 8+: app): creating it again fails, it exists.
        String shipped = windows ? null : ctx.kb().shippedUser(fin.root().image).orElse(null);
        String create = windows || shipped != null ? null : createUser(ctx.kb(), fin.root().image);
        String user = windows ? "ContainerUser" : shipped != null ? shipped : create == null ? userOf(ctx.kb(), fin.root().image) : "app";
        if (create != null) text.append(indent).append(create).append(nl);
        text.append(indent).append("USER ").append(user).append(nl);
        Msg title = windows
                ? Msg.of("Switch to the unprivileged ContainerUser (USER ContainerUser)",
                        "Cambiar al usuario sin privilegios ContainerUser (USER ContainerUser)")
                : shipped != null ? Msg.of("Switch to the image's unprivileged user (USER " + user + ")",
                        "Cambiar al usuario sin privilegios de la imagen (USER " + user + ")")
                : Msg.of("Create an unprivileged user and switch to it (USER " + user + ")",
                        "Crear un usuario sin privilegios y cambiar a él (USER " + user + ")");
        if (before != null) r.fix(title, false, ctx.insertLinesBefore(before.startLine, text.toString()));
        else r.fix(title, false, ctx.insertLinesAfter(fin.instructions.isEmpty() ? fin.from
                : fin.instructions.get(fin.instructions.size() - 1), text.toString()));
    }

    /** A Windows image: mcr.microsoft.com/windows/*, a servercore or nanoserver image or tag, or a PowerShell/cmd SHELL. */
    static boolean isWindows(Stage s) {
        ImageRef ref = s.root().image;
        if (ref != null && !ref.hasVariables()) {
            String repo = ref.repository().toLowerCase(Locale.ROOT);
            String tag = ref.tag() == null ? "" : ref.tag().toLowerCase(Locale.ROOT);
            if ("mcr.microsoft.com".equalsIgnoreCase(ref.registry()) && repo.startsWith("windows")) return true;
            if (repo.contains("servercore") || repo.contains("nanoserver") || tag.contains("servercore") || tag.contains("nanoserver")) {
                return true;
            }
        }
        for (Instruction sh : RuntimeFacts.inChain(s, "SHELL")) {
            if (!sh.execForm || sh.execArgs.isEmpty()) continue;
            String p = sh.execArgs.get(0).value().toLowerCase(Locale.ROOT).replace('\\', '/');
            p = p.substring(p.lastIndexOf('/') + 1);
            if (p.matches("(powershell|pwsh|cmd)(\\.exe)?")) return true;
        }
        return false;
    }

    private static boolean isNanoServer(ImageRef ref) {
        return ref != null && (ref.repository().toLowerCase(Locale.ROOT).contains("nanoserver")
                || ref.tag() != null && ref.tag().toLowerCase(Locale.ROOT).contains("nanoserver"));
    }

    private static boolean isWindowsAdmin(Instruction user) {
        return !user.words.isEmpty() && user.words.get(0).value().equalsIgnoreCase("ContainerAdministrator");
    }

    static boolean isRoot(Instruction user) {
        if (user.words.isEmpty()) return false;
        String v = user.words.get(0).value();
        int colon = v.indexOf(':');
        String u = colon >= 0 ? v.substring(0, colon) : v;
        return u.equals("root") || u.matches("0+");
    }

    private static Range fromRange(Stage s) {
        return s.imageWord != null ? s.imageWord.range() : s.from.keywordRange;
    }

    /** The first CMD/ENTRYPOINT after the last root USER of the final stage; null means at the end. */
    private static Instruction insertionPoint(Stage fin, Instruction lastUser) {
        for (Instruction i : fin.instructions) {
            if (lastUser != null && i.startLine < lastUser.startLine) continue;
            if (i.is("CMD") || i.is("ENTRYPOINT")) return i;
        }
        return null;
    }

    /** The user-creation line for the base's family; null when the image cannot run one (distroless, scratch). */
    private static String createUser(KnowledgeBase kb, ImageRef ref) {
        if (ref == null || ref.isScratch() || isDistroless(ref) || kb.hasNoShell(ref)) return null;
        String name = ref.name().toLowerCase(Locale.ROOT);
        String tag = ref.tag() == null ? "" : ref.tag().toLowerCase(Locale.ROOT);
        if (name.equals("alpine") || name.equals("busybox") || tag.contains("alpine")) {
            return "RUN addgroup -S app && adduser -S app -G app";
        }
        return "RUN groupadd --system app && useradd --system --gid app --no-create-home app";
    }

    private static String userOf(KnowledgeBase kb, ImageRef ref) {
        return ref != null && isDistroless(ref) ? "nonroot" : "65534:65534";
    }

    private static boolean isDistroless(ImageRef ref) {
        return ref.repository().toLowerCase(Locale.ROOT).startsWith("distroless/");
    }

    /** The compose side of the same concept lives beside the compose model. */
    @Override
    public void check(ComposeContext ctx) {
        RootUserCompose.check(ctx);
    }    /** An ENTRYPOINT plus gosu or su-exec brought into the image: the official images' way to drop root at start. */
    private static final java.util.regex.Pattern SERVER_PROCESS = java.util.regex.Pattern.compile(
            "(?:^|[\\s\"'/])(?:nginx|httpd|apache2|apache2-foreground|apache2ctl|httpd-foreground|php-fpm[0-9.]*|openresty|unitd)(?=$|[\\s\"'])");

    /**
     * The container runs a server that hands requests to unprivileged workers: the command names it (nginx, httpd,
     * apache2-foreground, php-fpm, NGINX Unit's unitd, which runs each application as its configured user), or the base is such a server's image and the Dockerfile keeps its command.
     */
    private static boolean runsWorkerServer(DockerfileContext ctx, Stage fin) {
        String e = lastArgs(fin, "ENTRYPOINT"), c = lastArgs(fin, "CMD");
        if (SERVER_PROCESS.matcher(e).find() || SERVER_PROCESS.matcher(c).find()) return true;
        // Keeps the base's command: sets neither ENTRYPOINT nor CMD.
        return RuntimeFacts.inChain(fin, "ENTRYPOINT").isEmpty() && RuntimeFacts.inChain(fin, "CMD").isEmpty()
                && ctx.kb().serverDropsWorkers(fin.root().image);
    }

    /** The arguments of the chain's last {@code keyword} instruction (what the container runs), or "". */
    private static String lastArgs(Stage fin, String keyword) {
        List<Instruction> all = RuntimeFacts.inChain(fin, keyword);
        return all.isEmpty() ? "" : all.get(all.size() - 1).argsText();
    }

    /** ENV DOCKER_HOST=unix://…docker.sock: the image is a Docker client of the host's daemon (a proxy generator, a runner). */
    private static boolean dockerClient(Stage fin) {
        for (Instruction i : RuntimeFacts.inChain(fin, "ENV")) {
            for (var kv : i.keyValues) {
                if ("DOCKER_HOST".equals(kv.key()) && kv.value() != null && kv.value().contains("docker.sock")) return true;
            }
        }
        return false;
    }

    /** systemd (or the init that is systemd) as the container's command: a system container, root by design. */
    private static boolean systemdInit(Stage fin) {
        return SYSTEMD.matcher(lastArgs(fin, "ENTRYPOINT") + " " + lastArgs(fin, "CMD")).find();
    }

    private static final java.util.regex.Pattern SYSTEMD = java.util.regex.Pattern.compile(
            "(?:^|[\\s\"'\\[])(?:/lib/systemd/systemd|/usr/lib/systemd/systemd|/sbin/init|/usr/sbin/init)(?=$|[\\s\"',\\]])");

    /** supervisord as the container's command or entrypoint: a process manager that sets each program's user. */
    private static boolean supervisord(Stage fin) {
        return SUPERVISORD.matcher(lastArgs(fin, "ENTRYPOINT") + " " + lastArgs(fin, "CMD")).find();
    }

    private static final java.util.regex.Pattern SUPERVISORD = java.util.regex.Pattern.compile("(?:^|[\\s\"'/])supervisord(?=$|[\\s\"'])");

    /** s6-overlay as the entrypoint: {@code ENTRYPOINT ["/init"]}. */
    private static boolean s6Init(Stage fin) {
        List<Instruction> entry = RuntimeFacts.inChain(fin, "ENTRYPOINT");
        if (entry.isEmpty()) return false;
        Instruction e = entry.get(entry.size() - 1);
        List<dev.dockmentor.dockerfile.Word> w = e.execForm ? e.execArgs : e.words;
        return !w.isEmpty() && (w.get(0).value().equals("/init") || w.get(0).value().equals("/package/admin/s6-overlay/command/init"));
    }

    /** Tools an entrypoint uses to drop from root to the service's user. */
    private static final java.util.regex.Pattern STEP_DOWN = java.util.regex.Pattern.compile(
            "(?:^|[\\s\"'/;&|(])(?:gosu|su-exec|setpriv|s6-setuidgid|runuser|chpst|setuidgid|su\\s+-s|su\\s+-c|chroot\\s+--userspec|exec\\s+su\\s)(?=$|[\\s\"'])");

    /**
     * The entrypoint starts as root to set up, then drops to the service's user: the CMD/ENTRYPOINT or a RUN names
     * gosu, su-exec, setpriv..., or the entrypoint script the Dockerfile copies from the context does.
     */
    private static boolean stepsDown(DockerfileContext ctx, Stage fin) {
        List<Instruction> entry = RuntimeFacts.inChain(fin, "ENTRYPOINT");
        List<Instruction> cmd = RuntimeFacts.inChain(fin, "CMD");
        for (Instruction i : entry) if (STEP_DOWN.matcher(i.argsText()).find()) return true;
        for (Instruction i : cmd) if (STEP_DOWN.matcher(i.argsText()).find()) return true;
        if (entry.isEmpty()) return false;
        for (Instruction run : RuntimeFacts.inChain(fin, "RUN")) {
            for (var c : ctx.shell(run).commands()) {
                for (var w : c.words()) {
                    String v = w.value();
                    if (v.equals("gosu") || v.equals("su-exec") || v.endsWith("/gosu") || v.endsWith("/su-exec")) return true;
                }
            }
        }
        return entrypointScriptStepsDown(ctx, fin, entry.get(entry.size() - 1));
    }

    /** Reads the script the ENTRYPOINT runs when a COPY in the chain brings it from the build context. */
    private static boolean entrypointScriptStepsDown(DockerfileContext ctx, Stage fin, Instruction entry) {
        List<dev.dockmentor.dockerfile.Word> words = entry.execForm ? entry.execArgs : entry.words;
        if (words.isEmpty() || ctx.contextDir() == null) return false;
        String script = null;
        for (dev.dockmentor.dockerfile.Word w : words) {
            String v = w.value();
            if (v.endsWith(".sh") || v.contains("entrypoint") || v.contains("docker-entry")) {
                script = v;
                break;
            }
        }
        if (script == null) return false;
        String base = script.substring(script.lastIndexOf('/') + 1);
        for (Instruction copy : RuntimeFacts.inChain(fin, "COPY")) {
            if (copy.flag("from").isPresent() || copy.words.size() < 2) continue;
            String dest = copy.words.get(copy.words.size() - 1).value();
            for (int i = 0; i < copy.words.size() - 1; i++) {
                String src = copy.words.get(i).value();
                String srcBase = src.substring(src.lastIndexOf('/') + 1);
                if (!srcBase.equals(base) && !dest.endsWith("/" + base) && !dest.equals(script)) continue;
                java.util.Optional<String> text = ctx.files().read(ctx.contextDir().resolve(src).normalize());
                if (text.isPresent() && text.get().length() < 1_000_000 && STEP_DOWN.matcher(text.get()).find()) return true;
            }
        }
        return false;
    }

}
