package dev.dockmentor.context;

import dev.dockmentor.compose.ComposeModel;
import dev.dockmentor.compose.Dependency;
import dev.dockmentor.compose.Service;
import dev.dockmentor.compose.YNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each compose service is for: a long-running service or a one-shot job (a migration, a set-up step, a
 * sidecar sharing another service's network), and whether other services wait for it. Healthchecks, restart
 * policies and limits are for long-running services; a healthcheck matters most on what others depend on.
 */
public final class ServiceRoles {
    /** Profiles that hold jobs run by hand or once, not services that stay up. */
    private static final Set<String> JOB_PROFILES = Set.of("setup", "init", "migrate", "migration", "migrations", "tools",
            "tool", "cli", "manual", "job", "jobs", "seed", "backup", "restore", "test", "tests", "debug", "admin", "once");
    /** A command that does a job and exits. */
    private static final Pattern JOB_COMMAND = Pattern.compile(
            "(?i)(?:^|[\\s\"'\\[,/])(?:migrate|migration|db:migrate|upgrade\\s+head|alembic|flyway|liquibase|createbuckets|mc\\s+mb"
                    + "|collectstatic|loaddata|seed|init-db|setup|bootstrap)(?=$|[\\s\"',\\]])");
    /** A command that fixes files on a volume and exits (chown -R 1001 /data). */
    private static final Pattern FIX_FILES = Pattern.compile("^\\s*(?:/bin/|/usr/bin/)?(?:chown|chmod)\\s");
    /** A command that ends at once: the container only holds volumes or prints something. */
    private static final Pattern NO_OP = Pattern.compile("\\s*(?:/bin/)?(?:true|echo(?:\\s.*)?|exit\\s+0)\\s*");

    private final Set<String> dependedUpon = new HashSet<>();
    private final Set<String> completedBy = new HashSet<>();

    public ServiceRoles(ComposeModel model) {
        for (Service s : model.services.values()) {
            for (Dependency d : s.dependsOn()) {
                if (d.service() == null) continue;
                dependedUpon.add(d.service());
                if ("service_completed_successfully".equals(d.condition())) completedBy.add(d.service());
            }
        }
    }

    /** Another service lists this one in depends_on. */
    public boolean isDependedUpon(Service s) {
        return dependedUpon.contains(s.name);
    }

    /**
     * A job that runs and exits, not a service that stays up: others wait for it to complete, its restart policy is
     * "no" and it runs a job command, it sits only in job profiles (setup, migrate, tools…), or it shares another
     * service's network namespace as a sidecar.
     */
    public boolean isOneShot(Service s) {
        if (completedBy.contains(s.name)) return true;
        if (NO_OP.matcher(words(s.get("command")).strip()).matches() && s.get("command") != null) return true;
        if (FIX_FILES.matcher(words(s.get("command")) + " " + words(s.get("entrypoint"))).find()) return true;
        String restart = s.text("restart");
        String command = words(s.get("command")) + " " + words(s.get("entrypoint"));
        if (restart != null && (restart.equals("no") || restart.equals("\"no\"") || restart.startsWith("on-failure"))
                && JOB_COMMAND.matcher(command).find()) {
            return true;
        }
        YNode profiles = s.get("profiles");
        if (profiles != null && profiles.isSeq() && !profiles.items.isEmpty()) {
            boolean allJobs = true;
            for (YNode p : profiles.items) {
                String v = p.text() == null ? "" : p.text().toLowerCase(Locale.ROOT);
                if (!JOB_PROFILES.contains(v)) allJobs = false;
            }
            if (allJobs) return true;
        }
        String mode = s.text("network_mode");
        return mode != null && mode.startsWith("service:") || mode != null && mode.startsWith("container:");
    }

    /** A command as one line, whether written as a string or a list. */
    static String words(YNode n) {
        if (n == null) return "";
        if (n.isScalar()) return n.text() == null ? "" : n.text();
        StringBuilder b = new StringBuilder();
        for (YNode i : n.items) if (i.isScalar() && i.text() != null) b.append(i.text()).append(' ');
        return b.toString();
    }
}
