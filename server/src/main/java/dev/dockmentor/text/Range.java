package dev.dockmentor.text;

/** A half-open range between two positions. */
public record Range(Position start, Position end) {
    public static Range of(int sl, int sc, int el, int ec) {
        return new Range(new Position(sl, sc), new Position(el, ec));
    }

    public static Range point(Position p) {
        return new Range(p, p);
    }

    public boolean contains(Position p) {
        return start.compareTo(p) <= 0 && p.compareTo(end) <= 0;
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    @Override
    public String toString() {
        return "[" + start + "-" + end + "]";
    }
}
