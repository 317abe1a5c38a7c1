package dev.dockmentor.context;

import dev.dockmentor.compose.YNode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a container set-up says about itself when it runs code under development, in its own content rather than
 * its name: the framework's mode variable set to development ({@code NODE_ENV=development},
 * {@code RAILS_ENV=development}, {@code ASPNETCORE_ENVIRONMENT=Development}), a debugger configured
 * ({@code XDEBUG_MODE}), a dev server or file watcher as the command ({@code npm run dev}, {@code nodemon},
 * {@code manage.py runserver}, {@code --reload}), or the whole project folder bind-mounted into the container
 * ({@code .:/app}). Each is something a production deployment does not do; a file with one of them is a
 * development set-up whatever it is called.
 */
public final class DevSignals {
    /** A framework's mode or environment variable ({@code NODE_ENV}, {@code SPRING_PROFILES_ACTIVE}, {@code GIN_MODE}). */
    private static final Pattern MODE_KEY = Pattern.compile(
            "(?i)(?:[A-Z0-9]+_)*(?:ENV|ENVIRONMENT|PROFILES?_ACTIVE|PROFILE|STAGE|MODE)");
    private static final Pattern DEV_VALUE = Pattern.compile("(?i)dev|devel|develop|development|local|debug");
    /** Debug switches of web frameworks (a bare {@code DEBUG} says too little: many apps log with it). */
    private static final Pattern DEBUG_KEY = Pattern.compile("(?i)(?:FLASK|DJANGO|APP|RAILS|SYMFONY)_DEBUG");
    /** The database a stack creates ({@code POSTGRES_DB}, {@code MYSQL_DATABASE}, {@code APP_DB_NAME}). */
    private static final Pattern DATABASE_KEY = Pattern.compile(
            "(?i)(?:[A-Z0-9]+_)?(?:DB|DATABASE|INITDB_DATABASE)(?:_NAME)?");
    /** A database named for development ({@code shop_dev}, {@code app-development}): the stack holds a developer's data. */
    private static final Pattern DEV_DATABASE = Pattern.compile("(?i)[a-z0-9]+(?:[_-][a-z0-9]+)*[_-](?:dev|devel|development|local|test|tests|testing|e2e)");
    /** A signal naming a database for tests ({@code POSTGRES_DB=marten_testing}): a test stack rather than a development one. */
    private static final Pattern TEST_DATABASE_SIGNAL = Pattern.compile("(?i).*=\\S*[_-](?:test|tests|testing|e2e)");
    private static final Pattern TRUE_VALUE = Pattern.compile("(?i)1|true|yes|on");
    /** Dev servers and file watchers: they rebuild on change, which only makes sense over a mounted source. */
    private static final Pattern DEV_COMMAND = Pattern.compile("(?i)"
            + "\\b(?:npm|yarn|pnpm|bun)\\s+(?:run\\s+)?(?:dev|develop|watch|start:dev|serve:dev)(?![\\w:-])"
            + "|\\bnodemon\\b|\\bts-node-dev\\b|\\btsx\\s+watch\\b|\\bmanage\\.py\\s+runserver\\b|(?:^|\\s)--reload(?:\\s|$|=)"
            + "|\\bflask\\s+(?:--debug\\s+)?run\\b[^\\n]*--debug\\b|\\bflask\\s+--debug\\b|\\b(?:dotnet|cargo)\\s+watch\\b"
            + "|\\bwebpack-dev-server\\b|\\bwebpack\\s+serve\\b|\\b(?:next|nuxt|nuxi|astro|remix)\\s+dev\\b|\\bng\\s+serve\\b"
            + "|\\bartisan\\s+serve\\b|\\bbin/dev\\b|\\bjekyll\\s+serve\\b|\\bhugo\\s+server\\b|\\bgradlew?\\s+bootRun\\b"
            + "|\\bmvnw?\\s+[^\\n]*spring-boot:run\\b|\\bquarkus(?::|\\s+)dev\\b"
            // A framework's environment chosen on the command line: --env=dev (Symfony), -e development (Rails).
            + "|(?:^|\\s)--env[= ](?:dev|development|local)\\b|\\s-e\\s+development\\b");
    /** The whole project folder (not one config file or sub-folder) as a bind mount's host path. */
    private static final Pattern PROJECT_FOLDER = Pattern.compile("(?:\\.|\\./|\\.\\.|\\.\\./|\\.\\./\\.\\./?|\\$\\{?PWD}?/?)");
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}");

    private DevSignals() {}

    /** A development signal in an environment entry, as {@code KEY=value}, or empty. */
    public static Optional<String> environment(String key, String value) {
        if (key == null) return Optional.empty();
        String k = key.strip();
        if (k.toUpperCase(Locale.ROOT).startsWith("XDEBUG_")) return Optional.of(k);
        if (value == null) return Optional.empty();
        String v = effective(value);
        if (MODE_KEY.matcher(k).matches() && DEV_VALUE.matcher(v).matches()) return Optional.of(k + "=" + v);
        if (DEBUG_KEY.matcher(k).matches() && TRUE_VALUE.matcher(v).matches()) return Optional.of(k + "=" + v);
        if (DATABASE_KEY.matcher(k).matches() && DEV_DATABASE.matcher(v).matches()) return Optional.of(k + "=" + v);
        return Optional.empty();
    }

    /** Whether a signal of {@link #environment} names a test database (the set-up is a test stack). */
    public static boolean testSignal(String signal) {
        return signal != null && TEST_DATABASE_SIGNAL.matcher(signal).matches();
    }

    /** A dev server or watcher in a command line, as the words that show it, or empty. */
    public static Optional<String> command(String cmd) {
        if (cmd == null || cmd.isBlank()) return Optional.empty();
        Matcher m = DEV_COMMAND.matcher(cmd);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    /** True when a bind mount's host path is the project folder itself. */
    public static boolean mountsProject(String source) {
        return source != null && PROJECT_FOLDER.matcher(source.strip()).matches();
    }

    /** The first development signal of a compose service, worded for a message ("sets NODE_ENV=development"), or empty. */
    public static Optional<String> ofService(YNode svc) {
        Optional<String> run = ofServiceRun(svc);
        if (run.isPresent()) return run;
        // build: {target: development}: the Dockerfile's development stage, by its own name.
        YNode build = svc == null || !svc.isMap() ? null : svc.get("build");
        String target = build != null && build.isMap() ? build.str("target") : null;
        if (target != null && DEV_VALUE.matcher(target.strip()).matches()) return Optional.of("builds its '" + target.strip() + "' target");
        return projectMount(svc);
    }

    /**
     * How the service runs its image: a development mode or a dev server. (A project-folder mount says how the
     * compose file is used, not what the image it builds is for: a production Dockerfile is often reused so.)
     */
    public static Optional<String> ofServiceRun(YNode svc) {
        if (svc == null || !svc.isMap()) return Optional.empty();
        YNode env = svc.get("environment");
        if (env != null && env.isMap()) {
            for (YNode.Entry e : env.entries) {
                Optional<String> s = environment(e.name(), e.value() == null ? null : e.value().text());
                if (s.isPresent()) return Optional.of("sets " + s.get());
            }
        } else if (env != null && env.isSeq()) {
            for (YNode item : env.items) {
                String t = item.text();
                if (t == null) continue;
                int eq = t.indexOf('=');
                Optional<String> s = eq < 0 ? environment(t, null) : environment(t.substring(0, eq), t.substring(eq + 1));
                if (s.isPresent()) return Optional.of("sets " + s.get());
            }
        }
        for (String key : new String[] {"command", "entrypoint"}) {
            YNode c = svc.get(key);
            String text = c == null ? null : c.isScalar() ? c.text() : c.isSeq() ? joined(c) : null;
            Optional<String> s = command(text);
            if (s.isPresent()) return Optional.of("runs " + s.get());
        }
        return Optional.empty();
    }

    private static Optional<String> projectMount(YNode svc) {
        if (svc == null || !svc.isMap()) return Optional.empty();
        YNode volumes = svc.get("volumes");
        if (volumes != null && volumes.isSeq()) {
            for (YNode v : volumes.items) {
                String source = null, target = null;
                if (v.isScalar() && v.text() != null) {
                    String[] parts = v.text().split(":");
                    if (parts.length >= 2) {
                        source = parts[0];
                        target = parts[1];
                    }
                } else if (v.isMap() && "bind".equals(v.str("type"))) {
                    source = v.str("source");
                    target = v.str("target");
                }
                if (target != null && mountsProject(source)) return Optional.of("mounts the project folder (" + source + ":" + target + ")");
            }
        }
        return Optional.empty();
    }

    private static String joined(YNode seq) {
        StringBuilder b = new StringBuilder();
        for (YNode i : seq.items) if (i.text() != null) b.append(i.text()).append(' ');
        return b.toString();
    }

    /** A value as it runs: an interpolation's default ({@code ${NODE_ENV:-development}}), unquoted. */
    private static String effective(String value) {
        String v = value.strip();
        Matcher m = DEFAULTED.matcher(v);
        if (m.matches()) v = m.group(1);
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
