package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.KeyValue;
import dev.dockmentor.dockerfile.Keywords;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.VarRef;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.Suggest;
import dev.dockmentor.text.Range;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code COPY $APP_DIR .} with no {@code ARG}/{@code ENV APP_DIR}: the builder expands it to an
 * empty string, so files land somewhere else than intended, silently.
 */
public final class UndefinedVariable extends Rule implements DockerfileCheck {
    private static final java.util.regex.Pattern VAR_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** ENV that official base images set (the builder knows them from the image config; we cannot). */
    private static final Set<String> IMAGE_ENV = Set.of("PATH", "HOME", "HOSTNAME", "LANG", "LC_ALL", "TERM", "USER",
            "SHELL", "PWD", "GOPATH", "GOROOT", "GOLANG_VERSION", "GOTOOLCHAIN", "JAVA_HOME", "JAVA_VERSION",
            "NODE_VERSION", "YARN_VERSION", "PYTHON_VERSION", "PYTHON_SHA256", "PYTHON_PIP_VERSION", "GPG_KEY",
            "RUBY_VERSION", "RUBY_MAJOR", "RUBY_DOWNLOAD_SHA256", "GEM_HOME", "BUNDLE_APP_CONFIG",
            "BUNDLE_SILENCE_ROOT_WARNING", "PHP_VERSION", "PHP_INI_DIR", "PHPIZE_DEPS", "APACHE_CONFDIR",
            "APACHE_ENVVARS", "CATALINA_HOME", "TOMCAT_VERSION", "MAVEN_HOME", "MAVEN_CONFIG", "GRADLE_HOME",
            "GRADLE_VERSION", "NGINX_VERSION", "NJS_VERSION", "PKG_RELEASE", "DOTNET_VERSION", "ASPNET_VERSION",
            "ASPNETCORE_URLS", "RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION", "PGDATA", "PG_MAJOR", "PG_VERSION",
            "MYSQL_MAJOR", "MYSQL_VERSION", "MARIADB_VERSION", "MONGO_VERSION", "REDIS_VERSION", "OTP_VERSION",
            "ELIXIR_VERSION", "JAVA_OPTS", "NODE_ENV");

