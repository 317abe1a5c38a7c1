package dev.dockmentor.intellij;

import com.google.gson.JsonParser;
import com.intellij.execution.configurations.GeneralCommandLine;
import com.intellij.ide.plugins.PluginManagerCore;
import com.intellij.openapi.extensions.PluginId;
import com.intellij.openapi.util.SystemInfo;
import com.intellij.openapi.vfs.VirtualFile;
import com.redhat.devtools.lsp4ij.server.OSProcessStreamConnectionProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Starts {@code java -jar <plugin>/server/dockmentor.jar lsp}; fails with a readable message when Java or the jar is missing. */
public final class DockmentorConnectionProvider extends OSProcessStreamConnectionProvider {
    DockmentorConnectionProvider() {
        DockmentorSettings s = DockmentorSettingsState.getInstance().settings();
        Path pluginDir = PluginManagerCore.getPlugin(PluginId.getId("dev.dockmentor")).getPluginPath();
        Path jar = ServerCommand.jar(pluginDir, s.jarPath);
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("dockmentor: the server jar is missing: " + jar);
        JavaLocator.Result r = JavaLocator.find(s.javaPath, System.getenv(), System.getProperty("java.home"), SystemInfo.isWindows);
        JavaLocator.Found java = r.found().orElseThrow(() -> new IllegalStateException(r.errorMessage()));
        setCommandLine(new GeneralCommandLine(ServerCommand.commandLine(java.java(), jar)));
    }

    @Override
    public Object getInitializationOptions(VirtualFile rootUri) {
        return JsonParser.parseString(DockmentorSettingsState.getInstance().settings().toServerJson(Locale.getDefault()));
    }
}
