package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Build;
import dev.dockmentor.compose.Healthcheck;
import dev.dockmentor.compose.Port;
import dev.dockmentor.compose.Service;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.kb.KnowledgeBase;
import dev.dockmentor.rules.ComposeContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Facts several compose rules share: the image a service runs, its healthcheck (own or inherited), a probe to suggest. */
public final class ComposeRules {
    private ComposeRules() {}

    /** The image reference of a service (interpolated), or the base image of the stage it builds. */
    public static Optional<ImageRef> image(ComposeContext ctx, Service s) {
        String img = s.imageText();
        if (img != null && s.build() == null) return Optional.of(ImageRef.parse(img));
        return stage(ctx, s).map(st -> st.root().image);
    }

    /** The Dockerfile stage a service with {@code build:} runs: {@code build.target}, else the last stage. */
    public static Optional<Stage> stage(ComposeContext ctx, Service s) {
        Build b = s.build();
        if (b == null) return Optional.empty();
        return ctx.dockerfile(s).flatMap(built -> {
            if (b.target() != null && b.target().text() != null) return built.dockerfile().stageRef(b.target().text());
            return built.dockerfile().finalStage();
        });
    }

    /** The Dockerfile HEALTHCHECK the built stage (or its ancestors) ends with, if any. */
    public static Optional<Instruction> dockerfileHealthcheck(ComposeContext ctx, Service s) {
        Optional<Stage> st = stage(ctx, s);
        int guard = 0;
        for (Stage cur = st.orElse(null); cur != null && guard++ < 100; cur = cur.parent()) {
            List<Instruction> hcs = cur.all("HEALTHCHECK");
            if (!hcs.isEmpty()) return Optional.of(hcs.get(hcs.size() - 1));
        }
        return Optional.empty();
    }

    /** The service will have a working healthcheck: its own test, or one from its Dockerfile (not NONE). */
    public static boolean healthy(ComposeContext ctx, Service s) {
        Healthcheck hc = s.healthcheck();
        if (hc != null && hc.disabled()) return false;
        if (hc != null && hc.hasTest()) return true;
        return dockerfileHealthcheck(ctx, s).map(i -> !i.argsText().strip().equalsIgnoreCase("NONE")).orElse(false);
    }

    /**
     * Whether the service may get a HEALTHCHECK from an image we cannot read: compose sets no test and does not
     * disable it, and it runs a registry image the knowledge base does not know to lack one (mailcow's unbound
     * image has one), or builds from a Dockerfile that cannot be read. Compose then uses the image's probe.
     */
    public static boolean healthcheckUnknowable(ComposeContext ctx, Service s) {
        Healthcheck hc = s.healthcheck();
        if (hc != null && (hc.disabled() || hc.hasTest())) return false;
        if (s.build() != null) {
            if (ctx.dockerfile(s).isEmpty()) return true;
            if (dockerfileHealthcheck(ctx, s).isPresent()) return false;
            // No HEALTHCHECK in the Dockerfile: the base image it builds on may still have one (a HEALTHCHECK is
            // inherited), unless it is scratch or an image known to ship none.
            Stage root = stage(ctx, s).map(Stage::root).orElse(null);
            if (root == null || root.image == null) return false;
            if (root.image.isScratch()) return false;
            return !ctx.kb().hasNoImageHealthcheck(root.image);
        }
        return !image(ctx, s).map(ctx.kb()::hasNoImageHealthcheck).orElse(false);
    }

    /** Healthcheck explicitly decided (test, disable, NONE, or a Dockerfile HEALTHCHECK of any kind). */
    public static boolean healthcheckDecided(ComposeContext ctx, Service s) {
        Healthcheck hc = s.healthcheck();
        if (hc != null && (hc.disabled() || hc.hasTest())) return true;
        return dockerfileHealthcheck(ctx, s).isPresent();
    }

    /** A healthcheck fitted to the service: the database's own probe, else an HTTP probe with a tool the image ships. */
    public static Optional<Map<String, Object>> suggestedHealthcheck(ComposeContext ctx, Service s) {
        KnowledgeBase kb = ctx.kb();
        Optional<ImageRef> ref = image(ctx, s);
        List<Object> test = null;
        Optional<KnowledgeBase.Database> db = ref.flatMap(kb::database);
        if (db.isPresent() && db.get().healthcheck() != null) {
            test = new ArrayList<>(db.get().healthcheck());
            if (ref.get().repository().endsWith("mariadb")) test = List.of("CMD", "healthcheck.sh", "--connect", "--innodb_initialized");
        } else {
            Integer port = null;
            for (Port p : s.ports()) {
                if (p.containerPort() != null && p.containerPort().matches("\\d{1,5}")) {
                    port = Integer.parseInt(p.containerPort());
                    break;
                }
            }
            if (port == null && s.get("expose") != null && s.get("expose").isSeq() && !s.get("expose").items.isEmpty()) {
                String e = s.get("expose").items.get(0).text();
                if (e != null && e.matches("\\d{1,5}")) port = Integer.parseInt(e);
            }
            Optional<boolean[]> tools = ref.flatMap(kb::tools);
            // FastCGI (php-fpm on 9000), memcached, brokers...: an HTTP probe there can never succeed.
            boolean fpm = ref.isPresent() && ref.get().tag() != null && ref.get().tag().contains("fpm");
            if (port != null && tools.isPresent() && !kb.isNonHttpPort(port) && !fpm) {
                String url = "http://localhost:" + port + "/";
                if (tools.get()[0]) test = List.of("CMD", "curl", "-fsS", url);
                else if (tools.get()[1]) test = List.of("CMD", "wget", "-q", "--spider", url);
            }
        }
        if (test == null) return Optional.empty();
        Map<String, Object> hc = new LinkedHashMap<>();
        hc.put("test", test);
        hc.put("interval", "10s");
        hc.put("timeout", "5s");
        hc.put("retries", 5);
        return Optional.of(hc);
    }

    /** Services whose key is written in the file being linted. */
    public static List<Service> own(ComposeContext ctx) {
        List<Service> out = new ArrayList<>();
        for (Service s : ctx.model().services.values()) if (java.util.Objects.equals(s.key.path, ctx.path())) out.add(s);
        return out;
    }
}
