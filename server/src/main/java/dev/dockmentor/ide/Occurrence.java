package dev.dockmentor.ide;

import dev.dockmentor.text.Position;
import dev.dockmentor.text.Range;

/**
 * One place a name is written: its kind, the name as the file means it, the file, the exact range of the name (not
 * of the value around it), and whether it is where the name is declared. References, highlights and rename all read
 * these; the rules that check names (unknown-service, undefined-reference, unknown-stage) mean the same names.
 */
public record Occurrence(Kind kind, String name, String path, Range range, boolean declaration) {
    /** What a name names. */
    public enum Kind {
        STAGE("stage", "etapa"), VARIABLE("variable", "variable"), SERVICE("service", "servicio"), VOLUME("volume", "volumen"),
        NETWORK("network", "red"), SECRET("secret", "secreto"), CONFIG("config", "config");

        public final String en, es;

        Kind(String en, String es) {
            this.en = en;
            this.es = es;
        }
    }

    public boolean contains(String inPath, Position pos) {
        return java.util.Objects.equals(path, inPath) && range.contains(pos);
    }

    public boolean sameSymbol(Occurrence o) {
        return kind == o.kind && name.equals(o.name);
    }
}
