package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compose examples of the seed documents are flagged as those documents say. */
class ComposeSeedsTest {
    /** Seed 000: "Básico sin hardening". */
    static final String BASIC = "# ❌ Anti-pattern: Básico sin hardening\nversion: '3.8'\nservices:\n  api:\n    build: .\n    ports:\n      - \"8000:8000\"\n"
            + "    environment:\n      - DATABASE_URL=postgresql://user:password@db:5432/mydb\n  db:\n    image: postgres:15\n    environment:\n"
            + "      - POSTGRES_PASSWORD=password\n";

    /** Seed 000: the "solución profesional" (with .env, .env.db and the Dockerfile present). */
    static final String SOLUTION = "version: '3.8'\n\nservices:\n  api:\n    build:\n      context: .\n      dockerfile: Dockerfile\n    ports:\n"
            + "      - \"8000:8000\"\n    env_file:\n      - .env  # ✅ Secrets en archivo (no commiteado)\n    depends_on:\n      db:\n"
            + "        condition: service_healthy  # ✅ Esperar a que DB esté ready\n    healthcheck:\n"
            + "      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/health\"]\n      interval: 30s\n      timeout: 10s\n      retries: 3\n"
            + "      start_period: 40s\n    restart: unless-stopped  # ✅ Restart automático\n    networks:\n      - app-network\n    deploy:\n"
            + "      resources:\n        limits:\n          cpus: '1.0'\n          memory: 512M\n        reservations:\n          cpus: '0.5'\n"
            + "          memory: 256M\n\n  db:\n    image: postgres:15-alpine  # ✅ Alpine más ligero\n    env_file:\n      - .env.db\n    volumes:\n"
            + "      - postgres-data:/var/lib/postgresql/data  # ✅ Persistencia\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U $$POSTGRES_USER\"]\n"
            + "      interval: 10s\n      timeout: 5s\n      retries: 5\n    restart: unless-stopped\n    networks:\n      - app-network\n    deploy:\n"
            + "      resources:\n        limits:\n          cpus: '0.5'\n          memory: 512M\n\nnetworks:\n  app-network:\n    driver: bridge\n\nvolumes:\n"
            + "  postgres-data:  # ✅ Volume nombrado (persiste entre recreaciones)\n";

    static final Set<String> HARDENING = Set.of("no-new-privileges", "cap-drop-missing", "writable-root-fs", "root-user");

    @Test
    void basicComposeGetsEveryProblemTheSeedLists() {
        var files = files("Dockerfile", "FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n");
        Set<String> ids = lint(PATH, BASIC, files).stream().map(Finding::ruleId).collect(Collectors.toSet());
        for (String id : List.of("hardcoded-secret", "missing-healthcheck", "missing-restart-policy", "missing-named-volume",
                "no-resource-limits", "obsolete-version")) {
            assertTrue(ids.contains(id), id + " missing from " + ids);
        }
        assertEquals(2, of("hardcoded-secret", lint(PATH, BASIC, files)).size());
    }

    @Test
    void solutionGetsOnlyJustifiedFindings() {
        var files = files("Dockerfile", "FROM python:3.12\nUSER 1000\nCMD [\"python\", \"app.py\"]\n", ".env", "API_KEY=x\n", ".env.db", "POSTGRES_USER=user\n");
        Set<String> ids = lint(PATH, SOLUTION, files).stream().map(Finding::ruleId)
                .filter(id -> !HARDENING.contains(id)).collect(Collectors.toSet());
        assertEquals(Set.of("obsolete-version"), ids);
    }

    @Test
    void secretsSeedAntiPatternAndFileBasedSolution() {
        catches("hardcoded-secret", "services:\n  api:\n    image: api:1\n    environment:\n      - JWT_SECRET=«super_secret_key_123»\n      - DATABASE_PASSWORD=«admin123»\n");
        String solution = "services:\n  api:\n    image: api:1\n    secrets:\n      - jwt_secret\n      - db_password\n    environment:\n"
                + "      - JWT_SECRET_FILE=/run/secrets/jwt_secret\n      - DB_PASSWORD_FILE=/run/secrets/db_password\n\nsecrets:\n  jwt_secret:\n"
                + "    external: true  # Creado fuera de compose\n  db_password:\n    external: true\n";
        for (String id : List.of("hardcoded-secret", "undefined-reference", "compose-schema")) catchesNot(id, solution);
    }

    @Test
    void mlopsSeedGrafanaAdminPasswordAndShortDependsOn() {
        String src = "services:\n  prometheus:\n    image: prom/prometheus:v2.47.0\n    ports:\n      - \"9090:9090\"\n    restart: unless-stopped\n"
                + "    healthcheck:\n      test: [\"CMD\", \"wget\", \"-q\", \"--spider\", \"http://localhost:9090/-/healthy\"]\n"
                + "  grafana:\n    image: grafana/grafana:10.2.0\n    environment:\n      - GF_SECURITY_ADMIN_PASSWORD=«admin»\n"
                + "      - GF_USERS_ALLOW_SIGN_UP=false\n    depends_on:\n      - prometheus\n    restart: unless-stopped\n";
        catches("hardcoded-secret", src);
        catches("depends-on-no-condition", src.replace("«", "").replace("»", ""));
    }
}
