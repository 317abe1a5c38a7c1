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
    /** Kept for reference, no longer built or run: a file under {@code archive/}, {@code deprecated/}, {@code attic/}. */
    ARCHIVE,
    /** Text a generator turns into a Dockerfile or compose file ({@code Dockerfile.j2}, Jinja or Go template syntax). */
    TEMPLATE,
    /**
     * A piece of a Dockerfile that a script joins to another ({@code Dockerfile.append}, {@code Dockerfile.partial}
     * with no {@code FROM}): not built alone, so not linted alone.
     */
    FRAGMENT;

    /** Text that is not a whole file to lint: a template or a fragment. */
    public boolean notLinted() {
        return this == TEMPLATE || this == FRAGMENT;
    }

    /** True when production-only advice (size, hardening, healthchecks, limits) is only advice here. */
    public boolean relaxed() {
        return this == DEVELOPMENT || this == TEST || this == TOOL || this == ARCHIVE;
    }

    /** How a message names the role, in English and Spanish, when it explains why a finding is advice here. */
    public String[] noun() {
        return switch (this) {
            case DEVELOPMENT -> new String[] {"a development file", "un archivo de desarrollo"};
            case TEST -> new String[] {"a test or CI file", "un archivo de pruebas o de CI"};
            case TEMPLATE -> new String[] {"a template", "una plantilla"};
            case FRAGMENT -> new String[] {"a Dockerfile fragment", "un fragmento de Dockerfile"};
            case TOOL -> new String[] {"a build or tooling file", "un archivo de build o de herramientas"};
            case ARCHIVE -> new String[] {"an archived file, no longer built", "un archivo archivado, que ya no se construye"};
            case PRODUCTION -> new String[] {"a production file", "un archivo de producción"};
        };
    }

    /** The signal text of {@link FileRoles.Role#signal()} in Spanish (file and folder names stay as written). */
    public static String signalEs(String signal) {
        if (signal.startsWith("named ") && signal.endsWith(" with no FROM")) {
            return "se llama " + signal.substring(6, signal.length() - 13) + " y no tiene FROM";
        }
        if (signal.startsWith("named ")) return "se llama " + signal.substring(6);
        if (signal.startsWith("its folder's ") && signal.contains(" says ")) {
            int says = signal.indexOf(" says ");
            return "el " + signal.substring(13, says) + " de su carpeta dice " + signal.substring(says + 6);
        }
        if (signal.endsWith(" uses it, nothing for users does")) {
            String who = signal.substring(0, signal.length() - " uses it, nothing for users does".length());
            if (who.startsWith("the contributor guide ")) who = "la guía para contribuir " + who.substring(22);
            else if (who.startsWith("the script ")) who = "el script " + who.substring(11);
            else if (who.startsWith("the ") && who.contains(" target ")) who = "el target " + who.substring(who.indexOf(" target ") + 8) + " de " + who.substring(4, who.indexOf(" target "));
            return "lo usa " + who + " y nada para usuarios lo hace";
        }
        if (signal.startsWith("in ")) return "está en " + signal.substring(3);
        if (signal.startsWith("a comment: ")) return "un comentario: " + signal.substring(11);
        if (signal.startsWith("build-tool placeholders such as ")) return "marcadores de una herramienta de build como " + signal.substring(32);
        if (signal.startsWith("its base image is a development environment")) return "su imagen base es un entorno de desarrollo" + signal.substring(43);
        if (signal.startsWith("it only runs backing services (")) {
            return "solo ejecuta servicios de apoyo (" + signal.substring(31).replace(") with published ports, for an app that runs outside it",
                    ") con puertos publicados, para una app que se ejecuta fuera");
        }
        if (signal.startsWith("template syntax")) return "sintaxis de plantilla" + signal.substring(15);
        if (signal.startsWith("its final stage is '") && signal.endsWith("', and no other stage is a production one")) {
            return "su etapa final es '" + signal.substring(20, signal.length() - "', and no other stage is a production one".length())
                    + "' y ninguna otra etapa es la de producción";
        }
        if (signal.startsWith("its final stage runs ")) return "su etapa final ejecuta " + signal.substring(21);
        if (signal.startsWith("its command is ")) return "su comando es " + signal.substring(15);
        if (signal.startsWith("built by compose service ") && signal.endsWith(")") && signal.contains("' (")) {
            int open = signal.indexOf("' (");
            return "lo construye el servicio de compose " + signal.substring(25, open + 1) + " ("
                    + signalEs(signal.substring(open + 3, signal.length() - 1)) + ")";
        }
        if (signal.startsWith("service '") && signal.indexOf("' ", 9) > 0) {
            int close = signal.indexOf("' ", 9);
            return "el servicio " + signal.substring(8, close + 1) + " " + signalEs(signal.substring(close + 2));
        }
        if (signal.startsWith("it sets ")) return "fija " + signal.substring(8);
        if (signal.startsWith("its command runs ")) return "su comando ejecuta " + signal.substring(17);
        if (signal.startsWith("sets ")) return "fija " + signal.substring(5);
        if (signal.startsWith("builds its '")) return "construye su target " + signal.substring(11).replace(" target", "");
        if (signal.startsWith("runs ")) return "ejecuta " + signal.substring(5);
        if (signal.startsWith("mounts the project folder ")) return "monta la carpeta del proyecto " + signal.substring(26);
        if (signal.startsWith("built by compose service ")) {
            return signal.replace("built by compose service ", "lo construye el servicio de compose ")
                    .replace(", which mounts the source over ", ", que monta el código fuente sobre ");
        }
        return signal;
    }
}
