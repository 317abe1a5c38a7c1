package dev.dockmentor.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which installed packages a script removes again before it ends, so they are not in the layer:
 * packages (or an apk {@code --virtual} group) named by a later purge/remove/del, and, for apt, the
 * docker-library clean-up idiom: {@code apt-mark auto '.*'} (or {@code apt-mark showmanual | xargs apt-mark auto})
 * followed by {@code apt-get purge --auto-remove} / {@code autoremove} drops everything installed before the
 * mark, except packages marked manual again in between by literal name ({@code apt-mark manual $saved} restores
 * only what was there before). Built once per script: queries are per package.
 */
public final class Removals {
    /** An auto-remove run after an {@code apt-mark auto} at {@code mark}; {@code manual} names were re-marked. */
    private record Sweep(int mark, Set<String> manual) {}

    private final Map<Command, Integer> index = new IdentityHashMap<>();
    /** Package (or apk virtual) name to the index of the last command that removes it by name. */
    private final Map<String, Integer> lastRemoval = new HashMap<>();
    private final List<Sweep> sweeps = new ArrayList<>();

    private Removals(List<Command> commands) {
        int mark = -1;
        Set<String> manual = new HashSet<>();
        for (int k = 0; k < commands.size(); k++) {
            Command c = commands.get(k);
            index.put(c, k);
            List<ShellWord> marked = aptMark(c, "auto");
            if (marked != null) {
                mark = k;
                manual = new HashSet<>();
                continue;
            }
            marked = aptMark(c, "manual");
            if (marked != null) {
                for (ShellWord w : marked) if (literal(w.value())) manual.add(name(w.value()));
                continue;
            }
            PackageOp op = PackageOp.of(c).orElse(null);
            if (op == null || !removes(op)) continue;
            for (ShellWord w : op.packages()) lastRemoval.put(name(w.value()), k);
            if (mark >= 0 && isApt(op.manager()) && autoRemoves(op)) sweeps.add(new Sweep(mark, manual));
        }
    }

    public static Removals of(List<Command> commands) {
        return new Removals(commands);
    }

    /** Whether {@code pkg}, installed by {@code install}, is removed again by a later command of the script. */
    public boolean removedAfter(PackageOp install, String pkg) {
        Integer at = index.get(install.command());
        if (at == null) return false;
        String n = name(pkg);
        if (lastRemoval.getOrDefault(n, -1) > at) return true;
        String virtual = install.manager().equals("apk") ? install.optionValue("--virtual", "-t") : null;
        if (virtual != null && lastRemoval.getOrDefault(name(virtual), -1) > at) return true;
        if (!isApt(install.manager())) return false;
        // Marks only grow along the script: walk back while the mark still follows the install.
        for (int s = sweeps.size() - 1; s >= 0 && sweeps.get(s).mark() > at; s--) {
            if (!sweeps.get(s).manual().contains(n)) return true;
        }
        return false;
    }

    /**
     * The package arguments of {@code apt-mark <sub> ...}, also when fed by {@code xargs [-r] apt-mark <sub>}
     * (then empty: the names come from the pipe); null when the command is not that.
     */
    private static List<ShellWord> aptMark(Command c, String sub) {
        List<ShellWord> args = c.args();
        int from;
        if (c.program().equals("apt-mark")) {
            from = 0;
        } else if (c.program().equals("xargs")) {
            from = -1;
            for (int i = 0; i < args.size(); i++) {
                if (Command.basename(args.get(i).value()).equals("apt-mark")) {
                    from = i + 1;
                    break;
                }
            }
            if (from < 0) return null;
        } else {
            return null;
        }
        for (int i = from; i < args.size(); i++) {
            if (args.get(i).isOption()) continue;
            if (!args.get(i).value().equals(sub)) return null;
            List<ShellWord> rest = new ArrayList<>();
            for (ShellWord w : args.subList(i + 1, args.size())) if (!w.isOption()) rest.add(w);
            return c.program().equals("xargs") ? List.of() : rest;
        }
        return null;
    }

    /** Whether the operation removes the packages it names. */
    public static boolean removes(PackageOp op) {
        String a = op.action();
        return switch (op.manager()) {
            case "apk" -> a.equals("del");
            case "apt-get", "apt" -> a.equals("purge") || a.equals("remove") || a.equals("autoremove") || a.equals("autopurge");
            case "yum", "dnf", "microdnf", "zypper" -> a.equals("remove") || a.equals("erase") || a.equals("rm");
            default -> false;
        };
    }

    private static boolean autoRemoves(PackageOp op) {
        return op.action().equals("autoremove") || op.action().equals("autopurge") || op.hasOption("--auto-remove", "--autoremove");
    }

    private static boolean isApt(String manager) {
        return manager.equals("apt-get") || manager.equals("apt");
    }

    /** A package name as written, not a variable, substitution or pattern: only those can be matched. */
    private static boolean literal(String v) {
        for (char ch : new char[] {'$', '`', '*', '?', '[', '^'}) if (v.indexOf(ch) >= 0) return false;
        return !v.isEmpty();
    }

    /** The package name without a version ({@code gcc=4:12}, {@code curl>8}). */
    public static String name(String pkg) {
        String p = pkg.toLowerCase(Locale.ROOT);
        int cut = p.length();
        for (char c : new char[] {'=', '<', '>', '~'}) {
            int i = p.indexOf(c);
            if (i > 0) cut = Math.min(cut, i);
        }
        return p.substring(0, cut);
    }
}
