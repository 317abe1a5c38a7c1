package dev.dockmentor.compose;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Estimates the nesting depth of a YAML text without parsing it: snakeyaml's composer recurses once
 * per level and has no limit of its own, so hostile input must be turned away before it runs.
 * Counts indentation levels (a {@code - } item opens one) plus open flow brackets outside quotes.
 */
final class DepthScan {
    private DepthScan() {}

    /** The first line where the estimated depth exceeds {@code limit}, or -1. */
    static int firstLineDeeperThan(String text, int limit) {
        Deque<Integer> indents = new ArrayDeque<>();
        int flow = 0;
        int line = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineStart = i;
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
            if (flow == 0) {
                int col = 0;
                int j = lineStart;
                while (j < end) {
                    char c = text.charAt(j);
                    if (c == ' ') { col++; j++; continue; }
                    if (c == '-' && j + 1 < end && text.charAt(j + 1) == ' ') {
                        push(indents, col);
                        col += 2;
                        j += 2;
                        continue;
                    }
                    break;
                }
                if (j < end && text.charAt(j) != '#') push(indents, col);
            }
            char quote = 0;
            for (int j = lineStart; j < end; j++) {
                char c = text.charAt(j);
                if (quote != 0) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    if (j == lineStart || " [{,:".indexOf(text.charAt(j - 1)) >= 0) quote = c;
                } else if (c == '#' && (j == lineStart || text.charAt(j - 1) == ' ')) {
                    break;
                } else if (c == '[' || c == '{') {
                    flow++;
                } else if ((c == ']' || c == '}') && flow > 0) {
                    flow--;
                }
                if (indents.size() + flow > limit) return line;
            }
            if (indents.size() + flow > limit) return line;
            i = end;
            if (i < n && text.charAt(i) == '\r') i++;
            if (i < n && text.charAt(i) == '\n') i++;
            line++;
        }
        return -1;
    }

    private static void push(Deque<Integer> indents, int col) {
        while (!indents.isEmpty() && indents.peek() >= col) indents.pop();
        indents.push(col);
    }
}
