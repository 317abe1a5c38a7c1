package dev.dockmentor.rules.compose;

import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.List;

/** Without no-new-privileges a setuid binary in the image can raise the process back to root. */
public final class NoNewPrivileges extends HardeningRule {
    public NoNewPrivileges() {
        super(RuleMeta.of("no-new-privileges", Severity.INFO, "Service may gain new privileges").strict().kinds(FileKind.COMPOSE).productionAdvice());
    }

    @Override
    boolean satisfied(Service s) {
        YNode so = s.get("security_opt");
        if (so == null || !so.isSeq()) return false;
        for (YNode i : so.items) {
            String t = i.text();
            if (t != null && t.replace(" ", "").matches("no-new-privileges(:true|=true)?")) return true;
        }
        return false;
    }

    @Override
    Msg message(Service s) {
        return Msg.of("Service '" + s.name + "' lacks security_opt no-new-privileges:true: setuid binaries can regain root",
                "Al servicio '" + s.name + "' le falta security_opt no-new-privileges:true: los binarios setuid pueden recuperar root");
    }

    @Override
    Msg fixTitle() {
        return Msg.of("Add no-new-privileges:true", "Añadir no-new-privileges:true");
    }

    @Override
    String key() {
        return "security_opt";
    }

    @Override
    Object value() {
        return List.of("no-new-privileges:true");
    }

    @Override
    Object item() {
        return "no-new-privileges:true";
    }
}
