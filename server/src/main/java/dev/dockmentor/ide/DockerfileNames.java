package dev.dockmentor.ide;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.Flag;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.KeyValue;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.VarRef;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The names of a Dockerfile: stages ({@code FROM … AS build}, referenced by {@code FROM build}, {@code COPY --from=build},
 * {@code RUN --mount=…,from=build}) and variables ({@code ARG}/{@code ENV} keys, referenced by {@code $NAME} and
 * {@code ${NAME}}). A variable is one name across the file, as a reader sees it: Dockerfiles redeclare a global ARG
 * inside each stage that uses it, and renaming one without the others would break the file.
 */
public final class DockerfileNames {
    /** Arguments BuildKit defines itself: they have no declaration here to rename. */
    public static final Set<String> PREDEFINED = Set.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
            "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY",
            "ALL_PROXY", "http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "all_proxy", "BUILDKIT_SYNTAX",
            "BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE", "BUILDKIT_INLINE_CACHE", "BUILDKIT_MULTI_PLATFORM",
            "BUILDKIT_CONTEXT_KEEP_GIT_DIR", "SOURCE_DATE_EPOCH");

    private DockerfileNames() {}

    public static List<Occurrence> of(Dockerfile df, String path) {
        List<Occurrence> out = new ArrayList<>();
        if (df == null) return out;
        for (Stage s : df.stages) {
            if (s.name != null && s.nameRange != null) out.add(new Occurrence(Occurrence.Kind.STAGE, s.name, path, s.nameRange, true));
            // FROM build: an earlier stage, not an image.
            if (s.imageWord != null && !s.imageWord.value().contains("$")) {
                Optional<Stage> t = df.stage(s.imageWord.value());
                if (t.isPresent() && t.get().index < s.index) {
                    out.add(new Occurrence(Occurrence.Kind.STAGE, t.get().name, path, s.imageWord.range(), false));
                }
            }
        }
        for (Instruction i : df.instructionsAndOnbuildChildren()) {
            stageFlags(df, i, path, out);
            if (i.is("ARG") || i.is("ENV")) {
                for (KeyValue kv : i.keyValues) {
                    if (kv.key() != null && kv.keyRange() != null && !kv.key().isEmpty()) {
                        out.add(new Occurrence(Occurrence.Kind.VARIABLE, kv.key(), path, kv.keyRange(), true));
                    }
                }
            }
            for (VarRef v : i.varRefs) {
                if (v.name() != null && v.nameRange() != null) out.add(new Occurrence(Occurrence.Kind.VARIABLE, v.name(), path, v.nameRange(), false));
            }
        }
        return out;
    }

    /** {@code COPY --from=build} and {@code RUN --mount=type=cache,from=build}: the stage name's own range. */
    private static void stageFlags(Dockerfile df, Instruction i, String path, List<Occurrence> out) {
        for (Flag f : i.flags) {
            if (f.value() == null || f.valueRange() == null) continue;
            String n = f.name().toLowerCase(Locale.ROOT);
            if (n.equals("from")) {
                stageRef(df, i, f.value(), f.valueRange(), path, out);
            } else if (n.equals("mount") && f.valueRange().start().line() == f.valueRange().end().line()) {
                int start = 0;
                for (String part : f.value().split(",", -1)) {
                    if (part.toLowerCase(Locale.ROOT).startsWith("from=")) {
                        Position a = f.valueRange().start();
                        int from = a.character() + start + 5;
                        Range r = new Range(new Position(a.line(), from), new Position(a.line(), from + part.length() - 5));
                        stageRef(df, i, part.substring(5), r, path, out);
                    }
                    start += part.length() + 1;
                }
            }
        }
    }

    private static void stageRef(Dockerfile df, Instruction i, String value, Range r, String path, List<Occurrence> out) {
        if (value.contains("$") || value.matches("\\d+")) return;
        Optional<Stage> t = df.stage(value);
        int here = i.stageIndex();
        if (t.isPresent() && (here < 0 || t.get().index < here) && r.end().character() - r.start().character() == value.length()) {
            out.add(new Occurrence(Occurrence.Kind.STAGE, t.get().name, path, r, false));
        }
    }
}
