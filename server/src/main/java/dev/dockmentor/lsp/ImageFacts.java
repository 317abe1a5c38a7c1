package dev.dockmentor.lsp;

import dev.dockmentor.dockerfile.Dockerfile;
import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.kb.KnowledgeBase;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.text.Position;
import java.util.Locale;
import java.util.Optional;

/** Markdown about the base image under the cursor of a FROM line, from the knowledge base. */
final class ImageFacts {
    private ImageFacts() {}

    static String markdown(Document doc, Position pos, String locale) {
        Dockerfile df = doc.dockerfile();
        if (df == null) return null;
        for (Stage s : df.stages) {
            if (s.imageWord == null || !s.imageWord.range().contains(pos)) continue;
            Optional<Stage> earlier = df.stage(s.imageWord.value()).filter(p -> p.index < s.index);
            if (earlier.isPresent()) {
                Stage p = earlier.get();
                return Msg.of("Builds on stage **" + p.rawName + "** (line " + (p.from.startLine + 1) + ").",
                        "Parte de la etapa **" + p.rawName + "** (línea " + (p.from.startLine + 1) + ").").get(locale);
            }
            return s.image == null ? null : describe(s.image, locale);
        }
        return null;
    }

    static String describe(ImageRef ref, String locale) {
        KnowledgeBase kb = KnowledgeBase.get();
        StringBuilder sb = new StringBuilder("**").append(ref.raw()).append("**\n\n");
        boolean es = "es".equals(locale);
        if (ref.isScratch()) {
            sb.append(es ? "Imagen vacía: ni shell, ni paquetes, ni usuarios. Solo lo que copies."
                    : "Empty image: no shell, no packages, no users. Only what you copy in.");
            return sb.toString();
        }
        Optional<KnowledgeBase.LanguageImage> lang = kb.language(ref);
        if (lang.isPresent()) {
            KnowledgeBase.LanguageImage l = lang.get();
            String tag = ref.tag() == null ? "latest" : ref.tag().toLowerCase(Locale.ROOT);
            String variant = tag.contains("alpine") ? "alpine" : tag.contains("slim") ? "slim" : "full";
            Integer mine = switch (variant) {
                case "alpine" -> l.alpine();
                case "slim" -> l.slim();
                default -> l.full();
            };
            if (mine != null) sb.append(es ? "Tamaño aproximado de esta variante (" : "Approximate size of this variant (")
                    .append(variant).append("): **~").append(mine).append(" MB**.\n\n");
            if (!variant.equals("slim") && l.slim() != null) sb.append(line(es, "slim", l.slim(), mine));
            if (!variant.equals("alpine") && l.alpine() != null) sb.append(line(es, "alpine", l.alpine(), mine));
            if (!variant.equals("full")) sb.append(line(es, es ? "completa" : "full", l.full(), mine));
            if (l.alternative() != null) {
                sb.append(es ? "\nAlternativa para ejecutar: `" : "\nRuntime alternative: `").append(l.alternative()).append("`.\n");
            }
        } else if (kb.isOsImage(ref)) {
            sb.append(es ? "Imagen de sistema operativo base.\n" : "Operating-system base image.\n");
        }
        if (kb.hasNoShell(ref)) {
            sb.append(es ? "\nSin shell (`/bin/sh`): los `RUN` en forma shell fallan; usa la forma exec o una etapa de build."
                    : "\nNo shell (`/bin/sh`): shell-form `RUN` fails; use exec form or a build stage.");
        } else if (lang.isPresent() || kb.isOsImage(ref)) {
            sb.append(es ? "\nIncluye shell (`/bin/sh`)." : "\nHas a shell (`/bin/sh`).");
        }
        return sb.toString();
    }

    private static String line(boolean es, String name, int size, Integer mine) {
        String diff = mine == null ? "" : size < mine ? (es ? " (ahorra ~" : " (saves ~") + (mine - size) + " MB)"
                : size > mine ? (es ? " (+" : " (+") + (size - mine) + " MB)" : "";
        return "- " + (es ? "variante " : "") + "`" + name + "`" + (es ? "" : " variant") + ": ~" + size + " MB" + diff + "\n";
    }
}
