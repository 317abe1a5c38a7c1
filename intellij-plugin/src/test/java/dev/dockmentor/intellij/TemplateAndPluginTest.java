package dev.dockmentor.intellij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.dockmentor.project.FileClassifier;
import dev.dockmentor.rules.FileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TemplateAndPluginTest {
    static final Path PLUGIN = Path.of(System.getProperty("dockmentor.repo", "..")).resolve("intellij-plugin");

    static JsonObject template() throws Exception {
        return JsonParser.parseString(Files.readString(PLUGIN.resolve("template/template.json"))).getAsJsonObject();
    }

    static List<String> patterns(JsonObject t, String languageId) {
        for (JsonElement m : t.getAsJsonArray("fileTypeMappings")) {
            JsonObject o = m.getAsJsonObject();
            if (o.get("languageId").getAsString().equals(languageId)) {
                List<String> out = new ArrayList<>();
                JsonArray a = o.getAsJsonObject("fileType").getAsJsonArray("patterns");
                a.forEach(e -> out.add(e.getAsString()));
                return out;
            }
        }
        throw new AssertionError("no mapping for " + languageId);
    }

    @Test
    void templatePatternsEqualTheServersClassifier() throws Exception {
        JsonObject t = template();
        assertEquals("dockmentor", t.get("id").getAsString());
        assertEquals(FileClassifier.DOCKERFILE_GLOBS, patterns(t, "dockerfile"));
        assertEquals(FileClassifier.COMPOSE_GLOBS, patterns(t, "dockercompose"));
        assertTrue(t.getAsJsonObject("programArgs").get("default").getAsString().endsWith(" lsp"));
        assertTrue(t.getAsJsonObject("programArgs").has("windows"));
        for (String f : List.of("settings.json", "initializationOptions.json")) {
            JsonParser.parseString(Files.readString(PLUGIN.resolve("template").resolve(f)));   // well-formed
        }
        assertTrue(Files.isRegularFile(PLUGIN.resolve("template/README.md")));
    }

    @Test
    void pluginPatternsAndClassificationEqualTheServers() {
        assertEquals(FileClassifier.DOCKERFILE_GLOBS, DockerFiles.DOCKERFILE_PATTERNS);
        assertEquals(FileClassifier.COMPOSE_GLOBS, DockerFiles.COMPOSE_PATTERNS);
        for (String name : List.of("Dockerfile", "Containerfile", "Dockerfile.dev", "api.Dockerfile", "x.dockerfile",
                "Containerfile.arm", "compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.override.yml",
                "compose.prod.yaml", "README.md", "values.yaml", "dockerfile", "Dockerfile.", "compose.yamlx", "a/b/Dockerfile")) {
            Optional<String> server = FileClassifier.classify(name).map(k -> k == FileKind.DOCKERFILE ? "dockerfile" : "dockercompose");
            assertEquals(server, DockerFiles.languageId(name), name);
        }
    }

    @Test
    void pluginXmlIsWellFormedAndNamesExistingClasses() throws Exception {
        Path xml = PLUGIN.resolve("src/platform/resources/META-INF/plugin.xml");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("idea-plugin", root.getTagName());
        List<String> classes = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (int j = 0; j < e.getAttributes().getLength(); j++) {
                String v = e.getAttributes().item(j).getNodeValue();
                if (v.startsWith("dev.dockmentor.intellij.")) classes.add(v);
            }
        }
        assertTrue(classes.size() >= 3, "plugin.xml names the factory, the service and the settings page: " + classes);
        for (String c : classes) {
            String rel = c.replace('.', '/') + ".java";
            assertTrue(Files.isRegularFile(PLUGIN.resolve("src/platform/java").resolve(rel))
                    || Files.isRegularFile(PLUGIN.resolve("src/main/java").resolve(rel)), "no source for " + c);
        }
        // the file-name mappings in plugin.xml equal the classifier too
        NodeList maps = root.getElementsByTagName("fileNamePatternMapping");
        assertEquals(2, maps.getLength());
        for (int i = 0; i < maps.getLength(); i++) {
            Element m = (Element) maps.item(i);
            List<String> p = Arrays.asList(m.getAttribute("patterns").split(";"));
            assertEquals(m.getAttribute("languageId").equals("dockerfile") ? FileClassifier.DOCKERFILE_GLOBS : FileClassifier.COMPOSE_GLOBS, p);
            assertEquals("dockmentor", m.getAttribute("serverId"));
        }
        // every platform source file declares the class its name says (so the names above are real classes)
        try (var files = Files.walk(PLUGIN.resolve("src/platform/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String simple = f.getFileName().toString().replace(".java", "");
                Matcher m = Pattern.compile("\\b(class|interface|record|enum)\\s+" + simple + "\\b").matcher(Files.readString(f));
                assertTrue(m.find(), f + " declares " + simple);
            }
        }
    }
}
