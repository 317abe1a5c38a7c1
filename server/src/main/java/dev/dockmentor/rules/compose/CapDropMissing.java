package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.List;

/** Docker grants ~14 capabilities by default (chown, net_raw, setuid…); most services need none of them. */
public final class CapDropMissing extends HardeningRule {
    public CapDropMissing() {
        super(RuleMeta.of("cap-drop-missing", Severity.INFO, "Service keeps Docker's default capabilities").strict().kinds(FileKind.COMPOSE).productionAdvice());
    }

    @Override
    boolean satisfied(Service s) {
        YNode cd = s.get("cap_drop");
        if (cd == null || !cd.isSeq()) return false;
        for (YNode i : cd.items) if (i.text() != null && i.text().equalsIgnoreCase("ALL")) return true;
        return false;
    }

    @Override
    Msg message(Service s) {
        return Msg.of("Service '" + s.name + "' keeps Docker's default capabilities; drop them all (cap_drop: [ALL]) and add back only what it needs",
                "El servicio '" + s.name + "' conserva las capacidades por defecto de Docker; elimínalas todas (cap_drop: [ALL]) "
                        + "y añade solo las que necesite");
    }

    @Override
    Msg fixTitle() {
        return Msg.of("Add cap_drop: [ALL]", "Añadir cap_drop: [ALL]");
    }

    @Override
    String key() {
        return "cap_drop";
    }

    @Override
    Object value() {
        return List.of("ALL");
    }

    @Override
    Object item() {
        return "ALL";
    }
}
