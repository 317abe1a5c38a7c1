package dev.dockmentor.context;

/**
 * What a file is for, read from strong signals only (its name, its folder, what its own comments say). A file
 * with no such signal is {@link #PRODUCTION}: a folder named {@code example} or {@code demo} holds code people
 * copy into production, so it keeps every rule.
 */
public enum FileRole {
    /** Builds or runs what users deploy; every rule applies at its default severity. */
    PRODUCTION,
    /** A development set-up (a dev container, {@code Dockerfile.dev}, {@code compose.dev.yaml}). */
    DEVELOPMENT,
    /** Runs tests or CI jobs ({@code Dockerfile.test}, {@code docker-compose.ci.yml}, a file under {@code tests/}). */
    TEST,
    /** An image for building or running tools, not a service: its command builds or packages, or is a bare shell. */
    TOOL,
    /** Text a generator turns into a Dockerfile or compose file ({@code Dockerfile.j2}, Jinja or Go template syntax). */
    TEMPLATE;

    /** True when production-only advice (size, hardening, healthchecks, limits) is only advice here. */
    public boolean relaxed() {
        return this == DEVELOPMENT || this == TEST || this == TOOL;
    }

    /** How a message names the role, in English and Spanish, when it explains why a finding is advice here. */
    public String[] noun() {
        return switch (this) {
            case DEVELOPMENT -> new String[] {"a development file", "un archivo de desarrollo"};
            case TEST -> new String[] {"a test or CI file", "un archivo de pruebas o de CI"};
            case TEMPLATE -> new String[] {"a template", "una plantilla"};
            case TOOL -> new String[] {"a build or tool image", "una imagen de build o de herramientas"};
            case PRODUCTION -> new String[] {"a production file", "un archivo de producción"};
        };
    }

    /** The signal text of {@link FileRoles.Role#signal()} in Spanish (file and folder names stay as written). */
    public static String signalEs(String signal) {
        if (signal.startsWith("named ")) return "se llama " + signal.substring(6);
        if (signal.startsWith("in ")) return "está en " + signal.substring(3);
        if (signal.startsWith("a comment: ")) return "un comentario: " + signal.substring(11);
        if (signal.startsWith("template syntax")) return "sintaxis de plantilla" + signal.substring(15);
        if (signal.startsWith("its final stage runs ")) return "su etapa final ejecuta " + signal.substring(21);
        if (signal.startsWith("its command is ")) return "su comando es " + signal.substring(15);
        if (signal.startsWith("built by compose service ")) {
            return signal.replace("built by compose service ", "lo construye el servicio de compose ")
                    .replace(", which mounts the source over ", ", que monta el código fuente sobre ");
        }
        return signal;
    }
}
