package dev.dockmentor.intellij;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.intellij.openapi.project.Project;
import com.redhat.devtools.lsp4ij.client.LanguageClientImpl;
import java.util.Locale;

/** Answers workspace/configuration (section "dockmentor") from the plugin's settings. */
public final class DockmentorLanguageClient extends LanguageClientImpl {
    public DockmentorLanguageClient(Project project) {
        super(project);
    }

    @Override
    protected Object createSettings() {
        JsonObject root = new JsonObject();
        root.add("dockmentor", JsonParser.parseString(DockmentorSettingsState.getInstance().settings().toServerJson(Locale.getDefault())));
        return root;
    }
}
