package dev.dockmentor.lsp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The few fields a skipped message is known by, read from its bytes as they stream past without keeping them:
 * the top-level {@code id} (raw token, so an answer carries it back as sent) and {@code method}, and
 * {@code params.textDocument.uri}. Only structure counts: an {@code "id"} inside params or inside a string is
 * not the request's. Why streaming: a client may put {@code id} after a params of any size, and the guard
 * must answer that request without holding its body. A value written with escapes is left unread (null).
 */
final class JsonHeadFields {
    private static final int MAX_DEPTH = 4;
    private static final int MAX_KEY = 16;
    private static final int MAX_VALUE = 2000;

    private String id, method, uri;

    private int depth;
    /** Per depth up to MAX_DEPTH: an object (else an array), waiting for a key, and its current key. */
    private final boolean[] object = new boolean[MAX_DEPTH + 1];
    private final boolean[] wantKey = new boolean[MAX_DEPTH + 1];
    private final String[] key = new String[MAX_DEPTH + 1];

    private boolean inString, escape, stringIsKey;
    /** What the string or number being read will become: 0 nothing, else one of the fields. */
    private int target;
    private boolean escaped, overflow;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

    private static final int ID = 1, METHOD = 2, URI = 3, KEY = 4;
    private boolean inNumber;

    void feed(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) feed(b[i]);
    }

    private void feed(byte c) {
        if (inString) {
            if (escape) {
                escape = false;
                keep(c);
            } else if (c == '\\') {
                escape = true;
                escaped = true;
                keep(c);
            } else if (c == '"') {
                inString = false;
                endString();
            } else {
                keep(c);
            }
            return;
        }
        if (inNumber) {
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
                keep(c);
                return;
            }
            inNumber = false;
            id = number();
            target = 0;
        }
        switch (c) {
            case '"' -> startString();
            case '{' -> open(true);
            case '[' -> open(false);
            case '}', ']' -> {
                if (depth > 0) depth--;
            }
            case ',' -> {
                if (depth <= MAX_DEPTH && depth > 0 && object[depth]) {
                    wantKey[depth] = true;
                    key[depth] = null;
                }
            }
            case ':' -> {
                if (depth <= MAX_DEPTH && depth > 0) wantKey[depth] = false;
            }
            default -> {
                if (((c >= '0' && c <= '9') || c == '-') && valueTarget() == ID) {
                    begin(ID);
                    inNumber = true;
                    keep(c);
                }
            }
        }
    }

    private void open(boolean isObject) {
        depth++;
        if (depth <= MAX_DEPTH) {
            object[depth] = isObject;
            wantKey[depth] = isObject;
            key[depth] = null;
        }
    }

    private void startString() {
        inString = true;
        stringIsKey = depth > 0 && depth <= MAX_DEPTH && object[depth] && wantKey[depth];
        begin(stringIsKey ? KEY : valueTarget());
    }

    /** Which field a value starting here would be, if it is still unknown. */
    private int valueTarget() {
        if (depth == 1 && "id".equals(key[1])) return id == null ? ID : 0;
        if (depth == 1 && "method".equals(key[1])) return method == null ? METHOD : 0;
        if (depth == 3 && "params".equals(key[1]) && "textDocument".equals(key[2]) && "uri".equals(key[3])) {
            return uri == null ? URI : 0;
        }
        return 0;
    }

    private void begin(int t) {
        target = t;
        buf.reset();
        escaped = false;
        overflow = false;
    }

    private void keep(byte c) {
        if (target == 0 || overflow) return;
        if (buf.size() >= (target == KEY ? MAX_KEY : MAX_VALUE)) {
            overflow = true;
            return;
        }
        buf.write(c);
    }

    private void endString() {
        String s = target == 0 || overflow || escaped ? null : buf.toString(StandardCharsets.UTF_8);
        if (stringIsKey) {
            if (depth <= MAX_DEPTH) key[depth] = s;
        } else if (s != null) {
            switch (target) {
                case ID -> id = "\"" + s + "\"";
                case METHOD -> method = s;
                case URI -> uri = s;
                default -> { }
            }
        }
        target = 0;
    }

    /** The number just read, when it is an integer an answer can carry back (as LSP4J reads ids). */
    private String number() {
        String n = overflow ? "" : buf.toString(StandardCharsets.US_ASCII);
        return n.matches("-?\\d{1,18}") ? n : null;
    }

    /** The raw id token (a number, or a string with its quotes); null when none was read. */
    String id() {
        return inNumber && id == null ? number() : id; // the body may end on the number
    }

    String method() {
        return method;
    }

    String uri() {
        return uri;
    }
}
