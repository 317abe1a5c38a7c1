package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.compose.Healthcheck;
import dev.dockmentor.compose.Service;
import dev.dockmentor.dockerfile.Instruction;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.dockerfile.Word;
import dev.dockmentor.rules.ComposeCheck;
import dev.dockmentor.rules.ComposeContext;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.FileKind;
import dev.dockmentor.rules.Msg;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.List;

/**
 * A healthcheck that runs {@code curl URL} without {@code -f}: curl exits 0 on a 500 or a 404 page, so the check
 * passes while the service answers nothing but errors, and {@code depends_on: service_healthy} waits for nothing.
 */
public final class HealthcheckWithoutFail extends Rule implements DockerfileCheck, ComposeCheck {
    public HealthcheckWithoutFail() {
        // In a test or development stack the check only decides when the tests start: advice there.
        super(RuleMeta.of("healthcheck-without-fail", Severity.WARNING, "curl healthcheck that passes on HTTP errors")
                .kinds(FileKind.DOCKERFILE, FileKind.COMPOSE).productionAdvice());
    }

    /**
     * The curl call of a check, as words: true when it would pass on an HTTP error (no {@code -f}/{@code --fail}, no
     * {@code -w}/{@code --write-out} the check reads the status code from, and no pipe into a command that reads the body).
     */
    static boolean passesOnHttpErrors(List<String> words) {
        int curl = -1;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("curl") || w.endsWith("/curl")) {
                curl = i;
                break;
            }
        }
        if (curl < 0) return false;
        boolean url = false;
        for (int i = curl + 1; i < words.size(); i++) {
            String w = words.get(i);
            // Output piped on (| grep ok, | jq -e): the check judges the body, not curl's exit status.
            if (w.equals("|") || w.startsWith("|") && !w.startsWith("||") || w.endsWith("|") && !w.endsWith("||")) return false;
            if (w.equals("&&") || w.equals("||") || w.equals(";")) break;
            if (w.equals("--fail") || w.equals("--fail-with-body") || w.startsWith("--write-out") || w.equals("-w")) return false;
            if (w.startsWith("-") && !w.startsWith("--") && (w.indexOf('f') > 0 || w.indexOf('w') > 0)) return false;
            if (w.contains("://") || w.startsWith("localhost") || w.startsWith("127.0.0.1")) url = true;
        }
        return url;
    }

    @Override
    public void check(DockerfileContext ctx) {
        Stage fin = ctx.shippedStage().orElse(null);
        if (fin == null) return;
        List<Instruction> hcs = RuntimeFacts.inChain(fin, "HEALTHCHECK");
        if (hcs.isEmpty()) return;
        Instruction hc = hcs.get(hcs.size() - 1);
        List<Word> words = hc.execForm ? hc.execArgs : hc.words;
        List<String> values = words.stream().map(Word::value).flatMap(v -> java.util.Arrays.stream(v.split("\\s+"))).toList();
        if (!passesOnHttpErrors(values)) return;
        Word curl = words.stream().filter(w -> w.value().equals("curl") || w.value().endsWith("/curl")).findFirst().orElse(null);
        var r = ctx.report(curl != null ? curl.range() : hc.argsRange(),
                "This healthcheck's curl has no -f: curl exits 0 on an HTTP 500 or 404, so the check passes while the service returns errors",
                "El curl de este healthcheck no lleva -f: curl sale con 0 ante un HTTP 500 o 404, así que la comprobación pasa mientras el servicio devuelve errores");
        if (curl != null && !hc.execForm) {
            r.fix(Msg.of("Add -f (curl fails on HTTP errors)", "Añadir -f (curl falla ante errores HTTP)"), false,
                    ctx.insert(curl.range().end(), " -f"));
        }
    }

    @Override
    public void check(ComposeContext ctx) {
        for (Service s : ctx.model().containers()) {
            Healthcheck hc = s.healthcheck();
            if (hc == null || !hc.hasTest() || hc.disabled() || hc.test() == null) continue;
            List<String> words = hc.words().stream().flatMap(v -> java.util.Arrays.stream(v.split("\\s+"))).toList();
            if (!passesOnHttpErrors(words)) continue;
            ctx.report(hc.test(), "Service '" + s.name + "': the healthcheck's curl has no -f: curl exits 0 on an HTTP 500 or 404, so the check passes while the service returns errors",
                    "Servicio '" + s.name + "': el curl del healthcheck no lleva -f: curl sale con 0 ante un HTTP 500 o 404, así que la comprobación pasa mientras el servicio devuelve errores");
        }
    }
}
