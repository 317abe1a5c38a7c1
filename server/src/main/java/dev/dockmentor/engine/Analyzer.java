package dev.dockmentor.engine;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.compose.ComposeProject;
import dev.dockmentor.compose.YamlProblem;
import dev.dockmentor.config.Config;
import dev.dockmentor.context.BuildContexts;
import dev.dockmentor.context.FileRole;
import dev.dockmentor.context.FileRoles;
import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.DockerfileParser;
import dev.dockmentor.dockerfile.Problem;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Profile;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.RuleSettings;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.rules.TemplateFile;
import dev.dockmentor.text.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one entry point the CLI and the language server share: text in, findings out. Each rule
 * runs isolated, so a bug in one is logged and never costs the file its other findings.
 */
public final class Analyzer {
    /** Files larger than this are not analysed; the user gets one clear finding instead. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** Folder walks pick up compose files once their analysis exists. */
    public static final boolean COMPOSE_SUPPORTED = true;

    private final RuleRegistry registry;
    private final Consumer<String> log;

    public Analyzer() {
        this(RuleRegistry.get(), msg -> System.err.println("dockmentor: " + msg));
    }

    public Analyzer(RuleRegistry registry, Consumer<String> log) {
        this.registry = registry;
        this.log = log;
    }

    public RuleRegistry registry() {
        return registry;
    }

    public List<Finding> analyzeDockerfile(String path, String text, Path contextDir, ProjectFiles files,
                                           Config config, Cancel cancel) {
        if (text.length() > MAX_CHARS) return tooLarge(path, text, config);
        Dockerfile df = DockerfileParser.parse(text);
        return analyzeDockerfile(df, path, contextDir, files, config, cancel);
    }

    public List<Finding> analyzeDockerfile(Dockerfile df, String path, Path contextDir, ProjectFiles files,
                                           Config config, Cancel cancel) {
        // Called with the Dockerfile's own folder (no compose build.context says otherwise): infer where it is built from.
        boolean unresolved = false;
        java.util.List<dev.dockmentor.context.DockerfileUsers.User> users = null;
        java.util.List<dev.dockmentor.context.BakeFiles.Target> bake = null;
        if (path != null && contextDir != null && contextDir.equals(Path.of(path).toAbsolutePath().getParent())) {
            // A compose service that builds this Dockerfile says where from; else a Bake target, else the copied paths.
            // Both lookups are handed to the context, whose rules read them again (Bake named contexts, healthchecks).
            users = dev.dockmentor.context.DockerfileUsers.of(Path.of(path), files, config.projectRoot());
            Optional<Path> fromCompose = dev.dockmentor.context.DockerfileUsers.context(users);
            if (fromCompose.isPresent()) {
                contextDir = fromCompose.get();
            } else {
                bake = dev.dockmentor.context.BakeFiles.targetsBuilding(Path.of(path), files, config.projectRoot());
                BuildContexts.Context inferred = BuildContexts.infer(df, bake, contextDir, files, config.projectRoot());
                contextDir = inferred.dir();
                unresolved = inferred.unresolved();
            }
        }
        DockerfileContext ctx = new DockerfileContext(df, path, contextDir, files, new RuleSettings(config.trustedRegistries(), config.projectRoot()));
        ctx.contextUnresolved(unresolved);
        if (users != null) ctx.users(users);
        if (bake != null) ctx.bakeTargets(bake);
        if (ctx.role().role().notLinted()) return template(path, ctx.role(), config);
        List<Finding> raw = new ArrayList<>();
        for (Problem p : df.problems) {
            raw.add(new Finding(p.ruleId(), Severity.ERROR, Msg.of(p.message(), p.messageEs()), path, p.range(),
                    List.of(), List.of(), false, false));
        }
        for (Rule rule : registry.rules()) {
            if (!(rule instanceof DockerfileCheck check) || !enabled(rule.meta(), config)) continue;
            cancel.check();
            ctx.begin(rule.meta());
            try {
                check.check(ctx);
                raw.addAll(ctx.drain());
            } catch (RuntimeException | StackOverflowError e) {
                ctx.drain();
                if (e instanceof java.util.concurrent.CancellationException ce) throw ce;
                log.accept("rule " + rule.id() + " failed on " + path + ": " + e);
                raw.add(new Finding("internal-error", Severity.WARNING,
                        Msg.of("dockmentor rule '" + rule.id() + "' failed on this file (" + e.getClass().getSimpleName()
                                        + "); other rules still ran. Please report it.",
                                "La regla de dockmentor '" + rule.id() + "' falló en este archivo (" + e.getClass().getSimpleName()
                                        + "); las demás reglas sí se ejecutaron. Por favor, repórtalo."),
                        path, Range.of(0, 0, 0, 0), List.of(), List.of(), false, false));
            }
        }
        Suppressions sup = Suppressions.of(df, registry);
        return finish(raw, sup, config);
    }

