package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.shell.Command;
import dev.dockmentor.shell.PackageOp;
import java.util.ArrayList;
import java.util.List;

/** Shared reading of apt-get / apt calls in RUN instructions. */
final class AptOps {
    private AptOps() {}

    /** Every RUN of the file, ONBUILD RUNs included (they run in the child build). */
    static List<Instruction> runs(DockerfileContext ctx) {
        List<Instruction> out = new ArrayList<>();
        for (Instruction i : ctx.dockerfile().instructions) {
            if (i.is("RUN") || i.child != null && i.child.is("RUN")) out.add(i);
        }
        return out;
    }

    /**
     * The RUNs that an earlier RUN of their stage chain configured with this apt setting written to
     * /etc/apt/apt.conf.d ({@code echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends}): it
     * holds for every later apt-get in the image. One pass over the file (a stage starts with what its parent ends with).
     */
    static java.util.Set<Instruction> configured(DockerfileContext ctx, java.util.regex.Pattern setting) {
        java.util.Set<Instruction> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (!ctx.dockerfile().text.contains("apt.conf")) return out;
        java.util.Map<dev.dockmentor.dockerfile.Stage, Boolean> atEnd = new java.util.IdentityHashMap<>();
        for (dev.dockmentor.dockerfile.Stage s : ctx.dockerfile().stages) {
            boolean on = s.parent() != null && atEnd.getOrDefault(s.parent(), false);
            for (Instruction i : s.instructions) {
                if (!i.is("RUN")) continue;
                if (on) out.add(i);
                else if (i.argsText().contains("apt.conf") && setting.matcher(i.argsText()).find()) on = true;
            }
            atEnd.put(s, on);
        }
        return out;
    }

    static final java.util.regex.Pattern CONF_NO_RECOMMENDS = java.util.regex.Pattern.compile(
            "(?i)APT::Install-Recommends\\s*\\\\?\"?\\s*\\\\?[\"']?(?:false|0|no)\\b");
    static final java.util.regex.Pattern CONF_ASSUME_YES = java.util.regex.Pattern.compile(
            "(?i)APT::Get::Assume-Yes\\s*\\\\?\"?\\s*\\\\?[\"']?(?:true|1|yes)\\b");

    static boolean isAptInstall(PackageOp op) {
        return (op.manager().equals("apt-get") || op.manager().equals("apt")) && op.isInstall();
    }

    /**
     * {@code apt-get distclean} (apt >= 2.7.8; {@code dist-clean} is its alias): {@code clean} plus removing the
     * package lists.
     */
    static boolean isAptDistClean(PackageOp op) {
        return (op.manager().equals("apt-get") || op.manager().equals("apt"))
                && (op.action().equals("distclean") || op.action().equals("dist-clean"));
    }

    /**
     * {@code install_packages} (Bitnami minideb) and {@code install-packages} (Gitpod workspace images): wrappers
     * that run apt-get update, install with --no-install-recommends and remove /var/lib/apt/lists, so a call is a
     * clean install by itself.
     */
    static boolean isCleanInstallWrapper(Command c) {
        String p = c.program();
        return p.equals("install_packages") || p.equals("install-packages");
    }

    /** The RUN ends with no package lists of its own: it runs apt-get distclean or one of the clean install wrappers. */
    static boolean cleansLists(DockerfileContext ctx, Instruction run) {
        if (ctx.packageOps(run).stream().anyMatch(AptOps::isAptDistClean)) return true;
        return ctx.shell(run).commands().stream().anyMatch(AptOps::isCleanInstallWrapper);
    }

    /**
     * {@code apt-get install --only-upgrade pkg} (or {@code -o APT::Get::Only-Upgrade=true}) upgrades what is
     * installed and installs nothing new, so it pulls in no new recommended packages.
     */
    static boolean isOnlyUpgrade(PackageOp op) {
        if (op.hasOption("--only-upgrade")) return true;
        return op.command().words().stream().anyMatch(w -> ONLY_UPGRADE.matcher(w.value()).matches());
    }

    private static final java.util.regex.Pattern ONLY_UPGRADE =
            java.util.regex.Pattern.compile("(?i)(?:-o)?APT::Get::Only-Upgrade=(?:true|1|yes)");

    static boolean isAptUpdate(PackageOp op) {
        return (op.manager().equals("apt-get") || op.manager().equals("apt")) && op.action().equals("update");
    }
}
