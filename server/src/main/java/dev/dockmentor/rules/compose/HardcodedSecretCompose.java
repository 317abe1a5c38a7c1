package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.EnvVar;
import dev.dockmentor.compose.Interpolation;
import dev.dockmentor.compose.Ranges;
import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.context.Secrets;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.text.Range;
import dev.dockmentor.text.TextEdit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compose half of {@code hardcoded-secret}: an {@code environment:} entry with a secret-looking name and
 * a literal value (a {@code ${VAR:-literal}} default is a literal), or a URL with embedded credentials.
 * {@code ${VAR}}, {@code ${VAR:?msg}}, {@code *_FILE} paths and {@code /run/secrets/...} paths are fine.
 */
public final class HardcodedSecretCompose {
    private static final Pattern URL_CREDENTIALS = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\\s]+:([^@\\s/]+)@.*");

    private HardcodedSecretCompose() {}

    public static void check(ComposeContext ctx) {
        // An environment shared through an alias is read once for its user and database names, not once per service.
        java.util.Map<YNode, java.util.Set<String>> namesByEnv = new java.util.IdentityHashMap<>();
        for (Service s : ctx.model().services.values()) {
            java.util.Set<String> setupNames = null; // computed once per service, on the first literal
            List<EnvVar> envs = s.environment();
            for (EnvVar e : envs) {
                if (e.value() == null || e.value().isEmpty() || removed(e)) continue;
                // Shared through an alias and already reported for another service: reported once, judged once.
                if (ctx.reportedAt(e.node())) continue;
                String name = e.name().strip();
                if (isSecretMountPath(e.value()) || isCredentialFilePath(name, e.value())) continue;
                Interpolation.Value v = Interpolation.resolve(e.value(), s.env());
                boolean credentialKey = Secrets.isCredentialKey(name);
                Verdict verdict = judge(e.value(), v, credentialKey);
                if (verdict == Verdict.LITERAL) {
                    if (setupNames == null) setupNames = setupNames(s, envs, namesByEnv);
                    if (defaultLike(e.value(), name, setupNames)) verdict = Verdict.PLACEHOLDER;
                }
                if (verdict == null) continue;
                // The same key and value in several services (replicated nodes) is one secret to move: said once.
                if (!ctx.once(name + "=" + e.value())) continue;
                String varName = variableName(v.refs().size() == 1 && v.refs().get(0).hasDefault() ? v.refs().get(0).name() : name);
                Report r = switch (verdict) {
                    case TOKEN -> ctx.report(e.node(), e.valueRange(),
                            "'" + name + "' holds a credential-shaped value (a private key or an API token) in the compose file; anyone with the repository or docker inspect sees it",
                            "'" + name + "' contiene un valor con forma de credencial (una clave privada o un token de API) en el archivo compose; cualquiera con el repositorio o docker inspect lo ve")
                            .anyRole();
                    case URL -> ctx.report(e.node(), e.valueRange(),
                            "'" + name + "' embeds credentials in a URL written in the compose file; anyone with the repository or docker inspect sees them",
                            "'" + name + "' incluye credenciales en una URL escrita en el archivo compose; cualquiera con el repositorio o docker inspect las ve")
                            // In the repository, not in an image: it may be a real credential or a sample one (not certain: warning).
                            .severity(dev.dockmentor.rules.Severity.WARNING);
                    case LITERAL -> ctx.report(e.node(), e.valueRange(),
                            "'" + name + "' has a literal secret value in the compose file; anyone with the repository or docker inspect sees it",
                            "'" + name + "' tiene un secreto literal en el archivo compose; cualquiera con el repositorio o docker inspect lo ve")
                            .severity(dev.dockmentor.rules.Severity.WARNING);
                    case PLACEHOLDER -> ctx.report(e.node(), e.valueRange(),
                            "'" + name + "' is set to a placeholder or well-known default in the compose file: a deployment that keeps it runs with a password anyone can guess; take it from the environment",
                            "'" + name + "' tiene un marcador o un valor por defecto conocido en el archivo compose: un despliegue que lo mantenga funciona con una contraseña que cualquiera adivina; tómala del entorno")
                            .severity(dev.dockmentor.rules.Severity.WARNING);
                    case SHARED_DEFAULT -> ctx.report(e.node(), e.valueRange(),
                            "'" + name + "' falls back to a generated key written in the compose file: every install that does not set ${" + varName + "} shares this key, and anyone with the repository has it; require it with ${" + varName + ":?}",
                            "'" + name + "' usa como valor por defecto una clave generada escrita en el archivo compose: toda instalación que no defina ${" + varName + "} comparte esa clave, y cualquiera con el repositorio la tiene; exígela con ${" + varName + ":?}")
                            .anyRole();
                    case DEFAULT -> ctx.report(e.node(), e.valueRange(),
                            "'" + name + "' falls back to a literal default when ${" + varName + "} is unset: a deployment that forgets the variable runs with the value written here; use ${" + varName + ":?} so compose up stops instead",
                            "'" + name + "' usa un valor literal por defecto cuando ${" + varName + "} no está definida: un despliegue que olvide la variable funciona con el valor escrito aquí; usa ${" + varName + ":?} para que compose up se detenga")
                            .severity(dev.dockmentor.rules.Severity.WARNING);
                };
                r.fix(Msg.of("Replace the value with ${" + varName + "} and list it in .env.example",
                                "Sustituir el valor por ${" + varName + "} y declararla en .env.example"),
                        false, fix(ctx, e, varName));
            }
        }
    }

    /**
     * A literal that is a set-up default rather than a chosen secret: as short as three characters, or the same as
     * the service's user or database name, the service's name, the image's name or a word of the key
     * ({@code MARIADB_USER: ctfd} with {@code MARIADB_PASSWORD: ctfd}).
     */
    private static final Pattern SETUP_KEY = Pattern.compile(".*_(?:USER|USERNAME|DB|DATABASE|NAME|DBNAME)", Pattern.CASE_INSENSITIVE);

    static boolean defaultLike(String raw, String key, java.util.Set<String> setupNames) {
        int from = 0, to = raw.length();
        while (from < to && Character.isWhitespace(raw.charAt(from))) from++;
        while (to > from && Character.isWhitespace(raw.charAt(to - 1))) to--;
        if (to - from >= 2 && (raw.charAt(from) == '"' || raw.charAt(from) == '\'') && raw.charAt(to - 1) == raw.charAt(from)) {
            from++;
            to--;
        }
        int len = to - from;
        if (len <= 3) return true;
        // A word of the key itself (LISTMONK_DB_PASSWORD: listmonk), compared in place.
        for (int at = 0; at + len <= key.length(); at++) {
            if (!key.regionMatches(true, at, raw, from, len)) continue;
            boolean startOk = at == 0 || !Character.isLetterOrDigit(key.charAt(at - 1));
            boolean endOk = at + len == key.length() || !Character.isLetterOrDigit(key.charAt(at + len));
            if (startOk && endOk) return true;
        }
        return !setupNames.isEmpty() && setupNames.contains(raw.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** The service's name, its image's name, and the values of its user and database settings. */
    static java.util.Set<String> setupNames(Service s, List<EnvVar> envs, java.util.Map<YNode, java.util.Set<String>> namesByEnv) {
        YNode envNode = s.get("environment");
        java.util.Set<String> fromEnv = envNode == null ? java.util.Set.of() : namesByEnv.computeIfAbsent(envNode, n -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (EnvVar other : envs) {
                if (other.value() != null && SETUP_KEY.matcher(other.name()).matches()) out.add(other.value().strip().toLowerCase(Locale.ROOT));
            }
            return out;
        });
        java.util.Set<String> names = new java.util.HashSet<>(fromEnv);
        names.add(s.name.toLowerCase(Locale.ROOT));
        YNode image = s.get("image");
        if (image != null && image.text() != null) {
            String repo = image.text().replaceAll("[:@].*$", "");
            names.add(repo.substring(repo.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private enum Verdict { TOKEN, URL, LITERAL, PLACEHOLDER, DEFAULT, SHARED_DEFAULT }

    /**
     * What the value is, by what the key means (a credential or not) and what is written: null when not a secret.
     * A value of references only is fine; one reference with a literal default ({@code ${DB_PASSWORD:-changeme}})
     * is a weak default; a value with a credential shape is a secret under any key.
     */
    private static Verdict judge(String raw, Interpolation.Value v, boolean credentialKey) {
        if (v.refs().isEmpty()) {
            return switch (Secrets.classify(raw)) {
                case TOKEN -> Verdict.TOKEN;
                case LITERAL -> URL_CREDENTIALS.matcher(raw.strip()).matches() ? Verdict.URL : credentialKey ? Verdict.LITERAL : null;
                case PLACEHOLDER -> credentialKey || URL_CREDENTIALS.matcher(raw.strip()).matches() ? Verdict.PLACEHOLDER : null;
                case NONE -> null;
            };
        }
        // A URL whose password part is written out while other parts come from variables.
        var m = URL_CREDENTIALS.matcher(raw.strip());
        if (m.matches() && !m.group(1).contains("$") && Secrets.classify("x://u:" + m.group(1) + "@h") == Secrets.Value.LITERAL) {
            return Verdict.URL;
        }
        if (!credentialKey || !v.onlyRefs() || v.refs().size() != 1) return null;
        Interpolation.Ref ref = v.refs().get(0);
        if (!ref.hasDefault() || ref.arg().isEmpty() || ref.arg().contains("$")) return null;
        Secrets.Value d = Secrets.classify(ref.arg());
        if (d == Secrets.Value.NONE) return null;
        // A generated key as the default: every install that does not set the variable shares that key.
        return d == Secrets.Value.TOKEN || Secrets.looksGenerated(ref.arg()) ? Verdict.SHARED_DEFAULT : Verdict.DEFAULT;
    }

    /**
     * A path under {@code /run/secrets/}, where Compose and Swarm mount secrets: the value names the file the
     * app reads the secret from, not the secret ({@code DB_PASSWORD=/run/secrets/db-password}).
     */
    public static boolean isSecretMountPath(String value) {
        if (value == null) return false;
        String v = value.strip();
        return v.startsWith("/run/secrets/") && v.length() > "/run/secrets/".length();
    }

    /**
     * {@code KEY: !reset null} (or any local tag on a null) removes the variable an earlier file set: there is
     * no value, and the ${KEY} fix would bring back the plain variable the override meant to drop.
     */
    private static boolean removed(EnvVar e) {
        if (e.listForm() || e.node() == null || e.node().tag == null) return false;
        if (e.node().isReset()) return true;
        String v = e.value().strip();
        return e.node().tag.startsWith("!") && (v.equals("null") || v.equals("~") || v.equals("Null") || v.equals("NULL"));
    }

    private static final Pattern ABSOLUTE_PATH = Pattern.compile("(?:/|[A-Za-z]:[\\\\/])[A-Za-z0-9._@+~\\\\/-]+");
    private static final Pattern FILE_NAME_SUFFIX = Pattern.compile(".*_(?:CREDENTIALS?|FILE|PATH|KEYFILE|KEY_FILE|DIR)");
    private static final Pattern CREDENTIAL_FILE = Pattern.compile("(?i).*\\.(?:json|pem|key|p12|pfx|crt|jks|keytab|gpg|asc)");

    /**
     * A value naming the file that holds the credentials, not the credentials
     * ({@code GOOGLE_APPLICATION_CREDENTIALS=/etc/app/key.json}): an absolute path, under a key that names a
     * file or a value with a key-file extension. Making it a build secret leaves the app without its key file.
     */
    public static boolean isCredentialFilePath(String name, String value) {
        if (value == null) return false;
        String v = value.strip();
        if (!ABSOLUTE_PATH.matcher(v).matches() || v.length() < 3) return false;
        String k = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        return FILE_NAME_SUFFIX.matcher(k).matches() || CREDENTIAL_FILE.matcher(v).matches();
    }

    /**
     * A name {@code ${...}} can reference: the key with every other character as '_' (a key such as
     * {@code "DB PASSWORD"} is legal in {@code environment:}, but {@code ${DB PASSWORD}} would stay literal).
     */
    static String variableName(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length() && b.length() < 64; i++) {
            char c = key.charAt(i);
            b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        if (b.length() == 0 || Character.isDigit(b.charAt(0))) b.insert(0, '_');
        return b.toString();
    }

    private static List<TextEdit> fix(ComposeContext ctx, EnvVar e, String varName) {
        List<TextEdit> edits = new ArrayList<>();
        String ref = "${" + varName + "}";
        if (e.listForm()) {
            Range exact = Ranges.inScalar(e.node(), e.name().length() + 1, e.node().value().length());
            if (!exact.equals(e.node().range) || e.node().value().length() == 0) edits.add(ctx.replace(e.node(), exact, ref));
            else edits.add(ctx.replace(e.node(), ctx.writer().quoted(e.name() + "=" + ref)));
        } else if (e.node().style == '"' || e.node().style == '\'') {
            edits.add(ctx.replace(e.node(), Ranges.inScalar(e.node(), 0, e.node().value().length()), ref));
        } else {
            edits.add(ctx.replace(e.node(), e.node().style == 0 ? ref : "\"" + ref + "\""));
        }
        Path example = ctx.resolve(".env.example");
        var existing = ctx.files().read(example);
        String line = varName + "=" + ctx.newline();
        // Named like the compose file beside it (relative when the input was relative), as the first edit is.
        String shown = ctx.path() == null ? example.toString() : ProjectFiles.display(ctx.path(), example);
        if (existing.isEmpty()) {
            edits.add(TextEdit.createFile(shown, line));
        } else if (!existing.get().lines().anyMatch(l -> l.startsWith(varName + "="))) {
            var li = new dev.dockmentor.text.LineIndex(existing.get());
            String t = existing.get();
            String prefix = t.isEmpty() || t.endsWith("\n") ? "" : li.newline();
            edits.add(TextEdit.insert(shown, li.position(t.length()), prefix + line));
        }
        return edits;
    }
}