    /**
     * What a compose analysis found, which other files it read (the LSP re-analyses when they change), and the
     * project it loaded (null when the file was too large to read), which editor requests about the same snapshot reuse.
     */
    public record ComposeResult(List<Finding> findings, java.util.Set<Path> dependencies, ComposeProject project) {}

    /** Compose analysis of one file, read with its base/override and the Dockerfiles its services build. */
    public List<Finding> analyzeCompose(String path, String text, ProjectFiles files, Config config, Cancel cancel) {
        return analyzeComposeProject(path, text, files, config, cancel).findings();
    }

    public ComposeResult analyzeComposeProject(String path, String text, ProjectFiles files, Config config, Cancel cancel) {
        if (text.length() > MAX_CHARS) return new ComposeResult(tooLarge(path, text, config), java.util.Set.of(), null);
        return analyzeComposeProject(ComposeFile.parse(path, text), files, config, cancel);
    }

    /** Compose analysis of a file already parsed (no larger than {@link #MAX_CHARS}). */
    public ComposeResult analyzeComposeProject(ComposeFile self, ProjectFiles files, Config config, Cancel cancel) {
        String path = self.path;
        ComposeProject project = ComposeProject.load(self, files);
        ComposeContext ctx = new ComposeContext(project, path, files, new RuleSettings(config.trustedRegistries(), config.projectRoot()));
        if (ctx.role().role().notLinted()) {
            return new ComposeResult(template(path, ctx.role(), config), java.util.Set.copyOf(ctx.dependencies()), project);
        }
        List<Finding> raw = new ArrayList<>();
        for (YamlProblem p : project.file.problems) {
            raw.add(new Finding(p.ruleId(), Severity.ERROR, Msg.of(p.en(), p.es()), path, p.range(),
                    List.of(), List.of(), false, false));
        }
        if (project.file.root != null) {
            for (Rule rule : registry.rules()) {
                if (!(rule instanceof ComposeCheck check) || !enabled(rule.meta(), config)) continue;
                cancel.check();
                ctx.begin(rule.meta());
                try {
                    check.check(ctx);
                    for (Finding f : ctx.drain()) if (java.util.Objects.equals(f.path(), path)) raw.add(f);
                } catch (RuntimeException | StackOverflowError e) {
                    ctx.drain();
                    if (e instanceof java.util.concurrent.CancellationException ce) throw ce;
                    log.accept("rule " + rule.id() + " failed on " + path + ": " + e);
                    raw.add(internalError(rule, path, e));
                }
            }
        }
        Suppressions sup = ComposeSuppressions.of(project.file, registry);
        return new ComposeResult(finish(raw, sup, config), java.util.Set.copyOf(ctx.dependencies()), project);
    }

    private static Finding internalError(Rule rule, String path, Throwable e) {
        return new Finding("internal-error", Severity.WARNING,
                Msg.of("dockmentor rule '" + rule.id() + "' failed on this file (" + e.getClass().getSimpleName()
                                + "); other rules still ran. Please report it.",
                        "La regla de dockmentor '" + rule.id() + "' falló en este archivo (" + e.getClass().getSimpleName()
                                + "); las demás reglas sí se ejecutaron. Por favor, repórtalo."),
                path, Range.of(0, 0, 0, 0), List.of(), List.of(), false, false);
    }

