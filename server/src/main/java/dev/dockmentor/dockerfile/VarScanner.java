package dev.dockmentor.dockerfile;

import java.util.List;

/** Finds {@code $VAR} and {@code ${VAR...}} references the builder would expand. */
final class VarScanner {
    private VarScanner() {}

    static void scan(SourceText st, int from, int to, char escape, List<VarRef> out) {
        String t = st.text();
        boolean single = false;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == escape && !single) {
                i++; // escaped char, \$ included, is literal
                continue;
            }
            if (c == '\'') {
                single = !single;
                continue;
            }
            if (single || c != '$' || i + 1 >= to) continue;
            char n = t.charAt(i + 1);
            if (n == '{') {
                int close = t.indexOf('}', i + 2);
                if (close < 0 || close >= to) continue;
                int nameEnd = i + 2;
                while (nameEnd < close && isNameChar(t.charAt(nameEnd))) nameEnd++;
                if (nameEnd == i + 2) continue;
                String name = t.substring(i + 2, nameEnd);
                String op = null, word = null;
                if (nameEnd < close) {
                    String rest = t.substring(nameEnd, close);
                    for (String candidate : new String[] {":-", ":+", ":?", "-", "+", "?"}) {
                        if (rest.startsWith(candidate)) {
                            op = candidate;
                            word = rest.substring(candidate.length());
                            break;
                        }
                    }
                }
                out.add(new VarRef(name, op, word, st.range(i, close + 1), st.range(i + 2, nameEnd)));
                i = close;
            } else if (Character.isLetter(n) || n == '_') {
                int end = i + 1;
                while (end < to && isNameChar(t.charAt(end))) end++;
                out.add(new VarRef(t.substring(i + 1, end), null, null, st.range(i, end), st.range(i + 1, end)));
                i = end - 1;
            }
        }
    }

    static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
