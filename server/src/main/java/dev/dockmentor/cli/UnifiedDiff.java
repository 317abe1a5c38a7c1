package dev.dockmentor.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code check --diff}: a unified diff (3 lines of context) between a file and its fixed text. Lines common at both
 * ends are trimmed first; the middle is compared line by line (longest common subsequence), or, past a size where
 * that table would be large, replaced as one hunk.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000;

    private UnifiedDiff() {}

    static String of(String path, String before, String after) {
        List<String> a = lines(before), b = lines(after);
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) pre++;
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) suf++;
        // ops over the whole files: ' ' kept, '-' removed, '+' added
        List<char[]> ops = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int i = 0; i < pre; i++) { ops.add(new char[] {' '}); text.add(a.get(i)); }
        List<String> am = a.subList(pre, a.size() - suf), bm = b.subList(pre, b.size() - suf);
        if ((long) am.size() * bm.size() <= MAX_CELLS) {
            int n = am.size(), m = bm.size();
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) for (int j = m - 1; j >= 0; j--)
                lcs[i][j] = am.get(i).equals(bm.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            int i = 0, j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && am.get(i).equals(bm.get(j))) { ops.add(new char[] {' '}); text.add(am.get(i)); i++; j++; }
                else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) { ops.add(new char[] {'-'}); text.add(am.get(i)); i++; }
                else { ops.add(new char[] {'+'}); text.add(bm.get(j)); j++; }
            }
        } else {
            for (String l : am) { ops.add(new char[] {'-'}); text.add(l); }
            for (String l : bm) { ops.add(new char[] {'+'}); text.add(l); }
        }
        for (int i = a.size() - suf; i < a.size(); i++) { ops.add(new char[] {' '}); text.add(a.get(i)); }
        StringBuilder out = new StringBuilder("--- " + path + "\n+++ " + path + "\n");
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0] == ' ') { k++; continue; }
            int start = Math.max(0, k - CONTEXT), end = k;
            // extend the hunk while changes are within 2*CONTEXT lines of each other
            int last = k;
            for (int x = k; x < ops.size(); x++) {
                if (ops.get(x)[0] != ' ') last = x;
                else if (x - last > 2 * CONTEXT) break;
            }
            end = Math.min(ops.size(), last + 1 + CONTEXT);
            int oldStart = 1, newStart = 1;
            for (int x = 0; x < start; x++) {
                if (ops.get(x)[0] != '+') oldStart++;
                if (ops.get(x)[0] != '-') newStart++;
            }
            int oldLen = 0, newLen = 0;
            StringBuilder body = new StringBuilder();
            for (int x = start; x < end; x++) {
                char op = ops.get(x)[0];
                if (op != '+') oldLen++;
                if (op != '-') newLen++;
                body.append(op).append(text.get(x)).append('\n');
            }
            out.append("@@ -").append(oldLen == 0 ? oldStart - 1 : oldStart).append(',').append(oldLen)
                    .append(" +").append(newLen == 0 ? newStart - 1 : newStart).append(',').append(newLen).append(" @@\n").append(body);
            k = end;
        }
        return out.toString();
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(s.split("\r?\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }
}
