package dev.dockmentor.dockerfile;

import dev.dockmentor.text.LineIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parsed model of one Dockerfile. Never null parts; problems are listed, not thrown. */
public final class Dockerfile {
    public final String text;
    public final LineIndex lines;
    public final char escape;
    public final List<Directive> directives;
    public final List<Comment> comments;
    public final List<Instruction> instructions;
    public final List<Instruction> globalArgs;
    public final List<Stage> stages;
    public final List<Problem> problems;
    /** Empty lines inside continued instructions (BuildKit NoEmptyContinuation). */
    public final List<dev.dockmentor.text.Range> emptyContinuationLines;
    /** Global ARG defaults, used to resolve FROM ${BASE}. */
    public final Map<String, String> globalArgDefaults;

    Dockerfile(String text, LineIndex lines, char escape, List<Directive> directives, List<Comment> comments,
               List<Instruction> instructions, List<Instruction> globalArgs, List<Stage> stages,
               List<Problem> problems, List<dev.dockmentor.text.Range> emptyContinuationLines,
               Map<String, String> globalArgDefaults) {
        this.text = text;
        this.lines = lines;
        this.escape = escape;
        this.directives = directives;
        this.comments = comments;
        this.instructions = instructions;
        this.globalArgs = globalArgs;
        this.stages = stages;
        this.problems = problems;
        this.emptyContinuationLines = emptyContinuationLines;
        this.globalArgDefaults = globalArgDefaults;
    }

    /** Every instruction, each ONBUILD followed by the instruction it wraps (rules that judge one instruction read both). */
    public List<Instruction> instructionsAndOnbuildChildren() {
        List<Instruction> out = new java.util.ArrayList<>(instructions.size());
        for (Instruction i : instructions) {
            out.add(i);
            if (i.child != null) out.add(i.child);
        }
        return out;
    }

    /**
     * The classic builder cannot build this file, so BuildKit builds it: a {@code # syntax} directive, a heredoc,
     * {@code RUN --mount}/{@code --network}/{@code --security}, {@code COPY --link}/{@code --chmod}/{@code --parents}/
     * {@code --exclude}, {@code ADD --checksum}, or BuildKit's automatic platform arguments. A classic-builder-only
     * failure cannot happen to it.
     */
    public boolean needsBuildKit() {
        if (directive("syntax").isPresent()) return true;
        for (Instruction i : instructionsAndOnbuildChildren()) {
            if (!i.heredocs.isEmpty()) return true;
            for (Flag f : i.flags) {
                String n = f.name();
                if (i.is("RUN") && (n.equals("mount") || n.equals("network") || n.equals("security"))) return true;
                if ((i.is("COPY") || i.is("ADD")) && (n.equals("link") || n.equals("chmod") || n.equals("parents") || n.equals("exclude")
                        || n.equals("checksum") || n.equals("keep-git-dir"))) return true;
            }
            if (i.is("FROM") && (i.argsText().contains("BUILDPLATFORM") || i.argsText().contains("TARGETPLATFORM"))) return true;
            for (Flag f : i.flags) if (f.value() != null && f.value().contains("BUILDPLATFORM")) return true;
        }
        return false;
    }

    public Optional<Stage> finalStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    public Optional<Stage> stage(String name) {
        if (name == null) return Optional.empty();
        String n = name.toLowerCase(java.util.Locale.ROOT);
        for (Stage s : stages) if (n.equals(s.name)) return Optional.of(s);
        return Optional.empty();
    }

    /** A stage by name, or by its index as {@code COPY --from=0} allows. */
    public Optional<Stage> stageRef(String ref) {
        Optional<Stage> byName = stage(ref);
        if (byName.isPresent()) return byName;
        if (ref != null && ref.matches("\\d{1,4}")) {
            int i = Integer.parseInt(ref);
            if (i < stages.size()) return Optional.of(stages.get(i));
        }
        return Optional.empty();
    }

    public Stage stageOf(Instruction i) {
        return i.stageIndex >= 0 && i.stageIndex < stages.size() ? stages.get(i.stageIndex) : null;
    }

    public Optional<Directive> directive(String name) {
        return directives.stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
    }
}
