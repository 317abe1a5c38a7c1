package dev.dockmentor.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges a setting by what its key means and what its value is, for {@code hardcoded-secret} in Dockerfiles and
 * compose files alike. A key is a credential when it <em>ends</em> in a credential noun ({@code DB_PASSWORD},
 * {@code STRIPE_API_KEY}, {@code clientSecret}); a key that only contains one inside a longer setting is not
 * ({@code TOKEN_MAX_LIFETIME_MS}, {@code SECRET_KEY_PATH}, {@code CREDENTIALS_SOURCE}). A value that has a known
 * credential shape (a private-key block, a GitHub or AWS token) is one under any key.
 */
public final class Secrets {
    /** What a value is, as far as a secret goes. */
    public enum Value {
        /** Not a secret: empty, a reference, a boolean, a number, a duration, a path, a URL without credentials. */
        NONE,
        /** An obvious placeholder or a well-known default ({@code changeme}, {@code password}, {@code postgres}). */
        PLACEHOLDER,
        /** A literal that may well be the real secret. */
        LITERAL,
        /** A literal with a known credential shape: certainly a secret, whatever the key. */
        TOKEN
    }

    /** Credential nouns a key may end with (as token sequences). */
    private static final List<List<String>> CREDENTIAL_TAILS = List.of(
            List.of("PASSWORD"), List.of("PASSWD"), List.of("PASS"), List.of("PASSPHRASE"), List.of("PWD"),
            List.of("SECRET"), List.of("TOKEN"), List.of("APIKEY"), List.of("API", "KEY"), List.of("PRIVATE", "KEY"),
            List.of("SECRET", "ACCESS", "KEY"), List.of("SECRET", "KEY"), List.of("SECRET", "KEY", "BASE"), List.of("AUTH", "KEY"),
            List.of("MASTER", "KEY"), List.of("ENCRYPTION", "KEY"), List.of("SIGNING", "KEY"), List.of("ENC", "KEY"),
            List.of("LICENSE", "KEY"), List.of("APP", "KEY"), List.of("JWT", "KEY"), List.of("CREDENTIAL"),
            List.of("CREDENTIALS"), List.of("CREDS"), List.of("SALT"), List.of("DB", "PASS"));
    /** A key that names something public or that only points at a secret. */
    private static final Set<String> PUBLIC_WORDS = Set.of("PUBLIC", "PUBLISHABLE", "PUB");
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    private static final Pattern BOOLEAN_OR_ENUM = Pattern.compile(
            "(?i)true|false|yes|no|on|off|none|null|nil|~|required|optional|disabled?|enabled?|auto|random|generated?|empty|unset|prompt|-");
    private static final Pattern NUMBER_OR_DURATION = Pattern.compile("[0-9]+(?:\\.[0-9]+)?(?:ms|s|m|h|d|w|y)?");
    private static final Pattern PATH = Pattern.compile("(?:/|\\./|\\.\\./|~/|[A-Za-z]:[\\\\/])[^\\s]*");
    private static final Pattern URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://\\S*");
    private static final Pattern URL_WITH_PASSWORD = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]{0,31}://[^/\\s:@]+:([^/\\s@]+)@.*");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i).*(?:change[-_. ]?(?:me|it|this)|placeholder|dummy|example|fake|mock"
            + "|xxx|your[-_ ]|replace[-_ ]?(?:me|this)|todo|fixme|insecure|not[-_]?secure|sample|<[^>]*>|\\*{3,}).*"
            + "|secret|secrets|password|passwd|pass|pwd|test|tests|testing|admin|administrator|root|default|guest|demo|dev"
            + "|local|postgres|postgresql|mysql|mariadb|redis|mongo|mongodb|rabbitmq|minio|minioadmin|minio123|user"
            + "|username|foo|bar|foobar|qwerty|letmein|abc123|abcdef|123|1234|12345|123456|1234567|12345678|123456789"
            + "|p@ssw0rd|passw0rd|s3cr3t|token|key|apikey|api[-_]key|mytoken|mysecret|mypassword|supersecret|topsecret"
            + "|keycloak|grafana|airflow|superset|sonar|gitea|nextcloud|wordpress|odoo|django|laravel|rails|app"
            + "|(?:0x)?(?:deadbeef|cafebabe|feedface|baadf00d)+");
    /** Known credential shapes: private keys, cloud and forge tokens, chat and payment API keys. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile(
            "-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----.*|(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}"
                    + "|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35}"
                    + "|sk_live_[0-9A-Za-z]{20,}|rk_live_[0-9A-Za-z]{20,}|sk-(?:proj-)?[A-Za-z0-9_-]{32,}|npm_[A-Za-z0-9]{36}"
                    + "|SG\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}|hf_[A-Za-z0-9]{30,}|dop_v1_[a-f0-9]{64}",
            Pattern.DOTALL);

    private Secrets() {}

    /** The key's words, upper-case: camelCase, '-', '.' and '_' split. */
    static List<String> words(String key) {
        String k = CAMEL.matcher(key.strip()).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : k.split("[^A-Z0-9]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** True when the key's meaning is a credential: it ends in a credential noun and names nothing public. */
    public static boolean isCredentialKey(String key) {
        if (key == null) return false;
        List<String> w = words(key);
        // A numbered key is the same setting (PASSWORD_2, DB1_PASSWORD stays as is).
        while (!w.isEmpty() && w.get(w.size() - 1).matches("[0-9]+")) w = w.subList(0, w.size() - 1);
        if (w.isEmpty() || w.equals(List.of("PWD"))) return false; // $PWD is the working directory
        for (String p : w) if (PUBLIC_WORDS.contains(p)) return false;
        // nginx's *_pass directives (UWSGI_PASS, PROXY_PASS, FASTCGI_PASS) name an upstream, not a password.
        if (w.size() >= 2 && w.get(w.size() - 1).equals("PASS") && PASS_DIRECTIVES.contains(w.get(w.size() - 2))) return false;
        for (List<String> tail : CREDENTIAL_TAILS) {
            if (w.size() >= tail.size() && w.subList(w.size() - tail.size(), w.size()).equals(tail)) return true;
        }
        return false;
    }

    private static final java.util.Set<String> PASS_DIRECTIVES = java.util.Set.of("UWSGI", "PROXY", "FASTCGI", "GRPC", "SCGI", "MEMCACHED");

    /** What a literal value is (no interpolation: the caller resolves references and defaults first). */
    public static Value classify(String value) {
        if (value == null) return Value.NONE;
        String v = unquote(value.strip());
        if (v.isEmpty()) return Value.NONE;
        if (TOKEN_SHAPE.matcher(v).matches()) return Value.TOKEN;
        var url = URL_WITH_PASSWORD.matcher(v);
        if (url.matches()) {
            String pass = url.group(1);
            if (pass.startsWith("$")) return Value.NONE;
            return PLACEHOLDER.matcher(pass).matches() ? Value.PLACEHOLDER : Value.LITERAL;
        }
        if (BOOLEAN_OR_ENUM.matcher(v).matches() || NUMBER_OR_DURATION.matcher(v).matches()
                || PATH.matcher(v).matches() || URL.matcher(v).matches()) {
            return Value.NONE;
        }
        if (PLACEHOLDER.matcher(v).matches()) return Value.PLACEHOLDER;
        return Value.LITERAL;
    }

    private static final Pattern GENERATED = Pattern.compile("[A-Fa-f0-9]{32,}|[A-Za-z0-9+/=_-]{32,}");

    /**
     * A long random-looking literal (a hex or base64 key of 32+ characters with letters and digits): a generated
     * key, not a word someone typed.
     */
    public static boolean looksGenerated(String value) {
        if (value == null) return false;
        String v = unquote(value.strip());
        if (!GENERATED.matcher(v).matches()) return false;
        boolean digit = false, letter = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        return digit && letter;
    }

    /** True for a value with a known credential shape, or a URL with a literal password. */
    public static boolean looksLikeCredential(String value) {
        Value v = classify(value);
        return v == Value.TOKEN || v == Value.LITERAL && URL_WITH_PASSWORD.matcher(unquote(value.strip())).matches();
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' && v.endsWith("\"") || v.charAt(0) == '\'' && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1).strip();
        }
        return v;
    }

    /**
     * A file whose name says it holds credentials ({@code .env}, a private key, a cloud credentials file), which a
     * COPY puts into the image; {@code .env.example} and its kin are the documented templates and are not.
     */
    public static boolean isSecretFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        if (slash >= 0) n = n.substring(slash + 1);
        if (n.equals(".env") || n.matches("\\.env\\.(?:local|prod|production|staging|secret|secrets)")) return true;
        if (n.matches("id_(?:rsa|dsa|ecdsa|ed25519)") || n.equals(".netrc") || n.equals(".pgpass")) return true;
        if (n.matches("(?:.*[-_.])?(?:private[-_]?key|privkey)\\.(?:pem|key)") || n.endsWith(".p12") || n.endsWith(".pfx")) return true;
        return n.equals("credentials.json") || n.matches("service[-_]?account.*\\.json") || n.equals("secrets.json")
                || n.equals("secrets.yaml") || n.equals("secrets.yml");
    }
}
