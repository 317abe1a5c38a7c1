package dev.dockmentor.context;

import dev.dockmentor.project.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Docker Bake file ({@code docker-bake.hcl}, {@code docker-bake.json}) says about the Dockerfiles it builds:
 * each target's {@code context}, {@code dockerfile} and named {@code contexts} ({@code base = "target:base"}). A
 * named context is not an image to pull: {@code FROM base} or {@code COPY --from=base} reads it. Only these
 * attributes are read, from the text, as literal strings; variables and functions are left alone.
 */
public final class BakeFiles {
    /** One target: where it builds from, which Dockerfile, and the names of its named contexts. */
    public record Target(String name, Path context, Path dockerfile, List<String> contexts) {}

    private static final List<String> NAMES = List.of("docker-bake.hcl", "docker-bake.json", "docker-bake.override.hcl",
            "docker-bake.override.json");
    private static final Pattern TARGET = Pattern.compile("(?m)^\\s*target\\s+\"([^\"]+)\"\\s*\\{");
    private static final Pattern STRING_ATTR = Pattern.compile("(?m)^\\s*(context|dockerfile)\\s*=\\s*\"([^\"$]*)\"");
    private static final Pattern CONTEXTS = Pattern.compile("(?m)^\\s*contexts\\s*=\\s*\\{");
    private static final Pattern KEY = Pattern.compile("([A-Za-z0-9_.-]+|\"[^\"]+\")\\s*[=:]");
    private static final int LEVELS = 4;

    private BakeFiles() {}

    /** The Bake targets that build this Dockerfile, from the bake files in its folder and the folders above. */
    public static List<Target> targetsBuilding(Path dockerfile, ProjectFiles files, Path knownRoot) {
        List<Target> out = new ArrayList<>();
        if (dockerfile == null || files == null) return out;
        Path target = dockerfile.toAbsolutePath().normalize();
        for (Path d : Folders.upToRoot(target.getParent(), files, knownRoot, LEVELS)) {
            for (String n : NAMES) {
                Path p = d.resolve(n);
                Optional<String> text = files.read(p);
                if (text.isEmpty() || text.get().length() > 512 * 1024) continue;
                for (Target t : parse(text.get(), d)) if (t.dockerfile().equals(target)) out.add(t);
            }
        }
        return out;
    }

    /** The targets of one bake file in folder {@code dir} (HCL or JSON text). */
    static List<Target> parse(String text, Path dir) {
        List<Target> out = new ArrayList<>();
        if (text.stripLeading().startsWith("{")) return parseJson(text, dir);
        Matcher m = TARGET.matcher(text);
        while (m.find()) {
            int end = block(text, m.end() - 1);
            String body = text.substring(m.end(), Math.max(m.end(), end));
            String context = ".", dockerfile = "Dockerfile";
            Matcher a = STRING_ATTR.matcher(body);
            while (a.find()) {
                if (a.group(1).equals("context")) context = a.group(2);
                else dockerfile = a.group(2);
            }
            List<String> names = new ArrayList<>();
            Matcher c = CONTEXTS.matcher(body);
            if (c.find()) {
                int close = block(body, c.end() - 1);
                Matcher k = KEY.matcher(body.substring(c.end(), Math.max(c.end(), close)));
                while (k.find()) names.add(k.group(1).replace("\"", ""));
            }
            Path ctx = dir.resolve(context).normalize();
            out.add(new Target(m.group(1), ctx, ctx.resolve(dockerfile).normalize(), names));
        }
        return out;
    }

    private static List<Target> parseJson(String text, Path dir) {
        List<Target> out = new ArrayList<>();
        try {
            var root = com.google.gson.JsonParser.parseString(text).getAsJsonObject();
            if (!root.has("target")) return out;
            for (Map.Entry<String, com.google.gson.JsonElement> e : root.getAsJsonObject("target").entrySet()) {
                if (!e.getValue().isJsonObject()) continue;
                var o = e.getValue().getAsJsonObject();
                String context = o.has("context") ? o.get("context").getAsString() : ".";
                String dockerfile = o.has("dockerfile") ? o.get("dockerfile").getAsString() : "Dockerfile";
                List<String> names = new ArrayList<>();
                if (o.has("contexts") && o.get("contexts").isJsonObject()) names.addAll(o.getAsJsonObject("contexts").keySet());
                Path ctx = dir.resolve(context).normalize();
                out.add(new Target(e.getKey(), ctx, ctx.resolve(dockerfile).normalize(), names));
            }
        } catch (RuntimeException ex) {
            // A broken bake file says nothing about the Dockerfile.
        }
        return out;
    }

    /** Offset of the brace closing the one at {@code open}, or the end of the text. */
    private static int block(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"' && (i == 0 || text.charAt(i - 1) != '\\')) quoted = !quoted;
            if (quoted) continue;
            if (ch == '{') depth++;
            else if (ch == '}' && --depth == 0) return i;
        }
        return text.length();
    }

    /** Every named context of every target building the Dockerfile. */
    public static java.util.Set<String> namedContexts(List<Target> targets) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Target t : targets) for (String n : t.contexts()) out.add(n.toLowerCase(java.util.Locale.ROOT));
        return out;
    }

    /** The context folder the targets agree on, if any. */
    public static Optional<Path> context(List<Target> targets) {
        Map<Path, Integer> seen = new LinkedHashMap<>();
        for (Target t : targets) seen.merge(t.context(), 1, Integer::sum);
        return seen.size() == 1 ? Optional.of(seen.keySet().iterator().next()) : Optional.empty();
    }
}
