package dev.dockmentor.kb;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.dockmentor.dockerfile.ImageRef;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Facts the rules need about images and packages, loaded from {@code kb/images.json}. */
public final class KnowledgeBase {
    /**
     * Sizes in MB of a language image's variants; null where the variant does not exist. {@code slimAfterSuite}:
     * its slim tags read {@code 20-bookworm-slim} rather than {@code 3.12-slim-bookworm}; {@code noAlpine}: tag
     * flavours ({@code apache}) that have no alpine variant.
     */
    public record LanguageImage(String name, int full, Integer slim, Integer alpine, String alternative,
                                boolean slimAfterSuite, List<String> noAlpine) {}

    public record Database(String image, String dataPath, Integer port, List<String> healthcheck) {}

    /**
     * One tools fact: curl/wget null where the rule says nothing. {@code rank}: how specific the match is, 0 for an
     * image variant ({@code nginx:*alpine*}), 1 for a variant of any image ({@code tag:*alpine*}), 2 for an image.
     */
    private record ToolRule(String match, Boolean curl, Boolean wget, int rank) {
        boolean matches(String full, String tag) {
            if (rank == 1) return glob(match.substring(4), tag);
            if (rank == 0) {
                int c = match.indexOf(':');
                return glob(match.substring(0, c), full) && glob(match.substring(c + 1), tag);
            }
            return glob(match, full);
        }

        Boolean fact(int tool) {
            return tool == 0 ? curl : wget;
        }
    }

    private record ShippedUser(String match, Integer minMajor, String user) {}

    private static volatile KnowledgeBase instance;

    private final Map<String, LanguageImage> languages = new HashMap<>();
    private final List<String> osImages = new ArrayList<>();
    private final List<String> noShell = new ArrayList<>();
    private final List<String> noShellExceptTags = new ArrayList<>();
    private final List<String> nonRoot = new ArrayList<>();
    private final List<String> stepsDown = new ArrayList<>();
    private final List<String> serversDropWorkers = new ArrayList<>();
    private final List<String> devEnvironments = new ArrayList<>();
    private final List<String> backingServices = new ArrayList<>();
    private final List<String> withShell = new ArrayList<>();
    private final java.util.Set<String> noRecommends = new java.util.HashSet<>();
    private final List<String> officialWithOwnUser = new ArrayList<>();
    private final List<ShippedUser> shippedUsers = new ArrayList<>();
    private final List<ToolRule> toolRules = new ArrayList<>();
    private final Map<String, Boolean[]> languageTools = new HashMap<>();
    private final List<String> buildTools = new ArrayList<>();
    private final List<String> buildToolSuffixes = new ArrayList<>();
    private final List<String> debugTools = new ArrayList<>();
    private final Map<String, String> runtimePackages = new HashMap<>();
    private final Map<String, Database> databases = new HashMap<>();
    /** Images of another name that run a database's server (valkey is redis): keyed by repository. */
    private final Map<String, Database> familyMembers = new HashMap<>();
    private final Map<String, String> serverPrograms = new HashMap<>();
    private final List<String> nonHttpServices = new ArrayList<>();
    private final List<Integer> nonHttpPorts = new ArrayList<>();
    private final List<String> serviceClients = new ArrayList<>();
    private final List<String> debianImages = new ArrayList<>();
    private final List<String> debianSuites = new ArrayList<>();
    private final List<String> debianNotTags = new ArrayList<>();
    private final List<String> noHealthcheck = new ArrayList<>();

