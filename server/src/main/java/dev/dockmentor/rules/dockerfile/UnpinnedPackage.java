package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.shell.PackageOp;
import dev.dockmentor.shell.ShellWord;

/**
 * Packages installed without a version resolve to whatever is newest on build day, so the same
 * Dockerfile builds different images. Strict profile only: exact distro pins break when the
 * archive drops the old version.
 */
public final class UnpinnedPackage extends Rule implements DockerfileCheck {
    private static final java.util.regex.Pattern PIP_TOOLS = java.util.regex.Pattern.compile("pip|setuptools|wheel");
    private static final java.util.regex.Pattern APK_PIN = java.util.regex.Pattern.compile(".*[=~<>].*");
    private static final java.util.regex.Pattern PIP_PIN = java.util.regex.Pattern.compile(".*(==|>=|<=|~=|!=|<|>|@|===).*");
    private static final java.util.regex.Pattern RPM_VERSION = java.util.regex.Pattern.compile(".*-\\d.*");
    private static final java.util.regex.Pattern RPM_PIN = java.util.regex.Pattern.compile(".*[<>=].*");
    public UnpinnedPackage() {
        super(RuleMeta.of("unpinned-package", Severity.INFO, "Package installed without a version")
                .aliases("DL3008", "DL3018", "DL3013", "DL3016", "DL3028", "DL3062").strict());
    }

    @Override
    public void check(DockerfileContext ctx) {
        for (Instruction run : AptOps.runs(ctx)) {
            for (PackageOp op : ctx.packageOps(run)) {
                if (!op.isInstall()) continue;
                if (op.manager().equals("gem") && op.hasOption("-v", "--version")) continue;
                // apk add --no-network fetches nothing: it records a virtual package over what is already installed.
                if (op.manager().equals("apk") && op.hasOption("--no-network")) continue;
                if (op.manager().equals("pip") && op.hasOption("-U", "--upgrade") && op.packages().stream()
                        .allMatch(p -> PIP_TOOLS.matcher(p.value()).matches())) continue;
                for (ShellWord p : op.packages()) {
                    String v = p.value();
                    if (v.contains("$") || isPath(v) || pinned(op.manager(), v) || goModulePinned(op, v)) continue;
                    // so:libc.musl…, cmd:git, pc:zlib name what a package provides, not a package: nothing to pin.
                    if (op.manager().equals("apk") && v.matches("(so|cmd|pc):.*")) continue;
                    // go install x@latest: the pin replaces @latest, it does not follow it.
                    String name = v.endsWith("@latest") && v.length() > 7 ? v.substring(0, v.length() - 7) : v;
                    String how = switch (op.manager()) {
                        case "apt-get", "apt" -> v + "=<version>";
                        // A repository tag goes after the version: mkcert=<version>@testing.
                        case "apk" -> v.indexOf('@') > 0 ? v.substring(0, v.indexOf('@')) + "=<version>" + v.substring(v.indexOf('@'))
                                : v + "=<version>";
                        case "pip" -> v + "==<version>";
                        case "gem" -> v + ":<version>";
                        case "go" -> name + "@<version>";
                        case "yum", "dnf", "microdnf", "zypper" -> v + "-<version>";
                        default -> name + "@<version>";
                    };
                    ctx.report(p.range(),
                            "'" + v + "' is installed without a version, so each build may get a different one: pin it ("
                                    + how + ")",
                            "'" + v + "' se instala sin versión, así que cada build puede obtener una distinta: fíjala ("
                                    + how + ")");
                }
            }
        }
    }

    private static boolean isPath(String v) {
        return v.startsWith(".") || v.startsWith("/") || v.startsWith("~") || v.contains("://") || v.startsWith("git+")
                || v.endsWith(".whl") || v.endsWith(".tar.gz") || v.endsWith(".tgz") || v.endsWith(".deb") || v.endsWith(".rpm")
                || v.endsWith(".apk") || v.endsWith(".gem") || v.endsWith(".zip");
    }

    /**
     * Go versions that go.mod and go.sum pin: {@code go install tool} (Go 1.24: every tool go.mod declares;
     * {@code tool@v} is invalid) and {@code go mod download <module>}, which fetches the version go.mod requires.
     * A plain {@code go install <pkg>} outside a module still takes the newest and stays reported.
     */
    private static boolean goModulePinned(PackageOp op, String v) {
        if (!op.manager().equals("go")) return false;
        return op.action().equals("install") && v.equals("tool") || op.action().equals("mod download") && !v.contains("@");
    }

    static boolean pinned(String manager, String v) {
        return switch (manager) {
            case "apt-get", "apt" -> v.contains("=") || v.contains("/");
            case "apk" -> APK_PIN.matcher(v).matches();
            case "pip" -> PIP_PIN.matcher(v).matches();
            case "gem" -> v.contains(":");
            case "go" -> v.contains("@") && !v.endsWith("@latest");
            case "npm", "yarn", "pnpm" -> v.lastIndexOf('@') > 0 && !v.endsWith("@latest");
            case "yum", "dnf", "microdnf", "zypper" -> RPM_VERSION.matcher(v).matches() || RPM_PIN.matcher(v).matches();
            case "bundle", "composer", "poetry" -> true;
            default -> true;
        };
    }
}
