package dev.dockmentor.rules.dockerfile;

import dev.dockmentor.dockerfile.ImageRef;
import dev.dockmentor.dockerfile.Stage;
import dev.dockmentor.rules.DockerfileCheck;
import dev.dockmentor.rules.DockerfileContext;
import dev.dockmentor.rules.Rule;
import dev.dockmentor.rules.RuleMeta;
import dev.dockmentor.rules.Severity;
import java.util.List;
import java.util.Locale;

/**
 * With {@code trusted-registries} configured, a base image from anywhere else bypasses the team's
 * vetted, scanned and mirrored images (and is one typo-squat away from a malicious one).
 */
public final class UntrustedRegistry extends Rule implements DockerfileCheck {
    public UntrustedRegistry() {
        super(RuleMeta.of("untrusted-registry", Severity.ERROR, "Image from a registry outside trusted-registries")
                .aliases("DL3026").whenConfigured());
    }

    @Override
    public void check(DockerfileContext ctx) {
        List<String> trusted = ctx.settings().trustedRegistries();
        if (trusted.isEmpty()) return;
        for (Stage s : ctx.dockerfile().stages) {
            ImageRef ref = s.image;
            if (ref == null || s.imageWord == null || s.parent() != null || ref.isScratch() || ref.hasVariables()) continue;
            String registry = normalise(ref.effectiveRegistry());
            String repo = ref.repository().toLowerCase(Locale.ROOT);
            if (registry.equals("docker.io") && !repo.contains("/")) repo = "library/" + repo;
            String full = registry + "/" + repo;
            if (trusted.stream().anyMatch(t -> trusts(t, registry, full))) continue;
            ctx.report(s.imageWord.range(),
                    "'" + ref.raw() + "' comes from " + registry + ", which is not in trusted-registries (" + String.join(", ", trusted) + ")",
                    "'" + ref.raw() + "' viene de " + registry + ", que no está en trusted-registries (" + String.join(", ", trusted) + ")");
        }
    }

    private static boolean trusts(String entry, String registry, String full) {
        String t = entry.strip().toLowerCase(Locale.ROOT);
        while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
        if (t.isEmpty()) return false;
        int slash = t.indexOf('/');
        String host = normalise(slash < 0 ? t : t.substring(0, slash));
        t = slash < 0 ? host : host + t.substring(slash);
        return t.equals(registry) || full.equals(t) || full.startsWith(t + "/");
    }

    private static String normalise(String registry) {
        String r = registry.toLowerCase(Locale.ROOT);
        return r.equals("index.docker.io") || r.equals("registry-1.docker.io") || r.equals("registry.hub.docker.com") ? "docker.io" : r;
    }
}
