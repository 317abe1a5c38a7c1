package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;

/** A writable root filesystem lets an intruder drop tools and alter binaries; read_only plus tmpfs for write paths stops that. */
public final class WritableRootFs extends HardeningRule {
    public WritableRootFs() {
        super(RuleMeta.of("writable-root-fs", Severity.INFO, "Service root filesystem is writable").strict().kinds(FileKind.COMPOSE).productionAdvice());
    }

    @Override
    boolean satisfied(Service s) {
        YNode ro = s.get("read_only");
        return ro != null && ro.isTrue();
    }

    @Override
    Msg message(Service s) {
        return Msg.of("Service '" + s.name + "' has a writable root filesystem; set read_only: true and give tmpfs to the paths it writes",
                "El servicio '" + s.name + "' tiene el sistema de archivos raíz escribible; pon read_only: true y usa tmpfs "
                        + "para las rutas donde escribe");
    }

    @Override
    Msg fixTitle() {
        return Msg.of("Add read_only: true", "Añadir read_only: true");
    }

    @Override
    String key() {
        return "read_only";
    }

    @Override
    Object value() {
        return new dev.dockmentor.compose.YamlWriter.Raw("true");
    }

    @Override
    Object item() {
        return null;
    }
}
