package dev.dockmentor.compose;

/**
 * A normalised service {@code volumes:} entry. {@code type} is volume, bind, tmpfs, npipe, image or
 * cluster; a named volume has a source, an anonymous one none. Short syntax: {@code [SOURCE:]TARGET[:MODE]}.
 */
public record Volume(YNode node, String type, String source, String target, boolean readOnly) {
    public static Volume of(YNode node, java.util.Map<String, String> env) {
        if (node.isMap()) {
            String type = node.str("type");
            String src = node.str("source");
            String tgt = node.str("target");
            if (type == null) type = src == null ? "volume" : looksLikePath(src) ? "bind" : "volume";
            return new Volume(node, type, src, tgt, node.get("read_only") != null && node.get("read_only").isTrue());
        }
        String raw = node.text();
        if (raw == null) return new Volume(node, "volume", null, null, false);
        String s = Interpolation.resolve(raw, env).textOr(raw);
        String[] parts = splitShort(s);
        if (parts.length == 1) return new Volume(node, "volume", null, parts[0], false);
        String src = parts[0];
        String tgt = parts[1];
        boolean ro = parts.length > 2 && parts[2].matches("(.*,)?ro(,.*)?");
        return new Volume(node, looksLikePath(src) ? "bind" : "volume", src, tgt, ro);
    }

    /** Splits on ':' but keeps Windows drive letters ({@code C:\\x}) whole. */
    private static String[] splitShort(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != ':') continue;
            if (i == start + 1 && Character.isLetter(s.charAt(start)) && i + 1 < s.length()
                    && (s.charAt(i + 1) == '\\' || s.charAt(i + 1) == '/')) continue;
            out.add(s.substring(start, i));
            start = i + 1;
        }
        out.add(s.substring(start));
        return out.toArray(String[]::new);
    }

    static boolean looksLikePath(String src) {
        return src.startsWith("/") || src.startsWith(".") || src.startsWith("~") || src.startsWith("$")
                || src.matches("[A-Za-z]:[\\\\/].*") || src.startsWith("\\\\");
    }

    public boolean isNamed() {
        return type.equals("volume") && source != null && !source.isEmpty();
    }

    public boolean isAnonymous() {
        return type.equals("volume") && (source == null || source.isEmpty());
    }

    public boolean isBind() {
        return type.equals("bind");
    }
}
