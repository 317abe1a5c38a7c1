package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Keywords;
import dev.dockmentor.dockerfile.KeyValue;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.Set;

/** {@code RUN} alone, {@code FROM} without an image: BuildKit rejects the file before building anything. */
public final class MissingArgument extends Rule implements DockerfileCheck {
    private static final Set<String> AT_LEAST_ONE = Set.of("RUN", "WORKDIR", "USER", "STOPSIGNAL", "MAINTAINER",
            "EXPOSE", "VOLUME", "LABEL", "ENV", "ARG", "ONBUILD", "SHELL", "HEALTHCHECK");

    public MissingArgument() {
        super(RuleMeta.of("missing-argument", Severity.ERROR, "Instruction without its required arguments"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction ins : ctx.dockerfile().instructionsAndOnbuildChildren()) check(ctx, ins);
    }

    private void check(DockerfileContext ctx, Instruction ins) {
        if (!Keywords.INSTRUCTIONS.contains(ins.keyword)) return;
        int n = ins.execForm ? ins.execArgs.size() : ins.words.size();
        String kw = ins.rawKeyword;
        if (n == 0 && ins.heredocs.isEmpty() && (AT_LEAST_ONE.contains(ins.keyword) || ins.is("FROM")
                || ins.is("COPY") || ins.is("ADD"))) {
            ctx.report(ins.keywordRange, kw + " has no arguments: " + what(ins.keyword) + "; the build fails at parse time",
                    kw + " no tiene argumentos: " + whatEs(ins.keyword) + "; la construcción falla al analizar el archivo");
            return;
        }
        switch (ins.keyword) {
            case "FROM" -> {
                boolean as = n >= 2 && ins.words.get(1).value().equalsIgnoreCase("AS");
                if (n == 2 && as) {
                    ctx.report(ins.words.get(1).range(), "The stage name is missing after " + ins.words.get(1).raw(),
                            "Falta el nombre de la etapa después de " + ins.words.get(1).raw());
                } else if (n != 1 && !(n == 3 && as)) {
                    ctx.report(ins.argsRange(), "FROM takes an image and optionally `AS name`, nothing else",
                            "FROM admite una imagen y, opcionalmente, `AS nombre`; nada más");
                }
            }
            case "COPY", "ADD" -> {
                if (n < 2) {
                    ctx.report(ins.argsRange(), kw + " has a source but no destination: it needs at least two arguments",
                            kw + " tiene origen pero no destino: necesita al menos dos argumentos");
                }
            }
            case "ENV", "LABEL" -> {
                for (KeyValue kv : ins.keyValues) {
                    if (kv.legacy() && kv.value() == null) {
                        ctx.report(kv.keyRange(), kw + " " + kv.key() + " has no value: write " + kw + " " + kv.key() + "=value",
                                kw + " " + kv.key() + " no tiene valor: escribe " + kw + " " + kv.key() + "=valor");
                    } else if (!kv.legacy() && kv.value() == null) {
                        // BuildKit: "Syntax error - can't find = in ..." once the first pair is key=value.
                        ctx.report(kv.keyRange(), "'" + kv.key() + "' has no '=': once " + kw + " uses key=value, every pair needs one, or the build stops",
                                "'" + kv.key() + "' no tiene '=': cuando " + kw + " usa clave=valor, todos los pares lo necesitan o la construcción se detiene");
                    }
                }
            }
            case "HEALTHCHECK" -> healthcheck(ctx, ins);
            default -> { }
        }
    }

    private void healthcheck(DockerfileContext ctx, Instruction ins) {
        String type = ins.words.get(0).value().toUpperCase(java.util.Locale.ROOT);
        if (type.equals("CMD")) {
            if (ins.words.size() == 1 || (ins.execForm && ins.execArgs.isEmpty())) {
                ctx.report(ins.words.get(0).range(), "HEALTHCHECK CMD has no command to run",
                        "HEALTHCHECK CMD no tiene ningún comando que ejecutar");
            }
        } else if (type.equals("NONE")) {
            if (ins.words.size() > 1) {
                ctx.report(ins.argsRange(), "HEALTHCHECK NONE takes no arguments", "HEALTHCHECK NONE no admite argumentos");
            }
        } else {
            ctx.report(ins.words.get(0).range(), "HEALTHCHECK needs CMD before the command (or NONE)",
                            "HEALTHCHECK necesita CMD antes del comando (o NONE)")
                    .fix(Msg.of("Insert CMD", "Insertar CMD"), true, ctx.insert(ins.words.get(0).range().start(), "CMD "));
        }
    }

    private static String what(String kw) {
        return switch (kw) {
            case "FROM" -> "it needs a base image";
            case "RUN" -> "it needs a command";
            case "COPY", "ADD" -> "it needs a source and a destination";
            case "WORKDIR" -> "it needs a path";
            case "USER" -> "it needs a user name or UID";
            case "EXPOSE" -> "it needs a port";
            case "ONBUILD" -> "it needs an instruction";
            case "HEALTHCHECK" -> "it needs CMD <command> or NONE";
            case "SHELL" -> "it needs a JSON array such as [\"/bin/sh\", \"-c\"]";
            default -> "it needs at least one argument";
        };
    }

    private static String whatEs(String kw) {
        return switch (kw) {
            case "FROM" -> "necesita una imagen base";
            case "RUN" -> "necesita un comando";
            case "COPY", "ADD" -> "necesita un origen y un destino";
            case "WORKDIR" -> "necesita una ruta";
            case "USER" -> "necesita un usuario o UID";
            case "EXPOSE" -> "necesita un puerto";
            case "ONBUILD" -> "necesita una instrucción";
            case "HEALTHCHECK" -> "necesita CMD <comando> o NONE";
            case "SHELL" -> "necesita un array JSON como [\"/bin/sh\", \"-c\"]";
            default -> "necesita al menos un argumento";
        };
    }
}
