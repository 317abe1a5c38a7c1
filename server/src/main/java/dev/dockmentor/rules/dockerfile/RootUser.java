package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.kb.KnowledgeBase;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.compose.RootUserCompose;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Report;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import dev.dockmentor.text.Range;
import java.util.List;
import java.util.Locale;

/**
 * The shipped image runs as UID 0: one remote-code-execution bug in the app then hands out root
 * in the container, one kernel or runtime bug away from root on the host.
 */
public final class RootUser extends Rule implements DockerfileCheck, ComposeCheck {
    public RootUser() {
        super(RuleMeta.of("root-user", Severity.WARNING, "Container runs as root").aliases("DL3002")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE));
    }

    @Override
    public void check(DockerfileContext ctx) {
        Stage fin = ctx.dockerfile().finalStage().orElse(null);
        if (fin == null || fin.image == null) return;
        List<Instruction> users = RuntimeFacts.inChain(fin, "USER");
        Instruction last = users.isEmpty() ? null : users.get(users.size() - 1);
        Report r;
        if (last != null) {
            if (!isRoot(last)) return;
            boolean own = ctx.dockerfile().stageOf(last) == fin;
            Range at = own ? last.argsRange() : fromRange(fin);
            r = ctx.report(at,
                    "The final stage runs as root (USER " + last.argsText() + "): switch to an unprivileged user before CMD/ENTRYPOINT",
                    "La etapa final se ejecuta como root (USER " + last.argsText() + "): cambia a un usuario sin privilegios antes de CMD/ENTRYPOINT");
        } else {
            if (ctx.kb().isNonRoot(fin.root().image)) return;
            r = ctx.report(fromRange(fin),
                    "The final stage never sets USER, so the container runs as root",
                    "La etapa final nunca fija USER, así que el contenedor se ejecuta como root");
        }
        Instruction before = insertionPoint(fin, last);
        String nl = ctx.newline();
        String indent = before != null ? ctx.indentOf(before) : ctx.indentOf(fin.from);
        StringBuilder text = new StringBuilder();
        String create = createUser(ctx.kb(), fin.root().image);
        String user = create == null ? userOf(ctx.kb(), fin.root().image) : "app";
        if (create != null) text.append(indent).append(create).append(nl);
        text.append(indent).append("USER ").append(user).append(nl);
        Msg title = Msg.of("Create an unprivileged user and switch to it (USER " + user + ")",
                "Crear un usuario sin privilegios y cambiar a él (USER " + user + ")");
        if (before != null) r.fix(title, false, ctx.insertLinesBefore(before.startLine, text.toString()));
        else r.fix(title, false, ctx.insertLinesAfter(fin.instructions.isEmpty() ? fin.from
                : fin.instructions.get(fin.instructions.size() - 1), text.toString()));
    }

    static boolean isRoot(Instruction user) {
        if (user.words.isEmpty()) return false;
        String v = user.words.get(0).value();
        int colon = v.indexOf(':');
        String u = colon >= 0 ? v.substring(0, colon) : v;
        return u.equals("root") || u.matches("0+");
    }

    private static Range fromRange(Stage s) {
        return s.imageWord != null ? s.imageWord.range() : s.from.keywordRange;
    }

    /** The first CMD/ENTRYPOINT after the last root USER of the final stage; null means at the end. */
    private static Instruction insertionPoint(Stage fin, Instruction lastUser) {
        for (Instruction i : fin.instructions) {
            if (lastUser != null && i.startLine < lastUser.startLine) continue;
            if (i.is("CMD") || i.is("ENTRYPOINT")) return i;
        }
        return null;
    }

    /** The user-creation line for the base's family; null when the image cannot run one (distroless, scratch). */
    private static String createUser(KnowledgeBase kb, ImageRef ref) {
        if (ref == null || ref.isScratch() || isDistroless(ref) || kb.hasNoShell(ref)) return null;
        String name = ref.name().toLowerCase(Locale.ROOT);
        String tag = ref.tag() == null ? "" : ref.tag().toLowerCase(Locale.ROOT);
        if (name.equals("alpine") || name.equals("busybox") || tag.contains("alpine")) {
            return "RUN addgroup -S app && adduser -S app -G app";
        }
        return "RUN groupadd --system app && useradd --system --gid app --no-create-home app";
    }

    private static String userOf(KnowledgeBase kb, ImageRef ref) {
        return ref != null && isDistroless(ref) ? "nonroot" : "65534:65534";
    }

    private static boolean isDistroless(ImageRef ref) {
        return ref.repository().toLowerCase(Locale.ROOT).startsWith("distroless/");
    }

    /** The compose side of the same concept lives beside the compose model. */
    @Override
    public void check(ComposeContext ctx) {
        RootUserCompose.check(ctx);
    }
}
