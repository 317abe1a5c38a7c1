package dev.dockmentor.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockmentor.engine.Cancel;
import dev.dockmentor.engine.Warmup;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class EditRehearsalTest {
    @Test
    void eachRehearsalTypesOneCharacterThroughTheEditPathOutOfTheEditorsSight() {
        DockmentorServer server = new DockmentorServer(new PrintStream(OutputStream.nullOutputStream()));
        String sample = Warmup.sample("Dockerfile");
        EditRehearsal edit = new EditRehearsal(server.analyzer, Warmup.dockerfilePath(), sample);
        Analysis first = edit.run(Cancel.NEVER);
        Analysis second = edit.run(Cancel.NEVER);
        assertEquals(sample + "#", first.doc().text);
        assertEquals(sample + "##", second.doc().text);
        assertEquals(first.version() + 1, second.version());
        assertFalse(second.findings().isEmpty(), "the sample is analysed as an edited document is");
        assertTrue(server.store.all().isEmpty(), "the editor's documents are not touched");
        for (int i = 0; i < 300; i++) edit.run(Cancel.NEVER);
        assertTrue(edit.run(Cancel.NEVER).doc().text.length() <= sample.length() + 201, "the rehearsed document stays small");
    }

    @Test
    void aCancelledRehearsalStopsInTheAnalysis() {
        DockmentorServer server = new DockmentorServer(new PrintStream(OutputStream.nullOutputStream()));
        EditRehearsal edit = new EditRehearsal(server.analyzer, Warmup.dockerfilePath(), Warmup.sample("Dockerfile"));
        assertThrows(CancellationException.class, () -> edit.run(() -> true));
    }
}
