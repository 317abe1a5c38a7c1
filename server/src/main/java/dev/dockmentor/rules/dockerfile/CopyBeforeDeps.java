package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.Command;
import dev.dockmentor.shell.PackageOp;
import java.util.List;

/**
 * {@code COPY . .} before {@code pip install -r requirements.txt}: any source change invalidates
 * the layer cache of the install, so every edit re-downloads every dependency. Copying the
 * manifests first keeps the install cached until the manifests change.
 */
public final class CopyBeforeDeps extends Rule implements DockerfileCheck {
    public CopyBeforeDeps() {
        super(RuleMeta.of("copy-before-deps", Severity.WARNING, "Whole context copied before installing dependencies"));
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Stage s : ctx.dockerfile().stages) {
            Instruction copy = null;
            // Dependencies fetched before the whole-context copy (pnpm fetch, an install from the manifests alone): the
            // install after it works from that cached layer (pnpm install --offline), the cache-friendly pattern.
            boolean fetchedBefore = false;
            for (int i = 0; i < s.instructions.size(); i++) {
                Instruction ins = s.instructions.get(i);
                if (copy == null && WholeContext.source(ins) != null) {
                    if (fetchedBefore) break;
                    copy = ins;
                    continue;
                }
                if (copy == null && ins.is("RUN")) {
                    for (Command c : ctx.shell(ins).commands()) {
                        if (install(c) != null || c.program().equals("pnpm") && c.args().stream().anyMatch(w -> w.value().equals("fetch"))) {
                            fetchedBefore = true;
                        }
                    }
                    continue;
                }
                if (copy == null || !ins.is("RUN")) continue;
                for (Command c : ctx.shell(ins).commands()) {
                    Install inst = install(c);
                    if (inst == null) continue;
                    report(ctx, copy, ins, c, inst, installsAfter(ctx, s.instructions.subList(i + 1, s.instructions.size())));
                    copy = null;
                    break;
                }
                if (copy == null) break;
            }
        }
    }

    /** What the install step reads, and whether moving the whole-context copy after it keeps the build working. */
    private record Install(String what, List<String> manifests, boolean movable) {}

    private static Install install(Command c) {
        String p = c.program();
        List<String> args = c.args().stream().map(w -> w.value()).toList();
        if (p.equals("mvn") || p.equals("mvnw") || p.equals("./mvnw")) {
            if (args.stream().anyMatch(a -> a.startsWith("dependency:"))) return new Install("mvn dependency", List.of("pom.xml"), true);
            if (args.contains("package") || args.contains("install") || args.contains("verify")) return new Install("mvn package", List.of("pom.xml"), false);
            return null;
        }
        if (p.equals("gradle") || p.equals("gradlew")) return args.isEmpty() ? null : new Install("gradle", List.of(), false);
        PackageOp op = PackageOp.of(c).orElse(null);
        if (op == null) return null;
        String a = op.action();
        return switch (op.manager()) {
            case "pip" -> {
                String req = op.optionValue("-r", "--requirement");
                yield a.equals("install") && req != null && !req.contains("$") && !req.contains("..")
                        ? new Install("pip install -r", List.of(req), true) : null;
            }
            case "npm" -> (a.equals("ci") || (a.equals("install") || a.equals("i")) && op.packages().isEmpty())
                    ? new Install("npm " + a, List.of("package.json", "package-lock.json*"), true) : null;
            case "yarn" -> a.equals("install") && op.packages().isEmpty() ? new Install("yarn install", List.of("package.json", "yarn.lock"), true) : null;
            case "pnpm" -> a.equals("install") || a.equals("i") ? new Install("pnpm install", List.of("package.json", "pnpm-lock.yaml"), true) : null;
            case "bundle" -> a.equals("install") ? new Install("bundle install", List.of("Gemfile", "Gemfile.lock"), true) : null;
            case "go" -> a.equals("mod download") ? new Install("go mod download", List.of("go.mod", "go.sum"), true) : null;
            case "composer" -> a.equals("install") ? new Install("composer install", List.of("composer.json", "composer.lock"), true) : null;
            case "poetry" -> a.equals("install") ? new Install("poetry install", List.of("pyproject.toml", "poetry.lock"), true) : null;
            default -> null;
        };
    }

    /**
     * Another install later in the stage: moving the copy to just after the first one would leave it before
     * that one, so the fix would trade this report for the same one further down (found by fuzzing).
     */
    private static boolean installsAfter(DockerfileContext ctx, List<Instruction> rest) {
        for (Instruction ins : rest) {
            if (!ins.is("RUN")) continue;
            for (Command c : ctx.shell(ins).commands()) if (install(c) != null) return true;
        }
        return false;
    }

    private void report(DockerfileContext ctx, Instruction copy, Instruction run, Command c, Install inst, boolean installsAfter) {
        Word src = WholeContext.source(copy);
        Report r = ctx.report(src.range(),
                copy.keyword + " of the whole context comes before '" + inst.what + "', so any source change invalidates the "
                        + "cached install and every build reinstalls all dependencies",
                copy.keyword + " de todo el contexto va antes de '" + inst.what + "', así que cualquier cambio en el código "
                        + "invalida la caché de la instalación y cada build vuelve a instalar todas las dependencias")
                .related(ctx.path(), c.range(), Msg.of("dependency install", "instalación de dependencias"));
        // A cache mount keeps the downloads between builds: the reinstall still runs on every change, but costs far less.
        if (run.flags("mount").stream().anyMatch(f -> f.value() != null && f.value().contains("type=cache"))) r.severity(dev.dockmentor.rules.Severity.INFO);
        if (!inst.movable || inst.manifests.isEmpty() || !RunEdits.editable(copy) || copy.child != null || installsAfter) return;
        String dest = copy.words.get(copy.words.size() - 1).value();
        String manifestLine = manifestCopy(copy, inst, dest);
        if (manifestLine == null) return;
        String nl = ctx.newline();
        String copyText = ctx.dockerfile().text.substring(copy.startOffset, copy.endOffset).stripTrailing();
        String indent = ctx.indentOf(run);
        r.fix(Msg.of("Copy " + String.join(", ", inst.manifests) + " first, install, then copy the rest",
                        "Copiar primero " + String.join(", ", inst.manifests) + ", instalar y después copiar el resto"), false,
                ctx.deleteLines(copy),
                ctx.insertLinesBefore(run.startLine, indent + manifestLine + nl),
                ctx.insertLinesAfter(run, indent + copyText.stripLeading() + nl));
    }

    /** {@code COPY requirements.txt .} with the same flags (--chown...) as the whole-context copy. */
    private static String manifestCopy(Instruction copy, Install inst, String dest) {
        if (dest.contains("$")) return null;
        StringBuilder flags = new StringBuilder();
        for (var f : copy.flags) if (!f.name().equalsIgnoreCase("from")) flags.append("--").append(f.name()).append(f.value() == null ? "" : "=" + f.value()).append(' ');
        List<String> files = inst.manifests;
        // Only plain paths can be written as COPY sources: a space, quote, backtick or variable would split or change
        // them (fuzzing: an unclosed backtick made the shell word run on to the end of the line).
        for (String f : files) if (!f.matches("[\\w./@+=,:*-]+")) return null;
        String to = dest;
        if (files.size() == 1 && files.get(0).contains("/")) {
            String f = files.get(0);
            if (f.startsWith("/")) return null;
            String dir = f.substring(0, f.lastIndexOf('/') + 1);
            to = (dest.equals(".") || dest.equals("./") ? "./" : dest.endsWith("/") ? dest : dest + "/") + dir;
        } else if (files.size() > 1 && !to.endsWith("/")) {
            to = to + "/";
        }
        return copy.keyword.equals("ADD") ? "COPY " + flags + String.join(" ", files) + " " + to
                : copy.rawKeyword + " " + flags + String.join(" ", files) + " " + to;
    }
}
