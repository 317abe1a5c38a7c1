package dev.dockmentor.intellij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogicTest {
    static Path fakeJdk(Path dir, String version) throws Exception {
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("bin/java"), "");
        Files.writeString(dir.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return dir;
    }

    @Test
    void parsesVersions() {
        assertEquals(Optional.of(8), JavaLocator.parseVersion("openjdk version \"1.8.0_392\""));
        assertEquals(Optional.of(17), JavaLocator.parseVersion("openjdk version \"17.0.15\" 2025-04-15"));
        assertEquals(Optional.of(21), JavaLocator.parseVersion("JAVA_VERSION=\"21\""));
        assertEquals(Optional.empty(), JavaLocator.parseVersion("nothing"));
    }

    @Test
    void order_settingThenJavaHomeThenIdeRuntime(@TempDir Path t) throws Exception {
        Path old = fakeJdk(t.resolve("jdk11"), "11.0.2"), jdk17 = fakeJdk(t.resolve("jdk17"), "17.0.1"), jbr = fakeJdk(t.resolve("jbr"), "21.0.5");
        var r = JavaLocator.find(old.toString(), Map.of("JAVA_HOME", jdk17.toString()), jbr.toString(), false);
        assertEquals("JAVA_HOME", r.found().get().source());
        assertEquals(1, r.rejected().size());
        assertTrue(r.rejected().get(0).contains("Java 11"));
        r = JavaLocator.find("", Map.of(), jbr.toString(), false);
        assertEquals("IDE runtime", r.found().get().source());
        assertEquals(21, r.found().get().version());
        r = JavaLocator.find(jdk17.resolve("bin/java").toString(), Map.of(), null, false);   // the executable itself
        assertEquals("setting", r.found().get().source());
        r = JavaLocator.find(t.resolve("nope").toString(), Map.of("JAVA_HOME", old.toString()), null, false);
        assertFalse(r.found().isPresent());
        assertTrue(r.errorMessage().contains("Java 17 or newer") && r.errorMessage().contains("Java 11"), r.errorMessage());
    }

    @Test
    void commandLineAndJar() {
        Path jar = ServerCommand.jar(Path.of("/p/dockmentor"), "");
        assertEquals(Path.of("/p/dockmentor/server/dockmentor.jar"), jar);
        assertEquals(Path.of("/x.jar"), ServerCommand.jar(Path.of("/p"), " /x.jar "));
        List<String> cmd = ServerCommand.commandLine(Path.of("/j/bin/java"), jar);
        assertEquals("/j/bin/java", cmd.get(0));
        assertEquals(List.of("-jar", jar.toString(), "lsp"), cmd.subList(cmd.size() - 3, cmd.size()));
    }

    @Test
    void settingsToServerJson() {
        DockmentorSettings s = new DockmentorSettings();
        s.profile = "strict";
        s.rules = DockmentorSettings.parseRules("unpinned-image=error\nconsecutive-run = OFF\nbad line\nx=loud\n");
        JsonObject o = JsonParser.parseString(s.toServerJson(new Locale("es", "ES"))).getAsJsonObject();
        assertEquals("strict", o.get("profile").getAsString());
        assertEquals("es", o.get("locale").getAsString());          // auto follows the IDE
        assertEquals(2, o.getAsJsonObject("rules").size());
        assertEquals("off", o.getAsJsonObject("rules").get("consecutive-run").getAsString());
        s.locale = "en";
        s.rules.put("we\"ird", "hint");
        o = JsonParser.parseString(s.toServerJson(new Locale("es"))).getAsJsonObject();
        assertEquals("en", o.get("locale").getAsString());
        assertEquals("hint", o.getAsJsonObject("rules").get("we\"ird").getAsString());
        assertEquals(s.rules, DockmentorSettings.parseRules(DockmentorSettings.formatRules(s.rules)));
    }
}
