package dev.dockmentor.text;

/** Replace {@code range} in the file at {@code path} with {@code newText}; {@code create} makes a new file. */
public record TextEdit(String path, Range range, String newText, boolean create) {
    public static TextEdit replace(String path, Range range, String newText) {
        return new TextEdit(path, range, newText, false);
    }

    public static TextEdit insert(String path, Position at, String newText) {
        return new TextEdit(path, Range.point(at), newText, false);
    }

    public static TextEdit createFile(String path, String content) {
        return new TextEdit(path, Range.of(0, 0, 0, 0), content, true);
    }
}
