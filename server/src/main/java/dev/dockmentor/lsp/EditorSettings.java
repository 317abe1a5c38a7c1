package dev.dockmentor.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.dockmentor.config.Config;
import dev.dockmentor.rules.Profile;
import dev.dockmentor.rules.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings from the editor: {@code initializationOptions} and the {@code dockmentor} section of
 * {@code workspace/configuration}: {@code {"locale":"es","profile":"strict","rules":{...},"delayMs":N}}.
 * Unknown or ill-typed values are ignored, never fatal.
 */
record EditorSettings(String locale, Profile profile, Map<String, Severity> rules, Integer delayMs, String docsBaseUrl) {
    static final int DEFAULT_DELAY_MS = 30;
    static final EditorSettings EMPTY = new EditorSettings(null, null, Map.of(), null, null);

    /** Accepts the section itself or an object holding it under {@code dockmentor}. */
    static EditorSettings from(Object json) {
        if (!(json instanceof JsonElement el) || !el.isJsonObject()) return EMPTY;
        JsonObject o = el.getAsJsonObject();
        if (o.has("dockmentor") && o.get("dockmentor").isJsonObject()) o = o.getAsJsonObject("dockmentor");
        String locale = string(o, "locale");
        if (locale != null && !locale.toLowerCase().startsWith("es") && !locale.toLowerCase().startsWith("en")) locale = null;
        Profile profile = Profile.parse(string(o, "profile"));
        Map<String, Severity> rules = new LinkedHashMap<>();
        if (o.has("rules") && o.get("rules").isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("rules").entrySet()) {
                JsonElement v = e.getValue();
                if (!v.isJsonPrimitive()) continue;
                String s = v.getAsString();
                if (s.equals("off") || s.equals("none") || s.equals("false")) rules.put(e.getKey(), null);
                else if (Severity.parse(s) != null) rules.put(e.getKey(), Severity.parse(s));
            }
        }
        Integer delay = null;
        if (o.get("delayMs") instanceof JsonPrimitive p && p.isNumber()) delay = Math.max(0, Math.min(5000, p.getAsInt()));
        // Where the rule pages are published (a diagnostic's code links there, in the user's language); http(s) only.
        String docs = string(o, "docsBaseUrl");
        if (docs != null && !docs.matches("https?://\\S+")) docs = null;
        if (docs != null && !docs.endsWith("/")) docs += "/";
        return new EditorSettings(locale, profile, rules, delay, docs);
    }

    private static String string(JsonObject o, String k) {
        JsonElement v = o.get(k);
        return v != null && v.isJsonPrimitive() ? v.getAsString() : null;
    }

    /** Later (non-empty) values win. */
    EditorSettings overlay(EditorSettings over) {
        Map<String, Severity> merged = new LinkedHashMap<>(rules);
        merged.putAll(over.rules);
        return new EditorSettings(over.locale != null ? over.locale : locale, over.profile != null ? over.profile : profile,
                merged, over.delayMs != null ? over.delayMs : delayMs, over.docsBaseUrl != null ? over.docsBaseUrl : docsBaseUrl);
    }

    Config toConfig() {
        return new Config(profile != null ? profile : Profile.RECOMMENDED, locale, rules, List.of(), List.of(), null);
    }

    int delay() {
        return delayMs != null ? delayMs : DEFAULT_DELAY_MS;
    }
}