    public static KnowledgeBase get() {
        KnowledgeBase kb = instance;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (instance == null) instance = load();
                kb = instance;
            }
        }
        return kb;
    }

    private static KnowledgeBase load() {
        try (Reader r = new InputStreamReader(KnowledgeBase.class.getResourceAsStream("images.json"), StandardCharsets.UTF_8)) {
            return new KnowledgeBase(JsonParser.parseReader(r).getAsJsonObject());
        } catch (Exception e) {
            throw new IllegalStateException("knowledge base kb/images.json is missing or broken", e);
        }
    }

    private KnowledgeBase(JsonObject root) {
        JsonObject alt = root.getAsJsonObject("runtimeAlternatives");
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("language").entrySet()) {
            JsonObject o = e.getValue().getAsJsonObject();
            languages.put(e.getKey(), new LanguageImage(e.getKey(), o.get("full").getAsInt(), intOrNull(o, "slim"),
                    intOrNull(o, "alpine"), alt.has(e.getKey()) ? alt.get(e.getKey()).getAsString() : null,
                    o.has("slimAfterSuite") && o.get("slimAfterSuite").getAsBoolean(), strings(o, "noAlpine")));
            languageTools.put(e.getKey(), new Boolean[] {o.get("curl").getAsBoolean(), o.get("wget").getAsBoolean()});
        }
        root.getAsJsonArray("os").forEach(x -> osImages.add(x.getAsString()));
        if (root.has("services")) {
            JsonObject sv = root.getAsJsonObject("services");
            sv.getAsJsonObject("programs").entrySet().forEach(e -> serverPrograms.put(e.getKey(), e.getValue().getAsString()));
            sv.getAsJsonArray("nonHttp").forEach(x -> nonHttpServices.add(x.getAsString()));
            sv.getAsJsonArray("nonHttpPorts").forEach(x -> nonHttpPorts.add(x.getAsInt()));
            sv.getAsJsonArray("clients").forEach(x -> serviceClients.add(x.getAsString()));
        }
        if (root.has("debianFamily")) {
            JsonObject d = root.getAsJsonObject("debianFamily");
            d.getAsJsonArray("images").forEach(x -> debianImages.add(x.getAsString()));
            d.getAsJsonArray("suites").forEach(x -> debianSuites.add(x.getAsString()));
            d.getAsJsonArray("notTags").forEach(x -> debianNotTags.add(x.getAsString()));
        }
        if (root.has("noHealthcheck")) root.getAsJsonObject("noHealthcheck").getAsJsonArray("images").forEach(x -> noHealthcheck.add(x.getAsString()));
        root.getAsJsonArray("noShell").forEach(x -> noShell.add(x.getAsString()));
        root.getAsJsonArray("noShellExceptTags").forEach(x -> noShellExceptTags.add(x.getAsString()));
        if (root.has("shippedUsers")) {
            for (JsonElement x : root.getAsJsonObject("shippedUsers").getAsJsonArray("rules")) {
                JsonObject o = x.getAsJsonObject();
                shippedUsers.add(new ShippedUser(o.get("match").getAsString(), intOrNull(o, "minMajor"), o.get("user").getAsString()));
            }
        }
        if (root.has("nonRoot")) root.getAsJsonArray("nonRoot").forEach(x -> nonRoot.add(x.getAsString()));
        if (root.has("stepsDown")) root.getAsJsonArray("stepsDown").forEach(x -> stepsDown.add(x.getAsString()));
        if (root.has("noRecommends")) root.getAsJsonArray("noRecommends").forEach(x -> noRecommends.add(x.getAsString()));
        if (root.has("withShell")) root.getAsJsonArray("withShell").forEach(x -> withShell.add(x.getAsString()));
        if (root.has("backingServices")) root.getAsJsonArray("backingServices").forEach(x -> backingServices.add(x.getAsString()));
        if (root.has("devEnvironments")) root.getAsJsonArray("devEnvironments").forEach(x -> devEnvironments.add(x.getAsString()));
        if (root.has("serversDropWorkers")) root.getAsJsonArray("serversDropWorkers").forEach(x -> serversDropWorkers.add(x.getAsString()));
        if (root.has("officialWithOwnUser")) {
            root.getAsJsonObject("officialWithOwnUser").getAsJsonArray("images").forEach(x -> officialWithOwnUser.add(x.getAsString()));
        }
        for (JsonElement x : root.getAsJsonObject("tools").getAsJsonArray("rules")) {
            JsonObject o = x.getAsJsonObject();
            String match = o.get("match").getAsString();
            // A colon after a registry host's port would read as a tag: only the text after the last slash counts.
            int rank = match.startsWith("tag:") ? 1 : match.substring(match.lastIndexOf('/') + 1).contains(":") ? 0 : 2;
            toolRules.add(new ToolRule(match, boolOrNull(o, "curl"), boolOrNull(o, "wget"), rank));
        }
        JsonObject pk = root.getAsJsonObject("packages");
        pk.getAsJsonArray("buildTools").forEach(x -> buildTools.add(x.getAsString()));
        pk.getAsJsonArray("buildToolSuffixes").forEach(x -> buildToolSuffixes.add(x.getAsString()));
        pk.getAsJsonArray("debugTools").forEach(x -> debugTools.add(x.getAsString()));
        for (Map.Entry<String, JsonElement> e : pk.getAsJsonObject("runtimes").entrySet()) {
            e.getValue().getAsJsonArray().forEach(x -> runtimePackages.put(x.getAsString(), e.getKey()));
        }
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("databases").entrySet()) {
            JsonObject o = e.getValue().getAsJsonObject();
            List<String> hc = null;
            if (o.has("healthcheck") && o.get("healthcheck").isJsonArray()) {
                hc = new ArrayList<>();
                for (JsonElement h : o.getAsJsonArray("healthcheck")) hc.add(h.getAsString());
            }
            databases.put(e.getKey(), new Database(e.getKey(),
                    o.get("dataPath").isJsonNull() ? null : o.get("dataPath").getAsString(),
                    o.get("port").isJsonNull() ? null : o.get("port").getAsInt(), hc));
        }
        if (root.has("databaseFamilies")) {
            for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("databaseFamilies").entrySet()) {
                if (!e.getValue().isJsonObject()) continue;
                JsonObject o = e.getValue().getAsJsonObject();
                Database family = databases.get(o.get("family").getAsString());
                List<String> hc = family.healthcheck();
                if (o.has("healthcheck")) {
                    hc = null;
                    if (o.get("healthcheck").isJsonArray()) {
                        hc = new ArrayList<>();
                        for (JsonElement h : o.getAsJsonArray("healthcheck")) hc.add(h.getAsString());
                    }
                }
                familyMembers.put(e.getKey(), new Database(family.image(), family.dataPath(), family.port(), hc));
            }
        }
    }

    private static List<String> strings(JsonObject o, String k) {
        List<String> out = new ArrayList<>();
        if (o.has(k) && o.get(k).isJsonArray()) o.getAsJsonArray(k).forEach(x -> out.add(x.getAsString()));
        return List.copyOf(out);
    }

    private static Boolean boolOrNull(JsonObject o, String k) {
        return o.has(k) && !o.get(k).isJsonNull() ? o.get(k).getAsBoolean() : null;
    }

    /** A knowledge base read from the given JSON (tests build variants of images.json). */
    static KnowledgeBase fromJson(JsonObject root) {
        return new KnowledgeBase(root);
    }

    private static Integer intOrNull(JsonObject o, String k) {
        return o.has(k) && !o.get(k).isJsonNull() ? o.get(k).getAsInt() : null;
    }

    /** The official language image this reference names, if any. */
    public Optional<LanguageImage> language(ImageRef ref) {
        if (ref == null || !ref.isOfficial()) return Optional.empty();
        return Optional.ofNullable(languages.get(ref.repository().toLowerCase(Locale.ROOT)));
    }

    public boolean isOsImage(ImageRef ref) {
        if (ref == null) return false;
        String repo = ref.repository().toLowerCase(Locale.ROOT);
        return (ref.registry() == null || ref.registry().equals("docker.io")) && osImages.contains(repo);
    }

    /**
     * Whether the image is known to be Debian or Ubuntu based, where /bin/sh is dash (no {@code set -o pipefail}).
     * False when unknown: a variable, a non-official image without a suite in its tag, an alpine or Windows tag.
     */
    public boolean isDebianFamily(ImageRef ref) {
        if (ref == null || ref.hasVariables() || ref.isScratch()) return false;
        String tag = ref.tag() == null ? "" : ref.tag().toLowerCase(Locale.ROOT);
        for (String n : debianNotTags) if (tag.contains(n)) return false;
        for (String s : debianSuites) if (tag.contains(s)) return true;
        return ref.isOfficial() && debianImages.contains(ref.repository().toLowerCase(Locale.ROOT));
    }

    /** Images with no /bin/sh: scratch, distroless (except :debug), Chainguard (except -dev). */
    public boolean hasNoShell(ImageRef ref) {
        if (ref == null || ref.hasVariables()) return false;
        String full = fullName(ref);
        for (String p : withShell) if (glob(p, full)) return false;
        for (String p : noShell) {
            if (glob(p, full)) {
                String tag = ref.tag() == null ? "" : ref.tag();
                for (String t : noShellExceptTags) if (tag.equals(t) || tag.endsWith("-" + t) || tag.startsWith(t + "-")) return false;
                return true;
            }
        }
        return false;
    }

    /** Images whose default user is not root (distroless :nonroot, Chainguard): {@code image[:tag]} globs. */
    public boolean isNonRoot(ImageRef ref) {
        if (ref == null || ref.hasVariables()) return false;
        String full = fullName(ref);
        String tag = ref.tag() == null ? "" : ref.tag();
        for (String p : nonRoot) {
            int c = p.indexOf(':');
            if (c < 0 ? glob(p, full) : glob(p.substring(0, c), full) && glob(p.substring(c + 1), tag)) return true;
        }
        return false;
    }

    /**
     * A web server image whose master process runs as root and its workers as an unprivileged user (nginx, httpd,
     * php's apache and fpm variants): root in the container, not in request handling.
     */
    public boolean serverDropsWorkers(ImageRef ref) {
        if (ref == null || ref.hasVariables()) return false;
        String full = fullName(ref);
        String tag = ref.tag() == null ? "" : ref.tag();
        for (String p : serversDropWorkers) {
            int c = p.indexOf(':');
            if (c < 0 ? glob(p, full) : glob(p.substring(0, c), full) && glob(p.substring(c + 1), tag)) return true;
        }
        return false;
    }

    /** A service an application uses rather than is: a database, broker, cache, object store, mail catcher or emulator. */
    public boolean isBackingService(ImageRef ref) {
        if (ref == null || ref.hasVariables()) return false;
        // arm64v8/mysql, amd64/redis: Docker Hub's per-architecture copies of the official images.
        if (ref.registry() == null && ref.repository().matches("(?:arm64v8|arm32v[5-7]|amd64|i386|ppc64le|s390x)/[^/]+")) {
            ref = ImageRef.parse(ref.repository().substring(ref.repository().indexOf('/') + 1) + (ref.tag() == null ? "" : ":" + ref.tag()));
        }
        if (database(ref).isPresent()) return true;
        String full = fullName(ref);
        for (String p : backingServices) if (glob(p, full)) return true;
        // chainguard/valkey, cgr.dev/chainguard/mariadb: a repackaging of a known one, by its image name.
        String name = full.substring(full.lastIndexOf('/') + 1);
        return backingNames().contains(name) || databases.containsKey(name);
    }

    private java.util.Set<String> backingNames;

    /** The image names (last part of the repository) of the backing services listed without wildcards. */
    private synchronized java.util.Set<String> backingNames() {
        if (backingNames == null) {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (String p : backingServices) if (!p.contains("*")) out.add(p.substring(p.lastIndexOf('/') + 1));
            for (String f : familyMembers.keySet()) if (!f.contains("*")) out.add(f.substring(f.lastIndexOf('/') + 1));
            backingNames = java.util.Set.copyOf(out);
        }
        return backingNames;
    }

    /** A Debian package that recommends nothing (and is a small leaf): --no-install-recommends changes nothing for it. */
    public boolean recommendsNothing(String pkg) {
        if (pkg == null) return false;
        String name = pkg.strip();
        int eq = name.indexOf('=');
        if (eq > 0) name = name.substring(0, eq); // ragel=6.10-4: a pinned version
        return noRecommends.contains(name);
    }

    /** An image made to be a developer's workspace (a dev container, a cloud workstation). */
    public boolean isDevEnvironment(ImageRef ref) {
        if (ref == null || ref.hasVariables()) return false;
        String full = fullName(ref);
        for (String p : devEnvironments) {
            if (p.startsWith("*/") && p.endsWith("*") ? full.contains(p.substring(1, p.length() - 1)) : glob(p, full)) return true;
        }
        return false;
    }

    /** The image's own ENTRYPOINT drops from root to the service's user (the official database images' gosu). */
    public boolean entrypointStepsDown(ImageRef ref) {
        if (ref == null || ref.hasVariables()) return false;
        String full = fullName(ref);
        for (String p : stepsDown) if (glob(p, full)) return true;
        return false;
    }

    /**
     * Whether the image is known to start as root: scratch, an OS image, an image that ships an unprivileged user
     * but starts as root, or an official image that sets no USER of its own. False when unknown (a variable, a
     * third-party image whose Dockerfile we cannot read).
     */
    public boolean startsAsRoot(ImageRef ref) {
        if (ref == null || ref.hasVariables()) return false;
        if (ref.isScratch()) return true;
        if (isNonRoot(ref)) return false;
        if (isOsImage(ref) || shippedUser(ref).isPresent()) return true;
        return ref.isOfficial() && !officialWithOwnUser.contains(ref.repository().toLowerCase(Locale.ROOT));
    }

    /**
     * The unprivileged user the image already has (while still starting as root): {@code app} on .NET 8+ images,
     * {@code node} on node. Empty when unknown; with a minimum version, a tag without a readable major is unknown too.
     */
    public Optional<String> shippedUser(ImageRef ref) {
        if (ref == null || ref.hasVariables()) return Optional.empty();
        String full = fullName(ref);
        for (ShippedUser u : shippedUsers) {
            if (!glob(u.match(), full)) continue;
            // latest is the current release, long past the minimum (.NET 10 in 2026).
            if (u.minMajor() != null && ref.tag() != null && !ref.tag().equals("latest")) {
                var m = MAJOR.matcher(ref.tag());
                if (!m.lookingAt() || Integer.parseInt(m.group(1)) < u.minMajor()) return Optional.empty();
            }
            return Optional.of(u.user());
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern MAJOR = java.util.regex.Pattern.compile("(\\d{1,4})(?:\\.|-|$)");

    /**
     * Whether the image ships curl ([0]) and wget ([1]); empty when unknown. Each tool is resolved on its own from the
     * most specific fact: an image variant rule, then a variant rule for any image (every alpine tag has BusyBox's
     * wget, even nginx:alpine, whose Debian sibling has none), then an image rule, then the language table. The order
     * of the rules in images.json only breaks ties within one kind.
     */
    public Optional<boolean[]> tools(ImageRef ref) {
        if (ref == null || ref.hasVariables()) return Optional.empty();
        String full = fullName(ref);
        String tag = ref.tag() == null ? "" : ref.tag().toLowerCase(Locale.ROOT);
        Boolean[] lang = ref.isOfficial() ? languageTools.get(ref.repository().toLowerCase(Locale.ROOT)) : null;
        boolean[] out = new boolean[2];
        for (int tool = 0; tool < 2; tool++) {
            Boolean fact = null;
            for (int rank = 0; rank <= 2 && fact == null; rank++) {
                for (ToolRule r : toolRules) {
                    if (r.rank() != rank || r.fact(tool) == null || !r.matches(full, tag)) continue;
                    fact = r.fact(tool);
                    break;
                }
            }
            if (fact == null && lang != null) fact = lang[tool];
            // One tool known and the other not: unknown as a whole, as callers read both.
            if (fact == null) return Optional.empty();
            out[tool] = fact;
        }
        return Optional.of(out);
    }

    public boolean isBuildTool(String pkg) {
        String p = stripVersion(pkg);
        if (buildTools.contains(p)) return true;
        for (String s : buildToolSuffixes) if (p.endsWith(s)) return true;
        return false;
    }

    public boolean isDebugTool(String pkg) {
        return debugTools.contains(stripVersion(pkg));
    }

    private static final java.util.regex.Pattern OPENJDK = java.util.regex.Pattern.compile("openjdk-\\d+-(jdk|jre)(-headless)?");
    private static final java.util.regex.Pattern PYTHON3 = java.util.regex.Pattern.compile("python3\\.\\d+");

    /** The official image to use instead of installing this runtime package, if it is one (called per package). */
    public Optional<String> runtimeImageFor(String pkg) {
        String p = stripVersion(pkg);
        String img = runtimePackages.get(p);
        if (img == null && OPENJDK.matcher(p).matches()) img = "eclipse-temurin";
        if (img == null && PYTHON3.matcher(p).matches()) img = "python";
        return Optional.ofNullable(img);
    }

    public Optional<Database> database(ImageRef ref) {
        if (ref == null) return Optional.empty();
        String repo = ref.repository().toLowerCase(Locale.ROOT);
        Database d = databases.get(repo);
        if (d == null) d = familyMembers.get(repo);
        if (d == null) d = databases.get(ref.name().toLowerCase(Locale.ROOT));
        if (d != null && "postgres".equals(d.image()) && usesPostgres18Layout(ref)) {
            d = new Database(d.image(), POSTGRES_18_DATA, d.port(), d.healthcheck());
        }
        return Optional.ofNullable(d);
    }

    /**
     * postgres 18+ declares VOLUME /var/lib/postgresql (PGDATA /var/lib/postgresql/18/docker), and its entrypoint
     * exits when something is mounted at the old /var/lib/postgresql/data.
     */
    public static final String POSTGRES_18_DATA = "/var/lib/postgresql";

    /**
     * Whether a postgres tag has the 18+ layout: a major of 18 or more, or no version at all (untagged, latest,
     * alpine, a variable): latest is 18+ since September 2025, so the path to suggest for it is the new one.
     * A numeric major below 18 keeps /var/lib/postgresql/data.
     */
    public static boolean usesPostgres18Layout(ImageRef ref) {
        Integer major = postgresMajor(ref);
        return major == null || major >= 18;
    }

    /** Whether the postgres tag names no version (latest, alpine, a variable): an older pull may still use /data. */
    public static boolean postgresVersionUnknown(ImageRef ref) {
        return postgresMajor(ref) == null;
    }

    private static final java.util.regex.Pattern PG_IN_TAG = java.util.regex.Pattern.compile("(?:^|[-_.])pg(\\d{1,3})(?:$|[-_.])");
    private static final java.util.regex.Pattern LEADING_MAJOR = java.util.regex.Pattern.compile("^(\\d+)");

    /**
     * The postgres major a tag names: {@code pg16} in the tags of images built on postgres ({@code 2.17.2-pg16},
     * {@code pg17}), where the leading number is the extension's own version; else the leading number
     * ({@code 16-alpine}, postgis {@code 16-3.4}). Null when the tag names none.
     */
    static Integer postgresMajor(ImageRef ref) {
        String tag = ref.tag() == null ? "" : ref.tag();
        java.util.regex.Matcher pg = PG_IN_TAG.matcher(tag);
        if (pg.find()) return Integer.parseInt(pg.group(1));
        java.util.regex.Matcher m = LEADING_MAJOR.matcher(tag);
        if (!m.find()) return null;
        return m.group(1).length() > 2 ? 99 : Integer.parseInt(m.group(1));
    }

    /** The databases entry of that name ({@code redis}), for a service recognised by its program. */
    public Optional<Database> databaseNamed(String name) {
        return Optional.ofNullable(databases.get(name));
    }

    /** The service a server program runs: {@code redis-server} gives redis, {@code php-fpm83} php-fpm. */
    public Optional<String> serviceOfProgram(String program) {
        String p = program.toLowerCase(Locale.ROOT);
        if (p.startsWith("php-fpm")) return Optional.of("php-fpm");
        return Optional.ofNullable(serverPrograms.get(p));
    }

    /** A service that does not answer HTTP on its port (redis, postgres, FastCGI...). */
    public boolean isNonHttpService(String service) {
        return nonHttpServices.contains(service);
    }

    /** An official image known to ship no HEALTHCHECK; false for any other image (it may define one we cannot read). */
    public boolean hasNoImageHealthcheck(ImageRef ref) {
        if (ref == null || ref.hasVariables() || !ref.isOfficial()) return false;
        return noHealthcheck.contains(ref.repository().toLowerCase(Locale.ROOT));
    }

    public boolean isNonHttpPort(int port) {
        return nonHttpPorts.contains(port);
    }

    /** The client a service's package ships beside the server (redis-cli with redis), so a probe can rely on it. */
    public boolean isServiceClient(String program) {
        return serviceClients.contains(program);
    }

    static String stripVersion(String pkg) {
        String p = pkg;
        int eq = p.indexOf('=');
        if (eq > 0) p = p.substring(0, eq);
        return p.toLowerCase(Locale.ROOT);
    }

    private static String fullName(ImageRef ref) {
        return (ref.registry() == null ? "" : ref.registry() + "/") + ref.repository().toLowerCase(Locale.ROOT);
    }

    static boolean glob(String pattern, String s) {
        if (pattern.endsWith("*") && pattern.startsWith("*")) {
            return s.contains(pattern.substring(1, pattern.length() - 1));
        }
        if (pattern.endsWith("*")) return s.startsWith(pattern.substring(0, pattern.length() - 1));
        return s.equals(pattern);
    }
}
