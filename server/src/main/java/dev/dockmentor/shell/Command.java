package dev.dockmentor.shell;

import dev.dockmentor.text.Range;
import java.util.List;
import java.util.Set;

/**
 * One simple command of a script, with the operator that joined it to the previous command
 * ({@code &&}, {@code ||}, {@code ;}, {@code |}, {@code &}, or null for the first).
 */
public record Command(List<ShellWord> words, String opBefore, String opAfter, Range range) {
    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "nohup", "time", "exec", "command", "nice");
    /** Precompiled: String.matches compiles its regex on every call, and this runs for every word of every command. */

    /** Index of the program actually run, past {@code VAR=x} prefixes and wrappers such as sudo. */
    public int programIndex() {
        int i = 0;
        while (i < words.size()) {
            String v = words.get(i).value();
            if (isAssignment(v)) {
                i++;
                continue;
            }
            if (WRAPPERS.contains(basename(v))) {
                i++;
                // Skip the wrapper's own options (sudo -u app, env -i).
                while (i < words.size() && words.get(i).value().startsWith("-")) {
                    String o = words.get(i).value();
                    i++;
                    if ((o.equals("-u") || o.equals("-g") || o.equals("-n")) && i < words.size()) i++;
                }
                continue;
            }
            return i;
        }
        return -1;
    }

    /** The POSIX-family shells, which run {@code sh -c} scripts, read {@code set -o pipefail} and take a piped script. */
    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "zsh", "dash", "ash", "ksh");

    /** Whether a program (a name or a path: {@code /bin/bash}) is one of {@link #POSIX_SHELLS}. */
    public static boolean isPosixShell(String program) {
        return POSIX_SHELLS.contains(basename(program));
    }

    /** Basename of the program run ({@code /usr/bin/apt-get} gives {@code apt-get}), or "" if none. */
    public String program() {
        int i = programIndex();
        return i < 0 ? "" : basename(words.get(i).value());
    }

    public ShellWord programWord() {
        int i = programIndex();
        return i < 0 ? null : words.get(i);
    }

    /** Words after the program. */
    public List<ShellWord> args() {
        int i = programIndex();
        return i < 0 ? List.of() : words.subList(i + 1, words.size());
    }

    public boolean hasWord(String... values) {
        for (ShellWord w : words) for (String v : values) if (w.value().equals(v)) return true;
        return false;
    }

    public boolean pipedOut() {
        return "|".equals(opAfter);
    }

    public boolean pipedIn() {
        return "|".equals(opBefore);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (ShellWord w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.value());
        }
        return sb.toString();
    }

    /** {@code NAME=value}: a variable assignment prefix, not the program. */
    static boolean isAssignment(String v) {
        int eq = v.indexOf('=');
        if (eq <= 0 || !(Character.isLetter(v.charAt(0)) || v.charAt(0) == '_')) return false;
        for (int i = 1; i < eq; i++) {
            char c = v.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) return false;
        }
        return true;
    }

    static String basename(String v) {
        int s = v.lastIndexOf('/');
        return s >= 0 ? v.substring(s + 1) : v;
    }
}
