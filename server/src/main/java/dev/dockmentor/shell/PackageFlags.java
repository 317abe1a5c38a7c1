package dev.dockmentor.shell;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options worth typing after a package manager's install command in a Dockerfile, the ones dockmentor's rules ask
 * for first, each with why (English and Spanish): completion offers them where the install is being written.
 */
public final class PackageFlags {
    /** An option to offer: its text, and why, in both languages. */
    public record Flag(String text, String en, String es) {}

    private record Manager(Pattern command, List<Flag> flags) {}

    private static final List<Manager> MANAGERS = List.of(
            new Manager(Pattern.compile("(?:^|[\\s;&|(])(?:apt-get|apt)\\s+(?:-\\S+\\s+)*install\\b"), List.of(
                    new Flag("--no-install-recommends", "Install only what the package needs, not its recommendations (often 100+ MB).",
                            "Instala solo lo que el paquete necesita, no sus recomendados (a menudo más de 100 MB)."),
                    new Flag("-y", "Answer yes: a build cannot answer the prompt.", "Responde que sí: un build no puede contestar la pregunta."),
                    new Flag("--no-upgrade", "Do not upgrade packages already installed.", "No actualiza los paquetes ya instalados."))),
            new Manager(Pattern.compile("(?:^|[\\s;&|(])apk\\s+(?:-\\S+\\s+)*add\\b"), List.of(
                    new Flag("--no-cache", "Fetch the index without keeping it in the layer.", "Descarga el índice sin dejarlo en la capa."),
                    new Flag("--virtual", "Group build-only packages under a name to delete them in the same RUN.",
                            "Agrupa los paquetes de build bajo un nombre para borrarlos en el mismo RUN."))),
            new Manager(Pattern.compile("(?:^|[\\s;&|(])(?:pip3?|python3?\\s+-m\\s+pip)\\s+(?:-\\S+\\s+)*install\\b"), List.of(
                    new Flag("--no-cache-dir", "Keep pip's download cache out of the layer.", "Deja la caché de descargas de pip fuera de la capa."),
                    new Flag("-r", "Install from a requirements file copied before the code, so the layer stays cached.",
                            "Instala desde un archivo de requisitos copiado antes que el código, para que la capa siga en caché."),
                    new Flag("--require-hashes", "Refuse any package whose hash the requirements file does not pin.",
                            "Rechaza cualquier paquete cuyo hash no fije el archivo de requisitos."))),
            new Manager(Pattern.compile("(?:^|[\\s;&|(])npm\\s+(?:ci|install|i)\\b"), List.of(
                    new Flag("--omit=dev", "Leave development dependencies out of the image.", "Deja las dependencias de desarrollo fuera de la imagen."),
                    new Flag("--ignore-scripts", "Do not run install scripts of dependencies.", "No ejecuta los scripts de instalación de las dependencias."))),
            new Manager(Pattern.compile("(?:^|[\\s;&|(])(?:dnf|yum|microdnf)\\s+(?:-\\S+\\s+)*install\\b"), List.of(
                    new Flag("-y", "Answer yes: a build cannot answer the prompt.", "Responde que sí: un build no puede contestar la pregunta."),
                    new Flag("--setopt=install_weak_deps=False", "Skip weak dependencies (the recommended packages).",
                            "Omite las dependencias débiles (los paquetes recomendados)."),
                    new Flag("--nodocs", "Do not install documentation.", "No instala la documentación."))));

    /** The option being typed at the end of a RUN's text: the flags to offer and how much of one is typed. */
    public record Offer(List<Flag> flags, int typed) {}

    private static final Pattern TYPING_OPTION = Pattern.compile("\\s(-{1,2}[a-z-]*)$");

    private PackageFlags() {}

    /** What to offer at the end of {@code before} (the text of the instruction up to the cursor), or null. */
    public static Offer at(String before) {
        Matcher typing = TYPING_OPTION.matcher(before);
        if (!typing.find()) return null;
        // The install command that the option belongs to is the last one before the cursor, in the same shell command.
        int cut = Math.max(Math.max(before.lastIndexOf("&&"), before.lastIndexOf(';')), before.lastIndexOf('|'));
        String command = before.substring(cut + 1, typing.start(1));
        for (Manager m : MANAGERS) {
            if (m.command().matcher(command).find()) return new Offer(m.flags(), typing.group(1).length());
        }
        return null;
    }
}
