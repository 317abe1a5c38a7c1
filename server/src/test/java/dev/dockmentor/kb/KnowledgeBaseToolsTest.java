package dev.dockmentor.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.dockmentor.dockerfile.ImageRef;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeBaseToolsTest {
    private static boolean[] tools(KnowledgeBase kb, String image) {
        return kb.tools(ImageRef.parse(image)).orElseThrow(() -> new AssertionError("no tools fact for " + image));
    }

    @ParameterizedTest
    @CsvSource({
            // image, curl, wget
            "nginx:1.27-alpine, true, true",     // alpine variant: BusyBox wget; the image adds curl
            "nginx:stable-alpine-slim, false, true",
            "nginx:1.27, true, false",           // Debian: no wget
            "alpine:3.20, false, true",
            "node:20-alpine, false, true",
            "python:3.12-slim, false, false",
            "postgres:16-alpine, false, true",
            "postgres:16, false, false"})
    void variantFactsWinOverImageFacts(String image, boolean curl, boolean wget) {
        assertArrayEquals(new boolean[] {curl, wget}, tools(KnowledgeBase.get(), image), image);
    }

    /** The precedence lives in the code, not in the order of images.json: an image rule listed first still loses. */
    @Test
    void theOrderOfTheRulesDoesNotDecidePrecedence() throws Exception {
        JsonObject root;
        try (Reader r = new InputStreamReader(KnowledgeBase.class.getResourceAsStream("images.json"), StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(r).getAsJsonObject();
        }
        JsonArray reordered = new JsonArray();
        JsonObject nginx = new JsonObject();
        nginx.addProperty("match", "nginx");
        nginx.addProperty("curl", true);
        nginx.addProperty("wget", false);
        reordered.add(nginx);
        for (JsonElement e : root.getAsJsonObject("tools").getAsJsonArray("rules")) {
            String m = e.getAsJsonObject().get("match").getAsString();
            if (!m.startsWith("nginx")) reordered.add(e); // no nginx variant rules: only the generic alpine fact is left
        }
        root.getAsJsonObject("tools").add("rules", reordered);
        KnowledgeBase kb = KnowledgeBase.fromJson(root);
        assertTrue(tools(kb, "nginx:1.27-alpine")[1], "the alpine tag's wget must win over nginx's wget:false");
        assertTrue(!tools(kb, "nginx:1.27")[1], "Debian nginx has no wget");
    }
}
