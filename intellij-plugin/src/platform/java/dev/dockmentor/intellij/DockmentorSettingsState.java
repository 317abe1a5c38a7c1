package dev.dockmentor.intellij;

import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.components.PersistentStateComponent;
import com.intellij.openapi.components.State;
import com.intellij.openapi.components.Storage;

/** Persists {@link DockmentorSettings} in dockmentor.xml. */
@State(name = "DockmentorSettings", storages = @Storage("dockmentor.xml"))
public final class DockmentorSettingsState implements PersistentStateComponent<DockmentorSettings> {
    private DockmentorSettings settings = new DockmentorSettings();

    public static DockmentorSettingsState getInstance() {
        return ApplicationManager.getApplication().getService(DockmentorSettingsState.class);
    }

    public DockmentorSettings settings() {
        return settings;
    }

    @Override
    public DockmentorSettings getState() {
        return settings;
    }

    @Override
    public void loadState(DockmentorSettings state) {
        settings = state;
    }
}
