package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.context.ImageRoles;
import dev.dockmentor.context.Secrets;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
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
    /**
     * {@code scheme://user:password@host}; the password group must not be a variable reference. The scheme
     * starts at a word boundary and is at most 32 characters: unbounded, {@code find()} on a long run of
     * letters retried the scheme from every position (quadratic; minutes on a 1 MB line).
     */
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,31}://([^/\\s:@'\"]+):([^/\\s@'\"]+)@");

    public HardcodedSecret() {
        super(RuleMeta.of("hardcoded-secret", Severity.ERROR, "Secret hardcoded in the Dockerfile")
                .aliases("SecretsUsedInArgOrEnv")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE).productionAdvice());
    }

    @Override
    public void check(DockerfileContext ctx) {
        Dockerfile df = ctx.dockerfile();
        Set<Stage> shipped = new HashSet<>(ctx.shippedStage().map(ImageRoles::chain).orElse(List.of()));
        Set<String> secretArgs = new HashSet<>();
        for (Instruction top : df.instructions) {
            Instruction ins = top.child != null ? top.child : top;
            Stage stage = df.stageOf(top);
            // A global ARG (before the first FROM) only feeds FROM lines; a builder stage's ENV never reaches the image.
            boolean inImage = stage != null && shipped.contains(stage) && top.child == null;
            boolean named = false;
            if (ins.is("ENV") || ins.is("ARG")) {
                for (KeyValue kv : ins.keyValues) {
                    boolean credentialKey = Secrets.isCredentialKey(kv.key());
                    if (ins.is("ARG") && credentialKey) secretArgs.add(kv.key());
                    String value = kv.value();
                    if (value == null || HardcodedSecretCompose.isCredentialFilePath(kv.key(), value)) continue;
                    if (value.contains("$")) {
                        if (ins.is("ENV") && inImage) persistedArg(ctx, kv, secretArgs);
                        continue;
                    }
                    Secrets.Value v = Secrets.classify(value);
                    if (v == Secrets.Value.TOKEN) {
                        named = true;
                        report(ctx, top, ins, kv, true).anyRole();
                    } else if (credentialKey && v == Secrets.Value.LITERAL) {
                        named = true;
                        Report r = report(ctx, top, ins, kv, inImage);
                        if (!inImage) r.severity(Severity.WARNING);
                    } else if (credentialKey && v == Secrets.Value.PLACEHOLDER && inImage) {
                        named = true;
                        Range at = kv.valueRange() != null ? kv.valueRange() : kv.range();
                        ctx.report(at,
                                ins.keyword + " " + kv.key() + " is set to a placeholder or well-known default in the image: a container that never overrides it runs with a password anyone can guess; leave it unset and require it at run time",
                                ins.keyword + " " + kv.key() + " tiene un marcador o un valor por defecto conocido en la imagen: un contenedor que no lo cambie funciona con una contraseña que cualquiera adivina; déjala sin valor y exígela al arrancar")
                                .severity(Severity.WARNING);
                    }
                }
            }
            if (!named && (ins.is("ENV") || ins.is("ARG") || ins.is("RUN"))) urls(ctx, ins);
            if ((ins.is("COPY") || ins.is("ADD")) && ins.flag("from").isEmpty()) secretFiles(ctx, ins, inImage);
        }
    }

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?");

    /**
     * {@code ENV NPM_TOKEN=$NPM_TOKEN} in the shipped image: the build argument was meant to stay out of the image,
     * and ENV writes it into the image's configuration for anyone who pulls it (BuildKit's SecretsUsedInArgOrEnv).
     */
    private void persistedArg(DockerfileContext ctx, KeyValue kv, Set<String> secretArgs) {
        var m = REFERENCE.matcher(kv.value().strip());
        if (!m.matches() || !secretArgs.contains(m.group(1))) return;
        Range at = kv.valueRange() != null ? kv.valueRange() : kv.range();
        ctx.report(at,
                "ENV " + kv.key() + " copies the build argument " + m.group(1) + " into the image's environment: whoever pulls the image reads the secret with docker inspect; mount it for the RUN that needs it (RUN --mount=type=secret) instead",
                "ENV " + kv.key() + " copia el argumento de build " + m.group(1) + " al entorno de la imagen: quien descargue la imagen lee el secreto con docker inspect; móntalo solo en el RUN que lo necesita (RUN --mount=type=secret)")
                .severity(Severity.WARNING);
    }

    /** COPY of a file whose name says it holds credentials ({@code .env}, {@code id_rsa}, a service-account key). */
    private void secretFiles(DockerfileContext ctx, Instruction ins, boolean inImage) {
        if (!ins.heredocs.isEmpty()) return;
        List<dev.dockmentor.dockerfile.Word> srcs = ins.execForm ? ins.execArgs : ins.words;
        for (int i = 0; i < srcs.size() - 1; i++) {
            dev.dockmentor.dockerfile.Word w = srcs.get(i);
            if (!Secrets.isSecretFileName(w.value())) continue;
            String rel = w.value().replace('\\', '/').replaceFirst("^(\\./)+", "");
            if (ctx.dockerignore().map(d -> d.excludes(rel)).orElse(false)) continue;
            String committed = committedEnvFile(ctx, rel);
            if (committed != null) {
                // Symfony's .env, a project's checked-in defaults: public already, and local secrets go in an ignored
                // override (.env.local). Shipping it is no leak; a value someone edits into it would be.
                ctx.report(w.range(),
                        ins.keyword + " puts " + w.value() + " into the " + (inImage ? "image" : "builder stage") + ": it is committed to the "
                                + "repository (" + committed + "), so it should hold public defaults only; keep real secrets in an ignored "
                                + "override (.env.local) or pass them at run time, since whatever the file holds when you build ends up in a layer",
                        ins.keyword + " mete " + w.value() + " en " + (inImage ? "la imagen" : "la etapa de build") + ": está versionado en el "
                                + "repositorio (" + committed + "), así que solo debería tener valores por defecto públicos; guarda los secretos "
                                + "reales en un override ignorado (.env.local) o pásalos al arrancar, porque lo que tenga el archivo al construir "
                                + "acaba en una capa")
                        .severity(Severity.WARNING);
                continue;
            }
            Report r = ctx.report(w.range(),
                    ins.keyword + " puts " + w.value() + " into the " + (inImage ? "image" : "builder stage") + ": a file of credentials is then in a layer anyone who pulls it can read; mount it for the RUN that needs it (RUN --mount=type=secret) or pass the values at run time",
                    ins.keyword + " mete " + w.value() + " en " + (inImage ? "la imagen" : "la etapa de build") + ": un archivo de credenciales queda en una capa que cualquiera que la descargue puede leer; móntalo solo en el RUN que lo necesita (RUN --mount=type=secret) o pasa los valores al arrancar");
            if (!inImage) r.severity(Severity.WARNING);
        }
    }

    /**
     * For a {@code .env} file in the build context that no {@code .gitignore} from its folder up to the project root
     * ignores (so it is committed), how to say so ("not in .gitignore"); else null (a local file: its values are secrets).
     */
    private static String committedEnvFile(DockerfileContext ctx, String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        if (!name.equals(".env") && !name.endsWith(".env") && !name.startsWith(".env.")) return null;
        if (name.endsWith(".local") || ctx.contextDir() == null || rel.contains("*")) return null;
        java.nio.file.Path file = ctx.contextDir().resolve(rel).normalize();
        if (!ctx.files().exists(file)) return null;
        java.nio.file.Path d = file.getParent();
        boolean rooted = false;
        for (int level = 0; d != null && level < 8; level++, d = d.getParent()) {
            java.util.Optional<String> gi = ctx.files().read(d.resolve(".gitignore"));
            if (gi.isPresent()) {
                String r = d.relativize(file).toString().replace('\\', '/');
                dev.dockmentor.project.DockerIgnore ignore = dev.dockmentor.project.DockerIgnore.parse(gi.get());
                // A gitignore pattern without a slash matches the name in any folder.
                if (ignore.excludes(r) || ignore.excludes(name)) return null;
            }
            if (ctx.files().exists(d.resolve(".git")) || d.equals(ctx.settings().projectRoot())) {
                rooted = true;
                break;
            }
        }
        // Without a repository root there is no telling what is committed.
        return rooted ? "no .gitignore ignores it" : null;
    }

    private Report report(DockerfileContext ctx, Instruction top, Instruction ins, KeyValue kv, boolean inImage) {
        String k = kv.key();
        Range at = kv.valueRange() != null ? kv.valueRange() : kv.range();
        Report r = inImage
                ? ctx.report(at,
                        ins.keyword + " " + k + " has a literal secret value: it is stored in the image and shown by "
                                + "`docker history`; pass it at build time with `RUN --mount=type=secret` instead",
                        ins.keyword + " " + k + " tiene un secreto literal: queda guardado en la imagen y `docker history` lo "
                                + "muestra; pásalo al construir con `RUN --mount=type=secret`")
                : ctx.report(at,
                        ins.keyword + " " + k + " has a literal secret value in a stage the final image does not keep: it is "
                                + "still in the repository and the build cache; pass it with `RUN --mount=type=secret`",
                        ins.keyword + " " + k + " tiene un secreto literal en una etapa que la imagen final no conserva: sigue "
                                + "en el repositorio y en la caché de build; pásalo con `RUN --mount=type=secret`");
        Msg title = ins.is("ARG")
                ? Msg.of("Remove the default value (ARG " + k + "): pass it with --build-arg or a secret mount",
                        "Quitar el valor por defecto (ARG " + k + "): pásalo con --build-arg o un secreto montado")
                : Msg.of("Turn ENV " + k + " into ARG " + k + " with no value: the value stays out of the image",
                        "Convertir ENV " + k + " en ARG " + k + " sin valor: el valor queda fuera de la imagen");
        if (ins.is("ARG")) {
            r.fix(title, false, ctx.replace(kv.range(), k));
            return r;
        }

        List<KeyValue> kvs = ins.keyValues;
        if (kvs.size() == 1) {
            r.fix(title, false, ctx.replace(ins.keywordRange, "ARG"), ctx.replace(kv.range(), k));
            return r;
        }
        int i = kvs.indexOf(kv);
        Range cut = i > 0 ? new Range(kvs.get(i - 1).range().end(), kv.range().end())
                : new Range(kv.range().start(), kvs.get(1).range().start());
        r.fix(title, false, ctx.replace(cut, ""),
                ctx.insertLinesBefore(top.startLine, ctx.indentOf(top) + "ARG " + k + ctx.newline()));
        return r;
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
