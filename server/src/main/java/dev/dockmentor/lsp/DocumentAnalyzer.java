package dev.dockmentor.lsp;

import dev.dockmentor.compose.ComposeFile;
import dev.dockmentor.config.ConfigException;
import dev.dockmentor.engine.Analyzer;
import dev.dockmentor.engine.Cancel;
import dev.dockmentor.project.ProjectFiles;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Finding;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs the shared {@link Analyzer} on a document snapshot, with the configuration that governs it. */
final class DocumentAnalyzer {
    private final Analyzer analyzer;
    private final ProjectFiles files;
    private final ConfigResolver configs;
    private final Supplier<EditorSettings> settings;
    private final Supplier<String> clientLocale;

    DocumentAnalyzer(Analyzer analyzer, ProjectFiles files, ConfigResolver configs, Supplier<EditorSettings> settings,
                     Supplier<String> clientLocale) {
        this.analyzer = analyzer;
        this.files = files;
        this.configs = configs;
        this.settings = settings;
        this.clientLocale = clientLocale;
    }

    Analysis analyze(Document doc, Cancel cancel) {
        ConfigResolver.Resolved r = configs.resolve(doc, settings.get());
        String locale = locale(r);
        List<Finding> out = new ArrayList<>();
        if (r.problem() != null) out.add(configProblem(doc, r.problem()));
        String path = doc.pathString();
        RecordingFiles files = new RecordingFiles(this.files);
        java.util.Set<java.nio.file.Path> deps = new java.util.LinkedHashSet<>();
        dev.dockmentor.compose.ComposeProject project = null;
        if (doc.kind == FileKind.DOCKERFILE) {
            java.nio.file.Path ctx = doc.path == null ? null : doc.path.getParent();
            if (doc.text.length() > Analyzer.MAX_CHARS) {
                out.addAll(analyzer.analyzeDockerfile(path, doc.text, ctx, files, r.config(), cancel));
            } else {
                out.addAll(analyzer.analyzeDockerfile(doc.dockerfile(), path, ctx, files, r.config(), cancel));
            }
        } else if (doc.kind == FileKind.COMPOSE) {
            ComposeFile parsed = doc.compose();
            Analyzer.ComposeResult res = parsed == null ? analyzer.analyzeComposeProject(path, doc.text, files, r.config(), cancel)
                    : analyzer.analyzeComposeProject(parsed, files, r.config(), cancel);
            out.addAll(res.findings());
            project = res.project();
            for (java.nio.file.Path p : res.dependencies()) deps.add(p.toAbsolutePath().normalize());
        }
        deps.addAll(files.seen());
        if (doc.path != null) deps.remove(doc.path);
        return new Analysis(doc, List.copyOf(out), locale, java.util.Set.copyOf(deps), project);
    }

    /** The file's locale wins for its folder, then the editor's settings, then the client's UI locale. */
    String locale(Document doc) {
        return locale(configs.resolve(doc, settings.get()));
    }

    private String locale(ConfigResolver.Resolved r) {
        if (r.config().locale() != null) return r.config().locale();
        String l = clientLocale.get();
        return l != null && l.toLowerCase(java.util.Locale.ROOT).startsWith("es") ? "es" : "en";
    }

    private static Finding configProblem(Document doc, ConfigException e) {
        String file = e.file() == null ? "configuration" : e.file().getFileName().toString();
        String detail = e.getMessage();
        return new Finding("syntax-error", Severity.ERROR,
                Msg.of("Configuration file " + file + " cannot be used, so the editor's settings apply: " + detail,
                        "No se puede usar el archivo de configuración " + file + ", así que se aplican los ajustes del editor: "
                                + detail),
                doc.pathString(), Range.of(0, 0, 0, 0), List.of(), List.of(), false, false);
    }
}