    public UndefinedVariable() {
        super(RuleMeta.of("undefined-variable", Severity.WARNING, "Variable used but never declared")
                .aliases("UndefinedVar", "UndefinedArgInFrom"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        Dockerfile df = ctx.dockerfile();
        Set<String> globals = new HashSet<>();
        for (Instruction g : df.globalArgs) for (KeyValue kv : g.keyValues) globals.add(kv.key());
        Set<String> seenGlobals = new HashSet<>();
        Map<Integer, Set<String>> scopes = new HashMap<>();
        Suggest.Budget budget = ctx.suggestions();
        for (Instruction ins : df.instructions) {
            if (ins.stageIndex() < 0) {
                if (ins.is("ARG")) declare(ctx, ins, seenGlobals, null, true, budget);
                continue;
            }
            Stage s = df.stageOf(ins);
            if (ins.is("FROM")) {
                Set<String> scope = new HashSet<>();
                if (s.parent() != null && scopes.containsKey(s.parent().index)) scope.addAll(scopes.get(s.parent().index));
                scopes.put(s.index, scope);
                for (VarRef r : ins.varRefs) {
                    if (!defined(r, globals, null)) report(ctx, ins, r, globals, null, true, budget);
                }
                continue;
            }
            Set<String> scope = scopes.get(s.index);
            if (scope == null || !checkable(ctx, s)) {
                if (scope != null) for (KeyValue kv : ins.keyValues) if (ins.is("ARG") || ins.is("ENV")) scope.add(kv.key());
                continue;
            }
            if (ins.is("ARG")) {
                declare(ctx, ins, scope, globals, false, budget);
                continue;
            }
            Set<String> sameEnv = new HashSet<>();
            for (KeyValue kv : ins.keyValues) if (ins.is("ENV")) sameEnv.add(kv.key()); // env-self-reference's case
            for (VarRef r : ins.varRefs) {
                if (!defined(r, scope, IMAGE_ENV) && !sameEnv.contains(r.name())) report(ctx, ins, r, scope, globals, false, budget);
            }
            if (ins.is("ENV")) scope.addAll(sameEnv);
        }
    }

    /** ARG is processed pair by pair: a later default may use an earlier name of the same ARG. */
    private void declare(DockerfileContext ctx, Instruction ins, Set<String> scope, Set<String> globals, boolean global, Suggest.Budget budget) {
        for (KeyValue kv : ins.keyValues) {
            for (VarRef r : ins.varRefs) {
                if (kv.valueRange() == null || !inside(r.range(), kv.valueRange())) continue;
                if (!defined(r, scope, global ? null : IMAGE_ENV)) report(ctx, ins, r, scope, globals, global, budget);
            }
            scope.add(kv.key());
        }
    }

    /** {@code imageEnv} is null in the global scope (FROM lines, global ARGs), where the platform ARGs are defined. */
    private static boolean defined(VarRef r, Set<String> scope, Set<String> imageEnv) {
        boolean inStage = imageEnv != null;
        return r.hasDefault() || scope.contains(r.name())
                || (Keywords.PREDEFINED_ARGS.contains(r.name()) && !(inStage && Keywords.PLATFORM_ARGS.contains(r.name())))
                || (inStage && imageEnv.contains(r.name()));
    }

    /** Stages on unknown base images may inherit any ENV from them: only official images and scratch are checked. */
    private static boolean checkable(DockerfileContext ctx, Stage s) {
        Stage root = s.root();
        // Only bases whose environment is known: an unknown name without a registry ("local-builder") may be an image
        // built earlier in the pipeline, whose ENV this file cannot see.
        return root.image != null && !root.image.hasVariables() && (root.image.isScratch()
                || root.image.isOfficial() && known(ctx, root.image));
    }

    /** An image the knowledge base knows: a language, OS, database or tool-fact image, alpine or busybox. */
    private static boolean known(DockerfileContext ctx, dev.dockmentor.dockerfile.ImageRef ref) {
        String repo = ref.repository().toLowerCase(java.util.Locale.ROOT);
        return repo.equals("alpine") || repo.equals("busybox") || repo.equals("library/alpine") || ctx.kb().language(ref).isPresent()
                || ctx.kb().isOsImage(ref) || ctx.kb().database(ref).isPresent() || ctx.kb().tools(ref).isPresent();
    }

    private void report(DockerfileContext ctx, Instruction ins, VarRef r, Set<String> scope, Set<String> globals, boolean from, Suggest.Budget budget) {
        Dockerfile df = ctx.dockerfile();
        String n = r.name();
        boolean platform = !from && ins.stageIndex() >= 0 && Keywords.PLATFORM_ARGS.contains(n);
        boolean globalOnly = !from && (platform || globals != null && globals.contains(n));
        String en, es;
        if (from) {
            en = "$" + n + " is used in " + ins.keyword + " but no global ARG " + n + " is declared before the first FROM, so it expands to an empty string";
            es = "$" + n + " se usa en " + ins.keyword + " pero no hay un ARG " + n + " global antes del primer FROM, así que se expande a una cadena vacía";
        } else if (platform) {
            en = n + " is a platform ARG BuildKit sets in the global scope only: inside a stage it is empty unless the stage declares it with ARG " + n;
            es = n + " es un ARG de plataforma que BuildKit define solo en el ámbito global: dentro de una etapa está vacío salvo que la etapa lo declare con ARG " + n;
        } else if (globalOnly) {
            en = n + " is a global ARG: inside a stage it is empty unless the stage re-declares it with ARG " + n;
            es = n + " es un ARG global: dentro de una etapa está vacío salvo que la etapa lo vuelva a declarar con ARG " + n;
        } else if (r.operator() != null && r.operator().endsWith("?")) {
            // ${X?message}: not an empty string but a failed build, with that message.
            String msg = r.word() == null || r.word().isEmpty() ? "" : " ('" + r.word() + "')";
            en = "$" + n + " is not declared by any ARG or ENV before this " + ins.keyword + ", so ${" + n + r.operator() + "…} stops the build" + msg;
            es = "$" + n + " no lo declara ningún ARG ni ENV antes de este " + ins.keyword + ", así que ${" + n + r.operator() + "…} detiene la construcción" + msg;
        } else {
            en = "$" + n + " is not declared by any ARG or ENV before this " + ins.keyword + ", so the builder expands it to an empty string";
            es = "$" + n + " no lo declara ningún ARG ni ENV antes de este " + ins.keyword + ", así que el constructor lo expande a una cadena vacía";
        }
        // Only names a reference can spell: "ARG A%B=1" declares a name that ${A%B} can never reach (fuzzing).
        var guess = globalOnly ? java.util.Optional.<String>empty()
                : Suggest.closest(n, scope, v -> VAR_NAME.matcher(v).matches(), budget);
        if (guess.isPresent()) {
            en += " (did you mean " + guess.get() + "?)";
            es += " (¿quisiste decir " + guess.get() + "?)";
        }
        Report rep = ctx.report(r.range(), en, es);
        boolean global = from || ins.stageIndex() < 0;
        int line = global && !df.stages.isEmpty() && ins.stageIndex() >= 0 ? df.stages.get(0).from.startLine : ins.startLine;
        String indent = global ? "" : ctx.indentOf(ins);
        // Declaring the ARG only silences the finding (the value is still empty unless --build-arg passes it): never "safe".
        rep.fix(Msg.of("Declare ARG " + n + " (empty unless --build-arg sets it)", "Declarar ARG " + n + " (vacío salvo que --build-arg lo fije)"), false,
                ctx.insertLinesBefore(line, indent + "ARG " + n + ctx.newline()));
        guess.ifPresent(g -> rep.fix(Msg.of("Change to " + g, "Cambiar a " + g), false, ctx.replace(r.nameRange(), g)));
    }

    private static boolean inside(Range inner, Range outer) {
        return inner.start().compareTo(outer.start()) >= 0 && inner.end().compareTo(outer.end()) <= 0;
    }
}
