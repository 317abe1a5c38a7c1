package dev.dockmentor.intellij;

import com.intellij.openapi.options.Configurable;
import com.intellij.ui.components.JBTextArea;
import com.intellij.ui.components.JBTextField;
import com.intellij.util.ui.FormBuilder;
import javax.swing.JComboBox;
import javax.swing.JComponent;

/** Settings | Tools | dockmentor: Java path, profile, locale, severity overrides. Restart the server (LSP console) to apply Java changes. */
public final class DockmentorConfigurable implements Configurable {
    private final JBTextField java = new JBTextField();
    private final JComboBox<String> profile = new JComboBox<>(new String[] {"recommended", "strict"});
    private final JComboBox<String> locale = new JComboBox<>(new String[] {"auto", "en", "es"});
    private final JBTextArea rules = new JBTextArea(5, 40);

    @Override
    public String getDisplayName() {
        return "dockmentor";
    }

    @Override
    public JComponent createComponent() {
        reset();
        return FormBuilder.createFormBuilder()
                .addLabeledComponent("Java (home or executable; empty: JAVA_HOME, then the IDE's runtime):", java)
                .addLabeledComponent("Profile:", profile)
                .addLabeledComponent("Locale:", locale)
                .addLabeledComponent("Rule severities (rule-id=error|warning|info|hint|off, one a line):", rules)
                .getPanel();
    }

    @Override
    public boolean isModified() {
        DockmentorSettings s = DockmentorSettingsState.getInstance().settings();
        return !java.getText().equals(s.javaPath) || !s.profile.equals(profile.getSelectedItem())
                || !s.locale.equals(locale.getSelectedItem()) || !DockmentorSettings.parseRules(rules.getText()).equals(s.rules);
    }

    @Override
    public void apply() {
        DockmentorSettings s = DockmentorSettingsState.getInstance().settings();
        s.javaPath = java.getText().trim();
        s.profile = (String) profile.getSelectedItem();
        s.locale = (String) locale.getSelectedItem();
        s.rules = DockmentorSettings.parseRules(rules.getText());
    }

    @Override
    public void reset() {
        DockmentorSettings s = DockmentorSettingsState.getInstance().settings();
        java.setText(s.javaPath);
        profile.setSelectedItem(s.profile);
        locale.setSelectedItem(s.locale);
        rules.setText(DockmentorSettings.formatRules(s.rules));
    }
}
