package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.ComposeProject;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Range;

/**
 * A name this compose file uses that only another file of its folder declares. Compose checks names on the merged
 * project, so whether {@code up} fails depends on which files are merged: a dev container or a variant's base is
 * merged by whatever runs it (nothing to say), an example is the set-up step not yet done (a warning naming it),
 * another sibling works with its own {@code -f} (a warning, silent for an overlay that is always run so).
 */
final class PartnerNames {
    private PartnerNames() {}

    /**
     * Reports (or stays silent) for {@code name}, used as {@code en}/{@code es} describe, when a sibling declares it;
     * false when none does and the caller reports the missing name itself.
     */
    static boolean handled(ComposeContext ctx, YNode at, Range r, String section, String name, String en, String es) {
        ComposeProject p = ctx.project();
        String by = p.declaredBySiblings(section).get(name);
        if (by == null) return false;
        switch (p.partner(by)) {
            case MERGED -> {
                return true;
            }
            case EXAMPLE -> {
                // One set-up step, however many names it brings: said once, at the first.
                if (!ctx.once("example:" + by)) return true;
                String target = ComposeProject.exampleTarget(by);
                ctx.report(at, r, en + ", which only " + by + " declares: create " + target + " from it (cp " + by + " " + target
                                        + "); docker compose up fails until it exists",
                                es + ", que solo declara " + by + ": crea " + target + " a partir de él (cp " + by + " " + target
                                        + "); docker compose up falla hasta que exista")
                        .severity(Severity.WARNING);
                return true;
            }
            default -> {
                // An overlay or variant is passed with -f after the base and its siblings: the name is there at run time.
                if (p.isOverlay() || p.isStandalone()) return true;
                ctx.report(at, r, en + ", which only " + by + " declares: a plain 'docker compose up' fails; it works with -f "
                                        + p.fileName() + " -f " + by,
                                es + ", que solo declara " + by + ": un 'docker compose up' sin más falla; funciona con -f "
                                        + p.fileName() + " -f " + by)
                        .severity(Severity.WARNING);
                return true;
            }
        }
    }
}
