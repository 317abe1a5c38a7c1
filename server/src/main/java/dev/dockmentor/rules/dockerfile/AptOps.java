package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.rules.DockerfileContext;
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

    static boolean isAptInstall(PackageOp op) {
        return (op.manager().equals("apt-get") || op.manager().equals("apt")) && op.isInstall();
    }

    /** {@code apt-get dist-clean} (apt >= 2.7.8): {@code clean} plus removing the package lists. */
    static boolean isAptDistClean(PackageOp op) {
        return (op.manager().equals("apt-get") || op.manager().equals("apt")) && op.action().equals("dist-clean");
    }

    static boolean isAptUpdate(PackageOp op) {
        return (op.manager().equals("apt-get") || op.manager().equals("apt")) && op.action().equals("update");
    }
}
