package dev.dockmentor.ide;

import dev.dockmentor.rules.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Signature help for a Dockerfile instruction: its usage with the flags BuildKit accepts, the parameter being typed,
 * and one line on what each does (en/es). The form comes from the instruction's words before the cursor.
 */
public final class Signatures {
    /** One usage: its label, its parameters (substrings of the label, in order), and what it does. */
    public record Signature(String label, List<String> parameters, Msg documentation, int active) {}

    private record Form(List<String> parameters, Msg doc) {}

    private static final Map<String, Form> FORMS = Map.ofEntries(
            Map.entry("FROM", new Form(List.of("[--platform=<platform>]", "<image>[:<tag>|@<digest>]", "[AS <name>]"),
                    Msg.of("Starts a stage from a base image; name it to copy from it or build it with --target.",
                            "Empieza una etapa desde una imagen base; ponle nombre para copiar de ella o construirla con --target."))),
            Map.entry("RUN", new Form(List.of("[--mount=type=cache|bind|secret|ssh,…]", "[--network=default|none|host]", "<command>"),
                    Msg.of("Runs a command in a new layer; --mount=type=cache keeps package caches out of the image.",
                            "Ejecuta un comando en una capa nueva; --mount=type=cache deja las cachés de paquetes fuera de la imagen."))),
            Map.entry("COPY", new Form(List.of("[--from=<stage|image>]", "[--chown=<user>:<group>]", "[--chmod=<perms>]", "[--link]",
                            "[--exclude=<pattern>]", "<src>…", "<dest>"),
                    Msg.of("Copies files from the build context (or another stage) into the image; several sources need a dest ending in /.",
                            "Copia archivos del contexto de build (u otra etapa) a la imagen; varios orígenes necesitan un destino acabado en /."))),
            Map.entry("ADD", new Form(List.of("[--chown=<user>:<group>]", "[--chmod=<perms>]", "[--checksum=<sha256:…>]", "[--link]",
                            "<src|url|git>…", "<dest>"),
                    Msg.of("Like COPY, and also fetches URLs and git repositories and unpacks local archives; prefer COPY for files.",
                            "Como COPY, y además descarga URLs y repositorios git y descomprime archivos locales; para archivos, mejor COPY."))),
            Map.entry("CMD", new Form(List.of("[\"<executable>\", \"<param>\", …]"),
                    Msg.of("The default command; the JSON (exec) form runs it as PID 1, so it receives signals.",
                            "El comando por defecto; la forma JSON (exec) lo ejecuta como PID 1, así recibe las señales."))),
            Map.entry("ENTRYPOINT", new Form(List.of("[\"<executable>\", \"<param>\", …]"),
                    Msg.of("The program the container runs; CMD becomes its default arguments.",
                            "El programa que ejecuta el contenedor; CMD pasa a ser sus argumentos por defecto."))),
            Map.entry("ENV", new Form(List.of("<key>=<value>", "[<key>=<value>…]"),
                    Msg.of("Sets variables for later instructions and the running container; secrets do not belong here.",
                            "Fija variables para las instrucciones siguientes y el contenedor; los secretos no van aquí."))),
            Map.entry("ARG", new Form(List.of("<name>[=<default>]"),
                    Msg.of("A build argument (--build-arg); before the first FROM it is global, for FROM lines.",
                            "Un argumento de build (--build-arg); antes del primer FROM es global, para las líneas FROM."))),
            Map.entry("EXPOSE", new Form(List.of("<port>[/tcp|/udp]", "[<port>…]"),
                    Msg.of("Documents the ports the app listens on; publishing is docker run -p or compose ports.",
                            "Documenta los puertos en los que escucha la app; publicarlos es docker run -p o ports en compose."))),
            Map.entry("HEALTHCHECK", new Form(List.of("[--interval=<d>]", "[--timeout=<d>]", "[--start-period=<d>]", "[--retries=<n>]",
                            "CMD <command> | NONE"),
                    Msg.of("How Docker tells the app is healthy; depends_on condition: service_healthy waits for it.",
                            "Cómo sabe Docker que la app está sana; depends_on con condition: service_healthy la espera."))),
            Map.entry("USER", new Form(List.of("<user>[:<group>]"),
                    Msg.of("The user the following instructions and the container run as; an unprivileged one in the final stage.",
                            "El usuario con el que se ejecutan las instrucciones siguientes y el contenedor; uno sin privilegios en la etapa final."))),
            Map.entry("WORKDIR", new Form(List.of("</absolute/path>"),
                    Msg.of("The working directory, created if missing; start it with /.",
                            "El directorio de trabajo, creado si falta; empiézalo con /."))),
            Map.entry("VOLUME", new Form(List.of("[\"<path>\", …]"),
                    Msg.of("Marks paths as volumes: data there outlives the container.",
                            "Marca rutas como volúmenes: los datos ahí sobreviven al contenedor."))),
            Map.entry("LABEL", new Form(List.of("<key>=<value>", "[<key>=<value>…]"),
                    Msg.of("Metadata on the image (org.opencontainers.image.*).", "Metadatos de la imagen (org.opencontainers.image.*)."))),
            Map.entry("SHELL", new Form(List.of("[\"<executable>\", \"<param>\", …]"),
                    Msg.of("The shell for shell-form instructions; [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] makes pipes fail.",
                            "El shell de las instrucciones en forma shell; [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] hace fallar las tuberías."))),
            Map.entry("STOPSIGNAL", new Form(List.of("<signal>"),
                    Msg.of("The signal docker stop sends (SIGTERM by default).", "La señal que envía docker stop (SIGTERM por defecto)."))),
            Map.entry("ONBUILD", new Form(List.of("<INSTRUCTION> <args>"),
                    Msg.of("An instruction run when another image builds FROM this one.",
                            "Una instrucción que se ejecuta cuando otra imagen se construye FROM esta."))));

    private Signatures() {}

    /**
     * The signature for the instruction whose text before the cursor is {@code before} (continuation lines joined),
     * or null when it names no instruction.
     */
    public static Signature at(String before) {
        String t = before.stripLeading();
        int sp = t.indexOf(' ');
        if (sp < 0) return null;
        String keyword = t.substring(0, sp).toUpperCase(Locale.ROOT);
        Form f = FORMS.get(keyword);
        if (f == null) return null;
        String label = keyword + " " + String.join(" ", f.parameters());
        // The parameter being typed: a flag names its own ([--from=…]); else the position among the plain words.
        String rest = t.substring(sp + 1);
        String[] words = rest.isBlank() ? new String[0] : rest.stripLeading().split("\\s+", -1);
        String current = words.length == 0 ? "" : words[words.length - 1];
        int active = -1;
        if (current.startsWith("--")) {
            String name = current.substring(2).split("=", 2)[0];
            for (int i = 0; i < f.parameters().size(); i++) if (f.parameters().get(i).startsWith("[--" + name)) active = i;
        }
        if (active < 0) {
            List<Integer> plain = new ArrayList<>();
            for (int i = 0; i < f.parameters().size(); i++) if (!f.parameters().get(i).startsWith("[--")) plain.add(i);
            int n = 0;
            for (String w : words) if (!w.startsWith("--")) n++;
            int index = Math.max(0, n - 1);
            if (plain.isEmpty()) active = 0;
            else if (keyword.equals("COPY") || keyword.equals("ADD")) {
                // <src>… then <dest>: the word being typed is the destination once a source is written.
                active = plain.get(n <= 1 ? 0 : Math.min(plain.size() - 1, 1));
            } else active = plain.get(Math.min(index, plain.size() - 1));
        }
        return new Signature(label, f.parameters(), f.doc(), active);
    }
}
