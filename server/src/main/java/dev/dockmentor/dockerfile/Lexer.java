package dev.dockmentor.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** Quote-aware word splitting and JSON-array decoding over a {@link SourceText}. */
final class Lexer {
    private Lexer() {}

    /**
     * Splits on unquoted whitespace. Quotes and the escape char group characters into one word;
     * {@code value} drops the quotes (and escapes, outside single quotes), as the builder does.
     */
    static List<Word> words(SourceText st, int from, int to, char escape) {
        String t = st.text();
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(t.charAt(i))) i++;
            if (i >= to) break;
            int start = i;
            StringBuilder value = new StringBuilder();
            char quote = 0;
            while (i < to) {
                char c = t.charAt(i);
                if (quote == 0 && Character.isWhitespace(c)) break;
                if (c == escape && quote != '\'' && i + 1 < to) {
                    char n = t.charAt(i + 1);
                    // Inside double quotes only quote/escape/$ are escapable; elsewhere anything.
                    if (quote == 0 || n == '"' || n == escape || n == '$') {
                        value.append(n == '$' ? "\\$" : String.valueOf(n));
                        i += 2;
                        continue;
                    }
                }
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else {
                    value.append(c);
                }
                i++;
            }
            out.add(new Word(t.substring(start, i), value.toString(), st.range(start, i), start, i));
        }
        return out;
    }

    /**
     * Decodes a JSON array of strings starting at {@code from}; returns null when the text is not
     * exactly one such array (then the builder treats it as shell form).
     */
    static List<Word> jsonArray(SourceText st, int from, int to) {
        String t = st.text();
        int i = skipWs(t, from, to);
        if (i >= to || t.charAt(i) != '[') return null;
        i++;
        List<Word> out = new ArrayList<>();
        i = skipWs(t, i, to);
        if (i < to && t.charAt(i) == ']') {
            return skipWs(t, i + 1, to) == to ? out : null;
        }
        while (true) {
            i = skipWs(t, i, to);
            if (i >= to || t.charAt(i) != '"') return null;
            int start = i;
            i++;
            StringBuilder sb = new StringBuilder();
            boolean closed = false;
            while (i < to) {
                char c = t.charAt(i);
                if (c == '"') {
                    closed = true;
                    i++;
                    break;
                }
                if (c == '\\') {
                    if (i + 1 >= to) return null;
                    char n = t.charAt(i + 1);
                    switch (n) {
                        case '"', '\\', '/' -> sb.append(n);
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            if (i + 6 > to) return null;
                            try {
                                sb.append((char) Integer.parseInt(t.substring(i + 2, i + 6), 16));
                            } catch (NumberFormatException e) {
                                return null;
                            }
                            i += 4;
                        }
                        default -> {
                            return null;
                        }
                    }
                    i += 2;
                    continue;
                }
                if (c < 0x20) return null;
                sb.append(c);
                i++;
            }
            if (!closed) return null;
            out.add(new Word(t.substring(start, i), sb.toString(), st.range(start, i), start, i));
            i = skipWs(t, i, to);
            if (i >= to) return null;
            char c = t.charAt(i);
            if (c == ',') {
                i++;
                continue;
            }
            if (c == ']') {
                return skipWs(t, i + 1, to) == to ? out : null;
            }
            return null;
        }
    }

    static int skipWs(String t, int i, int to) {
        while (i < to && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }
}
