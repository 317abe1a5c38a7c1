package dev.dockmentor.ide;

import dev.dockmentor.rules.Msg;
import dev.dockmentor.text.Position;
import dev.dockmentor.text.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * References, highlights and rename over a table of {@link Occurrence}s (one file's, or a compose project's files'
 * together). What cannot be renamed says why: an image, a variable the file does not declare (the base image's
 * {@code PATH}), an argument BuildKit predefines.
 */
public final class Rename {
    /** Where the cursor is: the occurrence under it, or why nothing there can be renamed. */
    public record Target(Occurrence at, Msg refusal) {
        public boolean ok() {
            return at != null;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** BuildKit's stage names: lower-cased letters, digits, '-', '_', '.', starting with a letter. */
    private static final Pattern STAGE = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.-]*");
    /** Compose's names of services, volumes, networks, secrets and configs. */
    private static final Pattern COMPOSE_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    private Rename() {}

    /** The occurrence at {@code pos} of file {@code path}, if any. */
    public static Optional<Occurrence> at(List<Occurrence> table, String path, Position pos) {
        for (Occurrence o : table) if (o.contains(path, pos)) return Optional.of(o);
        return Optional.empty();
    }

    /** Every occurrence of the same symbol, declarations first, in file order. */
    public static List<Occurrence> references(List<Occurrence> table, Occurrence of) {
        List<Occurrence> decl = new ArrayList<>(), refs = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Occurrence o : table) {
            if (!o.sameSymbol(of) || !seen.add(o.path() + "@" + o.range())) continue;
            (o.declaration() ? decl : refs).add(o);
        }
        decl.addAll(refs);
        return decl;
    }

    /** Whether the symbol at {@code pos} can be renamed, and if not, why. */
    public static Target prepare(List<Occurrence> table, String path, Position pos) {
        Optional<Occurrence> at = at(table, path, pos);
        if (at.isEmpty()) {
            return new Target(null, Msg.of("Nothing to rename here: put the cursor on a stage, variable, service, volume, network, secret or config name",
                    "Aquí no hay nada que renombrar: pon el cursor en el nombre de una etapa, variable, servicio, volumen, red, secreto o config"));
        }
        Occurrence o = at.get();
        if (o.kind() == Occurrence.Kind.VARIABLE && DockerfileNames.PREDEFINED.contains(o.name())) {
            return new Target(null, Msg.of(o.name() + " is an argument BuildKit predefines: it cannot be renamed",
                    o.name() + " es un argumento que BuildKit predefine: no se puede renombrar"));
        }
        if (references(table, o).stream().noneMatch(Occurrence::declaration)) {
            return new Target(null, Msg.of("'" + o.name() + "' is not declared in " + (o.kind() == Occurrence.Kind.VARIABLE
                            ? "this file (it comes from the base image or the build): renaming it here would break what sets it"
                            : "these files: rename it where it is declared"),
                    "'" + o.name() + "' no se declara en " + (o.kind() == Occurrence.Kind.VARIABLE
                            ? "este archivo (viene de la imagen base o del build): renombrarla aquí rompería lo que la define"
                            : "estos archivos: renómbralo donde se declara")));
        }
        return new Target(o, null);
    }

    /** Why {@code newName} is no valid name for this kind of symbol, or empty when it is. */
    public static Optional<Msg> invalidName(Occurrence.Kind kind, String newName) {
        Pattern p = switch (kind) {
            case VARIABLE -> VARIABLE;
            case STAGE -> STAGE;
            default -> COMPOSE_NAME;
        };
        if (newName != null && p.matcher(newName).matches()) return Optional.empty();
        return Optional.of(Msg.of("'" + newName + "' is not a valid " + kind.en + " name",
                "'" + newName + "' no es un nombre de " + kind.es + " válido"));
    }

    /** Why renaming to {@code newName} would merge two symbols (a service, stage… of that name exists), or empty. */
    public static Optional<Msg> clash(List<Occurrence> table, Occurrence target, String newName) {
        String wanted = target.kind() == Occurrence.Kind.STAGE ? newName.toLowerCase(java.util.Locale.ROOT) : newName;
        if (wanted.equals(target.name())) return Optional.empty();
        for (Occurrence o : table) {
            if (o.kind() == target.kind() && o.declaration() && o.name().equals(wanted)) {
                return Optional.of(Msg.of("A " + target.kind().en + " named '" + newName + "' already exists: renaming would merge the two",
                        "Ya existe " + (target.kind() == Occurrence.Kind.NETWORK || target.kind() == Occurrence.Kind.STAGE
                                || target.kind() == Occurrence.Kind.VARIABLE ? "una " : "un ") + target.kind().es + " llamado '" + newName
                                + "': renombrar uniría los dos"));
            }
        }
        return Optional.empty();
    }

    /** The edits, per file, that rename every occurrence of {@code target}'s symbol to {@code newName}. */
    public static Map<String, List<TextEdit>> edits(List<Occurrence> table, Occurrence target, String newName) {
        Map<String, List<TextEdit>> out = new LinkedHashMap<>();
        for (Occurrence o : references(table, target)) {
            out.computeIfAbsent(o.path(), k -> new ArrayList<>()).add(TextEdit.replace(o.path(), o.range(), newName));
        }
        return out;
    }
}
