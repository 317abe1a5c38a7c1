package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.compose.ComposeSpec;
import dev.dockmentor.text.LineIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key docs are data: every documented key exists in the schema and reads in both languages. */
class ComposeKeysTest {
    @Test
    void everyDocumentedKeyIsASchemaKeyWithBothLanguages() {
        assertTrue(ComposeKeys.documented().size() > 100, "docs loaded: " + ComposeKeys.documented().size());
        for (String k : ComposeKeys.documented()) {
            String section = k.substring(0, k.indexOf('.'));
            String key = k.substring(k.indexOf('.') + 1);
            assertNotNull(ComposeSpec.type(section, key), k + " is not in schema.txt");
            ComposeKeys.Doc d = ComposeKeys.doc(section, key);
            assertFalse(d.en().isBlank() || d.es().isBlank(), k);
            assertFalse(d.en().equals(d.es()) && !d.en().startsWith("`"), k + " is not translated");
            assertFalse(d.en().contains(" | ") || d.es().contains(" | "), k + " has a stray separator");
        }
    }

    @Test
    void everyTopLevelAndServiceKeyInCommonUseIsDocumented() {
        for (String key : ComposeSpec.keys("top")) assertNotNull(ComposeKeys.doc("top", key), "top." + key);
        for (String key : List.of("image", "build", "ports", "volumes", "environment", "depends_on", "healthcheck", "restart", "deploy",
                "networks", "secrets", "user", "read_only", "command", "entrypoint")) {
            assertNotNull(ComposeKeys.doc("service", key), "service." + key);
        }
    }

    @Test
    void sectionsResolveThroughMapsListsAndAlternatives() {
        assertEquals("service", ComposeKeys.sectionAt(List.of("services", "web")));
        assertEquals("build", ComposeKeys.sectionAt(List.of("services", "web", "build")));
        assertEquals("port", ComposeKeys.sectionAt(List.of("services", "web", "ports", "[]")));
        assertEquals("depends", ComposeKeys.sectionAt(List.of("services", "web", "depends_on", "db")));
        assertEquals("limits", ComposeKeys.sectionAt(List.of("services", "web", "deploy", "resources", "limits")));
        assertNull(ComposeKeys.sectionAt(List.of("services")), "a map of names");
        assertNull(ComposeKeys.sectionAt(List.of("x-common", "web")), "extensions are free-form");
    }

    @Test
    void parentsAreReadFromIndentation() {
        LineIndex li = new LineIndex("services:\n  web:\n    ports:\n    - target: 80\n      x\n    depends_on:\n    - db\n    - \n");
        assertEquals(List.of("services", "web", "ports", "[]"), ComposeCompletion.parents(li, 4, 6, false));
        assertEquals(List.of("services", "web", "depends_on", "[]"), ComposeCompletion.parents(li, 7, 4, true));
        assertEquals(List.of("services", "web"), ComposeCompletion.parents(li, 5, 4, false));
        assertEquals(List.of("web", "db").size(), ComposeCompletion.serviceNames(new LineIndex("services:\n  web:\n    image: a\n  db: {}\nvolumes:\n  v:\n")).size());
    }
}
