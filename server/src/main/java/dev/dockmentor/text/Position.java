package dev.dockmentor.text;

/** A zero-based line and UTF-16 column, exactly as LSP counts them. */
public record Position(int line, int character) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(character, o.character);
    }

    @Override
    public String toString() {
        return line + ":" + character;
    }
}