    /** Applies suppressions and configured severities, drops what is off, sorts by position. */
    public List<Finding> finish(List<Finding> raw, Suppressions sup, Config config) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : raw) {
            if (sup.suppressed(f)) continue;
            Optional<Severity> sev = configuredSeverity(f.ruleId(), config);
            if (sev == null) continue; // off
            out.add(sev.map(f::withSeverity).orElse(f));
        }
        out.sort(Comparator.comparing((Finding f) -> f.range().start()).thenComparing(Finding::ruleId));
        return out;
    }

    public boolean enabled(RuleMeta meta, Config config) {
        Optional<Severity> sev = configuredSeverity(meta.id(), config);
        if (sev == null) return false;
        if (sev.isPresent()) return true; // explicitly configured: on whatever the profile
        if (meta.needsConfig() && config.trustedRegistries().isEmpty()) return false;
        return meta.profile() == Profile.RECOMMENDED || config.profile() == Profile.STRICT;
    }

    /** null when off; empty when not configured; else the configured severity. */
    private Optional<Severity> configuredSeverity(String id, Config config) {
        if (config.rules().isEmpty()) return Optional.empty();
        if (config.rules().containsKey(id)) {
            Severity s = config.rules().get(id);
            return s == null ? null : Optional.of(s);
        }
        Optional<Rule> rule = registry.rule(id);
        if (rule.isPresent()) {
            for (String a : rule.get().meta().aliases()) {
                if (config.rules().containsKey(a)) {
                    Severity s = config.rules().get(a);
                    return s == null ? null : Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A template is not a Dockerfile or compose file until a generator fills it in: one info says so (at the top,
     * unless configured off) instead of findings about text that will be replaced.
     */
    private List<Finding> template(String path, FileRoles.Role role, Config config) {
        Optional<Severity> sev = configuredSeverity(TemplateFile.ID, config);
        if (sev == null) return List.of();
        if (role.role() == FileRole.FRAGMENT) {
            return List.of(new Finding(TemplateFile.ID, sev.orElse(Severity.INFO),
                    Msg.of("This file is a Dockerfile fragment (" + role.signal() + "): it is built joined to another Dockerfile, "
                                    + "so dockmentor lints that one, not this piece",
                            "Este archivo es un fragmento de Dockerfile (" + FileRole.signalEs(role.signal()) + "): se construye unido a "
                                    + "otro Dockerfile, así que dockmentor revisa ese, no este trozo"),
                    path, Range.of(0, 0, 0, 0), List.of(), List.of(), false, false));
        }
        return List.of(new Finding(TemplateFile.ID, sev.orElse(Severity.INFO),
                Msg.of("This file is a template (" + role.signal() + "): dockmentor lints the file it generates, not the template",
                        "Este archivo es una plantilla (" + FileRole.signalEs(role.signal()) + "): dockmentor revisa el archivo que genera, no la plantilla"),
                path, Range.of(0, 0, 0, 0), List.of(), List.of(), false, false));
    }

    /** The file-too-large finding, honouring the configuration (off, or another severity), as every finding does. */
    private List<Finding> tooLarge(String path, String text, Config config) {
        Optional<Severity> sev = configuredSeverity("file-too-large", config);
        if (sev == null) return List.of();
        Finding f = tooLarge(path, text);
        return List.of(sev.map(f::withSeverity).orElse(f));
    }

    private static Finding tooLarge(String path, String text) {
        return new Finding("file-too-large", Severity.WARNING,
                Msg.of("This file is " + (text.length() / 1024) + " KiB; dockmentor analyses files up to "
                                + (MAX_CHARS / 1024 / 1024) + " MiB, so it was not linted",
                        "Este archivo ocupa " + (text.length() / 1024) + " KiB; dockmentor analiza archivos de hasta "
                                + (MAX_CHARS / 1024 / 1024) + " MiB, así que no se ha revisado"),
                path, Range.of(0, 0, 0, 0), List.of(), List.of(), false, false);
    }
}
