package dev.dockmentor.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A package-manager call read from a command: {@code apt-get install -y --no-install-recommends curl}
 * gives manager {@code apt-get}, action {@code install}, options {@code -y --no-install-recommends},
 * packages {@code curl}. Options that take a value keep the value out of the package list.
 */
public record PackageOp(String manager, String action, Command command, List<ShellWord> options,
                        List<ShellWord> packages, ShellWord actionWord) {

    private static final Map<String, Set<String>> VALUE_OPTIONS = Map.ofEntries(
            Map.entry("apt-get", Set.of("-o", "-t", "-c", "--target-release", "--config-file", "--option")),
            Map.entry("apt", Set.of("-o", "-t", "-c", "--target-release", "--config-file", "--option")),
            Map.entry("apk", Set.of("-X", "--repository", "-t", "--virtual", "-p", "--root", "--arch", "--cache-dir")),
            Map.entry("yum", Set.of("-x", "--exclude", "--enablerepo", "--disablerepo", "--installroot", "--releasever", "-c", "--setopt")),
            Map.entry("dnf", Set.of("-x", "--exclude", "--enablerepo", "--disablerepo", "--installroot", "--releasever", "-c", "--setopt")),
            Map.entry("microdnf", Set.of("--enablerepo", "--disablerepo", "--setopt")),
            Map.entry("zypper", Set.of("-r", "--repo", "--from")),
            Map.entry("pip", Set.of("-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url",
                    "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--src", "--upgrade-strategy",
                    "--platform", "--python-version", "--implementation", "--abi", "--only-binary", "--no-binary",
                    "--progress-bar", "--trusted-host", "--cache-dir", "--log", "--timeout", "--retries")),
            Map.entry("npm", Set.of("--prefix", "--registry", "-w", "--workspace", "--omit", "--include", "--cache",
                    "--userconfig", "--loglevel", "--fetch-retries", "--fetch-timeout", "--install-strategy")),
            Map.entry("yarn", Set.of("--cwd", "--registry", "--modules-folder", "--network-timeout", "--network-concurrency",
                    "--mutex", "--cache-folder", "--global-folder", "--link-folder", "--preferred-cache-folder", "--use-yarnrc")),
            Map.entry("pnpm", Set.of("--dir", "-C", "--registry", "--filter")),
            Map.entry("gem", Set.of("-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--source")),
            Map.entry("bundle", Set.of("--jobs", "-j", "--retry", "--path", "--without", "--with", "--gemfile")),
            Map.entry("composer", Set.of("-d", "--working-dir")),
            Map.entry("poetry", Set.of("--with", "--without", "--only", "-E", "--extras", "-C", "--directory")),
            Map.entry("go", Set.of("-o", "-C", "-mod", "-tags", "-ldflags", "-gcflags")));

    private static final java.util.regex.Pattern PIP = java.util.regex.Pattern.compile("pip[0-9.]*");
    private static final java.util.regex.Pattern PYTHON = java.util.regex.Pattern.compile("python[0-9.]*");

    private static final Set<String> MANAGERS = Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper",
            "pip", "npm", "yarn", "pnpm", "gem", "bundle", "go", "composer", "poetry");

    /** The package-manager call this command makes, if any. */
    public static Optional<PackageOp> of(Command c) {
        int pi = c.programIndex();
        if (pi < 0) return Optional.empty();
        List<ShellWord> w = c.words();
        String prog = c.program();
        int i = pi + 1;
        String manager;
        if (PIP.matcher(prog).matches()) {
            manager = "pip";
        } else if (PYTHON.matcher(prog).matches()) {
            // python -m pip install ...
            int m = i;
            while (m < w.size() && w.get(m).value().startsWith("-") && !w.get(m).value().equals("-m")) m++;
            if (m + 1 < w.size() && w.get(m).value().equals("-m") && PIP.matcher(w.get(m + 1).value()).matches()) {
                manager = "pip";
                i = m + 2;
            } else {
                return Optional.empty();
            }
        } else if (prog.equals("bundler")) {
            manager = "bundle";
        } else if (MANAGERS.contains(prog)) {
            manager = prog;
        } else {
            return Optional.empty();
        }
        Set<String> valueOpts = VALUE_OPTIONS.getOrDefault(manager, Set.of());
        List<ShellWord> options = new ArrayList<>();
        List<ShellWord> packages = new ArrayList<>();
        ShellWord action = null;
        for (; i < w.size(); i++) {
            ShellWord word = w.get(i);
            String v = word.value();
            if (word.isOption()) {
                options.add(word);
                if (valueOpts.contains(v) && i + 1 < w.size()) options.add(w.get(++i));
                continue;
            }
            if (action == null) {
                action = word;
                continue;
            }
            packages.add(word);
        }
        String act = action == null ? "" : action.value();
        if (manager.equals("go") && act.equals("mod") && !packages.isEmpty()) {
            act = "mod " + packages.get(0).value();
            packages = new ArrayList<>(packages.subList(1, packages.size()));
        }
        if (manager.equals("yarn") && action == null) act = "install"; // bare `yarn` installs
        return Optional.of(new PackageOp(manager, act, c, List.copyOf(options), List.copyOf(packages), action));
    }

    public boolean isInstall() {
        // apt-get install -s (and apk add -s) only print what they would do: nothing lands in the image.
        if ((manager.equals("apt-get") || manager.equals("apt"))
                && hasOption("-s", "--simulate", "--dry-run", "--just-print", "--no-act", "--recon")) return false;
        if (manager.equals("apk") && hasOption("-s", "--simulate")) return false;
        return switch (manager) {
            case "apt-get", "apt", "yum", "dnf", "microdnf", "gem", "bundle", "composer", "poetry" ->
                    action.equals("install") || manager.equals("zypper") && action.equals("in");
            case "zypper" -> action.equals("install") || action.equals("in");
            case "apk" -> action.equals("add");
            case "pip" -> action.equals("install");
            case "npm" -> action.equals("install") || action.equals("i") || action.equals("ci") || action.equals("add");
            case "yarn", "pnpm" -> action.equals("install") || action.equals("add") || action.equals("i");
            case "go" -> action.equals("install") || action.equals("get") || action.equals("mod download");
            default -> false;
        };
    }

    public boolean hasOption(String... names) {
        for (ShellWord o : options) {
            String v = o.value();
            for (String n : names) {
                if (v.equals(n) || v.startsWith(n + "=")) return true;
                // Combined short flags: -qy holds -y.
                if (n.length() == 2 && n.charAt(0) == '-' && v.length() > 2 && v.charAt(0) == '-' && v.charAt(1) != '-'
                        && v.indexOf(n.charAt(1)) > 0) return true;
            }
        }
        return false;
    }

    /** The value of an option such as {@code -r requirements.txt}, or null. */
    public String optionValue(String... names) {
        for (int k = 0; k < options.size(); k++) {
            String v = options.get(k).value();
            for (String n : names) {
                if (v.equals(n) && k + 1 < options.size()) return options.get(k + 1).value();
                if (v.startsWith(n + "=")) return v.substring(n.length() + 1);
            }
        }
        return null;
    }
}
