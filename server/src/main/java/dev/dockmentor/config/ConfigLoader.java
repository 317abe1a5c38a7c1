package dev.dockmentor.config;

import dev.dockmentor.project.FileProbe;
import dev.dockmentor.rules.Profile;
import dev.dockmentor.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Finds and reads {@code .dockmentor.yaml}, from a file's folder upward; falls back to
 * {@code .hadolint.yaml} ({@code ignored}, {@code override}, {@code trustedRegistries}).
 * Loading is data-only: no custom tags, capped aliases and size.
 */
public final class ConfigLoader {
    public static final List<String> NAMES = List.of(".dockmentor.yaml", ".dockmentor.yml");
    public static final List<String> HADOLINT_NAMES = List.of(".hadolint.yaml", ".hadolint.yml");
    private static final int MAX_BYTES = 256 * 1024;

    private ConfigLoader() {}

    /** The config file governing {@code start} (a file or folder), if any. */
    public static Optional<Path> find(Path start) {
        return find(start, FileProbe.DISK);
    }

    /** As {@link #find(Path)}, asking {@code probe} what exists. */
    public static Optional<Path> find(Path start, FileProbe probe) {
        Path dir = start.toAbsolutePath().normalize();
        if (!probe.isDirectory(dir)) dir = dir.getParent();
        int guard = 0;
        while (dir != null && guard++ < 64) {
            FileProbe.Folder f = probe.folder(dir);
            for (String n : NAMES) if (f.kind(n) == FileProbe.Kind.FILE) return Optional.of(dir.resolve(n));
            for (String n : HADOLINT_NAMES) if (f.kind(n) == FileProbe.Kind.FILE) return Optional.of(dir.resolve(n));
            if (f.kind(".git") == FileProbe.Kind.DIRECTORY) break; // stop at the repository root
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    public static Config load(Path file) throws ConfigException {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) throw new ConfigException(file, -1, "configuration file is larger than 256 KiB");
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, -1, "cannot read configuration: " + e.getMessage());
        }
        return parse(file, text);
    }

    public static Config parse(Path file, String text) throws ConfigException {
        boolean hadolint = file != null && file.getFileName().toString().startsWith(".hadolint");
        Object root;
        try {
            LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(10)
                    .setAllowRecursiveKeys(false).setCodePointLimit(MAX_BYTES).setLabel(String.valueOf(file)).build();
            root = new Load(settings).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine()).orElse(-1);
            throw new ConfigException(file, line, "invalid YAML: " + firstLine(e.getProblem()));
        } catch (YamlEngineException | StackOverflowError e) {
            throw new ConfigException(file, -1, "invalid YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
        if (root == null) return new Config(Profile.RECOMMENDED, null, Map.of(), List.of(), List.of(), file);
        if (!(root instanceof Map<?, ?> map)) throw new ConfigException(file, 0, "the configuration must be a mapping of keys");
        return hadolint ? fromHadolint(file, map) : fromDockmentor(file, map);
    }

    private static Config fromDockmentor(Path file, Map<?, ?> map) throws ConfigException {
        Profile profile = Profile.RECOMMENDED;
        String locale = null;
        Map<String, Severity> rules = new LinkedHashMap<>();
        List<String> ignore = new ArrayList<>();
        List<String> trusted = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object v = e.getValue();
            switch (key) {
                case "profile" -> {
                    profile = Profile.parse(String.valueOf(v));
                    if (profile == null) throw new ConfigException(file, -1, "profile must be 'recommended' or 'strict', not '" + v + "'");
                }
                case "locale" -> {
                    String l = String.valueOf(v);
                    if (!l.equals("en") && !l.equals("es")) throw new ConfigException(file, -1, "locale must be 'en' or 'es', not '" + v + "'");
                    locale = l;
                }
                case "rules" -> {
                    if (v == null) break;
                    if (!(v instanceof Map<?, ?> rm)) throw new ConfigException(file, -1, "'rules' must map rule ids to a severity or 'off'");
                    for (Map.Entry<?, ?> r : rm.entrySet()) rules.put(String.valueOf(r.getKey()), severityOrOff(file, r.getKey(), r.getValue()));
                }
                case "ignore" -> {
                    if (v instanceof Map<?, ?> im && im.get("paths") != null) ignore.addAll(strings(file, "ignore.paths", im.get("paths")));
                    else if (v != null && !(v instanceof Map)) throw new ConfigException(file, -1, "'ignore' must be a mapping with 'paths'");
                }
                case "trusted-registries", "trustedRegistries" -> trusted.addAll(strings(file, key, v));
                default -> throw new ConfigException(file, -1, "unknown key '" + key
                        + "' (known: profile, locale, rules, ignore, trusted-registries)");
            }
        }
        return new Config(profile, locale, rules, ignore, trusted, file);
    }

    private static Config fromHadolint(Path file, Map<?, ?> map) throws ConfigException {
        Map<String, Severity> rules = new LinkedHashMap<>();
        List<String> trusted = new ArrayList<>();
        Object ignored = map.get("ignored");
        if (ignored != null) for (String id : strings(file, "ignored", ignored)) rules.put(id, null);
        if (map.get("override") instanceof Map<?, ?> ov) {
            for (Map.Entry<?, ?> e : ov.entrySet()) {
                Severity s = Severity.parse(String.valueOf(e.getKey()));
                if (s == null) continue;
                for (String id : strings(file, "override", e.getValue())) rules.put(id, s);
            }
        }
        Object tr = map.get("trustedRegistries");
        if (tr != null) trusted.addAll(strings(file, "trustedRegistries", tr));
        return new Config(Profile.RECOMMENDED, null, rules, List.of(), trusted, file);
    }

    private static Severity severityOrOff(Path file, Object key, Object v) throws ConfigException {
        String s = String.valueOf(v);
        if (v instanceof Boolean b) {
            if (!b) return null;
            throw new ConfigException(file, -1, "rule '" + key + "': use a severity (error, warning, info, hint) or 'off'");
        }
        if (s.equals("off") || s.equals("none") || s.equals("false")) return null;
        Severity sev = Severity.parse(s);
        if (sev == null) throw new ConfigException(file, -1, "rule '" + key + "': '" + s + "' is not error, warning, info, hint or off");
        return sev;
    }

    private static List<String> strings(Path file, String key, Object v) throws ConfigException {
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object o : l) out.add(String.valueOf(o));
            return out;
        }
        if (v instanceof String s) return List.of(s);
        throw new ConfigException(file, -1, "'" + key + "' must be a list");
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }
}
