package dev.dockmentor.intellij;

import java.nio.file.Path;
import java.util.List;

/** The server's command line: {@code java -XX:+UseSerialGC -Xms32m -Xmn12m -XX:TieredStopAtLevel=1 -Xss4m -jar <plugin>/server/dockmentor.jar lsp}. */
public final class ServerCommand {
    public static final String JAR_IN_PLUGIN = "server/dockmentor.jar";

    private ServerCommand() {}

    /** The bundled jar, or the configured one when the user set it. */
    public static Path jar(Path pluginDir, String configuredJar) {
        if (configuredJar != null && !configuredJar.isBlank()) return Path.of(configuredJar.trim());
        return pluginDir.resolve(JAR_IN_PLUGIN);
    }

    public static List<String> commandLine(Path java, Path jar) {
        return List.of(java.toString(), "-XX:+UseSerialGC", "-Xms32m", "-Xmn12m", "-XX:TieredStopAtLevel=1", "-Xss4m", "-jar", jar.toString(), "lsp");
    }
}
