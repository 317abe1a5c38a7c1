package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.KeyValue;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.compose.HardcodedSecretCompose;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Range;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A literal secret in ENV/ARG (or a URL with a password) is stored in the image config and
 * history: anyone who can pull the image can read it with {@code docker history}.
 */
public final class HardcodedSecret extends Rule implements DockerfileCheck, ComposeCheck {
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?:^|_)(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_KEY|ACCESS_KEY|CREDENTIALS?)(?:_|$)");
    private static final Pattern NOT_SECRET_NAME = Pattern.compile("(?:^|_)PUBLIC(?:_|$)|_(?:FILE|PATH|DIR|FILENAME)$");
    private static final Pattern HARMLESS_VALUE = Pattern.compile("(?i)true|false|yes|no|on|off|0|1|none|null");
    /**
     * {@code scheme://user:password@host}; the password group must not be a variable reference. The scheme
     * starts at a word boundary and is at most 32 characters: unbounded, {@code find()} on a long run of
     * letters retried the scheme from every position (quadratic; minutes on a 1 MB line).
     */
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,31}://([^/\\s:@'\"]+):([^/\\s@'\"]+)@");

    public HardcodedSecret() {
        super(RuleMeta.of("hardcoded-secret", Severity.ERROR, "Secret hardcoded in the Dockerfile")
                .aliases("SecretsUsedInArgOrEnv")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction top : ctx.dockerfile().instructions) {
            Instruction ins = top.child != null ? top.child : top;
            boolean named = false;
            if (ins.is("ENV") || ins.is("ARG")) {
                for (KeyValue kv : ins.keyValues) {
                    if (!isSecretName(kv.key()) || !isLiteral(kv.value())
                            || HardcodedSecretCompose.isCredentialFilePath(kv.key(), kv.value())) continue;
                    named = true;
                    report(ctx, top, ins, kv);
                }
            }
            if (!named && (ins.is("ENV") || ins.is("ARG") || ins.is("RUN"))) urls(ctx, ins);
        }
    }

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[-.]");

    static boolean isSecretName(String key) {
        String k = SEPARATORS.matcher(CAMEL.matcher(key).replaceAll("$1_$2")).replaceAll("_").toUpperCase(Locale.ROOT);
        return SECRET_NAME.matcher(k).find() && !NOT_SECRET_NAME.matcher(k).find();
    }

    private static boolean isLiteral(String value) {
        if (value == null) return false;
        String v = value.strip();
        return !v.isEmpty() && !v.contains("$") && !HARMLESS_VALUE.matcher(v).matches()
                && !HardcodedSecretCompose.isSecretMountPath(v);
    }

    private void report(DockerfileContext ctx, Instruction top, Instruction ins, KeyValue kv) {
        String k = kv.key();
        Range at = kv.valueRange() != null ? kv.valueRange() : kv.range();
        Report r = ctx.report(at,
                ins.keyword + " " + k + " has a literal secret value: it is stored in the image and shown by "
                        + "`docker history`; pass it at build time with `RUN --mount=type=secret` instead",
                ins.keyword + " " + k + " tiene un secreto literal: queda guardado en la imagen y `docker history` lo "
                        + "muestra; pásalo al construir con `RUN --mount=type=secret`");
        Msg title = Msg.of("Drop the value (ARG " + k + ") and pass the secret with RUN --mount=type=secret",
                "Quitar el valor (ARG " + k + ") y pasar el secreto con RUN --mount=type=secret");
        if (ins.is("ARG")) {
            r.fix(title, false, ctx.replace(kv.range(), k));
            return;
        }
        List<KeyValue> kvs = ins.keyValues;
        if (kvs.size() == 1) {
            r.fix(title, false, ctx.replace(ins.keywordRange, "ARG"), ctx.replace(kv.range(), k));
            return;
        }
        int i = kvs.indexOf(kv);
        Range cut = i > 0 ? new Range(kvs.get(i - 1).range().end(), kv.range().end())
                : new Range(kv.range().start(), kvs.get(1).range().start());
        r.fix(title, false, ctx.replace(cut, ""),
                ctx.insertLinesBefore(top.startLine, ctx.indentOf(top) + "ARG " + k + ctx.newline()));
    }

    private void urls(DockerfileContext ctx, Instruction ins) {
        String t = ins.args.text();
        // The regex has no literal start, so it is tried at every offset of every RUN: skip text without "://".
        if (!t.contains("://")) return;
        Matcher m = URL_CREDENTIALS.matcher(t);
        while (m.find()) {
            String pass = m.group(2);
            if (pass.startsWith("$") || pass.equals("x-oauth-basic") && m.group(1).startsWith("$")) continue;
            ctx.report(ins.args.range(m.start(1), m.end(2)),
                    "URL with embedded credentials: the password is stored in the image history; "
                            + "use a build secret (`RUN --mount=type=secret`) or a variable supplied at build time",
                    "URL con credenciales incrustadas: la contraseña queda en el historial de la imagen; "
                            + "usa un secreto de build (`RUN --mount=type=secret`) o una variable que se pase al construir");
        }
    }

    /** The compose side of the same concept lives beside the compose model. */
    @Override
    public void check(ComposeContext ctx) {
        HardcodedSecretCompose.check(ctx);
    }
}
