package dev.dockmentor.rules;

import static dev.dockmentor.rules.ComposeTester.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ComposeSecurityRulesTest {
    @Test
    void aKeyIsAddedToAnEmptyServiceOnlyWhereItsLinesAllowIt() {
        // (A file of only empty services is a fragment, so a complete one keeps this a project.)
        assertFix("cap-drop-missing", "services:\n  api: {}\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n",
                "services:\n  api: {cap_drop: [ALL]}\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n");
        // Found by fuzzing: a mapping holding only an empty merge key; a line after "api:" broke its indentation.
        var hits = catches("cap-drop-missing", "services:\n  api:\n      <<:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n");
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).fixes().isEmpty(), hits.toString());
    }

    @Test
    void aKeyIsAddedAfterAMergeKeyNestedInTheLastEntry() {
        // The service's last lines are '<<: *started' two levels down: its range ended at 'db:' and
        // cap_drop landed between 'db:' and its body (found by FixPropertyTest).
        assertFix("cap-drop-missing", "x-started: &started\n  condition: service_started\nservices:\n  api:\n    image: app:1\n    depends_on:\n"
                        + "      db:\n        <<: *started\n  db:\n    image: postgres:16\n    cap_drop: [ALL]\n",
                "x-started: &started\n  condition: service_started\nservices:\n  api:\n    image: app:1\n    depends_on:\n"
                        + "      db:\n        <<: *started\n    cap_drop: [ALL]\n  db:\n    image: postgres:16\n    cap_drop: [ALL]\n");
    }

    @Test
    void anEmptyKeyGetsItsValueAfterASpace() {
        // Found by fuzzing: "security_opt:" with no value became "security_opt:[no-new-privileges:true]".
        assertFix("no-new-privileges", "services:\n  api:\n    image: nginx:1.27\n    security_opt:\n    restart: always\n",
                "services:\n  api:\n    image: nginx:1.27\n    security_opt: [no-new-privileges:true]\n    restart: always\n");
    }

    @Test
    void privilegedTrueIsFlaggedOnTheValue() {
        catches("privileged-container", "services:\n  app:\n    image: nginx:1.27\n    privileged: «true»\n");
        catchesNot("privileged-container", "services:\n  app:\n    image: nginx:1.27\n    privileged: false\n");
    }

    @Test
    void aResetOrACredentialsFilePathIsNoSecret() {
        // !reset drops the variable the base file set; the ${VAR} fix would bring it back.
        catchesNot("hardcoded-secret", "services:\n  db:\n    image: mariadb:11.4\n    environment:\n      MYSQL_ROOT_PASSWORD: !reset null\n"
                + "      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db_password\n");
        catches("hardcoded-secret", "services:\n  db:\n    image: mariadb:11.4\n    environment:\n      MYSQL_ROOT_PASSWORD: «!override pw123»\n");
        catchesNot("hardcoded-secret", "services:\n  app:\n    image: app:1\n    environment:\n      GOOGLE_APPLICATION_CREDENTIALS: /etc/app/key.json\n");
        catchesNot("hardcoded-secret", "services:\n  app:\n    image: app:1\n    environment:\n      - GOOGLE_APPLICATION_CREDENTIALS=/etc/app/key.json\n");
        catches("hardcoded-secret", "services:\n  app:\n    image: app:1\n    environment:\n      GOOGLE_APPLICATION_CREDENTIALS: «s3cr3t-literal»\n");
    }

    @Test
    void aValueSharedThroughAliasesAndMergeKeysIsReportedOnceWhereItIsWritten() {
        var hits = catches("privileged-container", "x-base: &base\n  image: nginx:1.27\n  privileged: «true»\nservices:\n  a: *base\n  b: *base\n  c:\n    <<: *base\n");
        org.junit.jupiter.api.Assertions.assertTrue(hits.get(0).message().en().contains("'a'"), hits.toString());
        catches("hardcoded-secret", "x-env: &env\n  DB_PASSWORD: «hunter2»\nservices:\n  a: {image: nginx:1.27, environment: *env}\n  b: {image: nginx:1.27, environment: *env}\n");
    }

    @Test
    void privilegedCanBeSilencedAboveTheKey() {
        catchesNot("privileged-container",
                "services:\n  app:\n    image: nginx:1.27\n    # dockmentor-ignore privileged-container\n    privileged: true\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/var/run/docker.sock:/var/run/docker.sock", "/run/docker.sock:/var/run/docker.sock:ro"})
    void dockerSocketShortSyntax(String v) {
        catches("docker-socket-mount", "services:\n  ci:\n    image: docker:27\n    volumes:\n      - «" + v + "»\n");
    }

    @Test
    void dockerSocketLongSyntaxAndNegative() {
        catches("docker-socket-mount", "services:\n  ci:\n    image: docker:27\n    volumes:\n      - «type: bind\n        source: /var/run/docker.sock\n        target: /var/run/docker.sock»\n");
        catchesNot("docker-socket-mount", "services:\n  ci:\n    image: docker:27\n    volumes:\n      - data:/var/lib/docker\nvolumes:\n  data:\n");
    }

    @Test
    void useApiSocketMountsTheDockerSocket() {
        catches("docker-socket-mount", "services:\n  ci:\n    image: docker:27\n    use_api_socket: «true»\n");
        catchesNot("docker-socket-mount", "services:\n  ci:\n    image: docker:27\n    use_api_socket: false\n");
    }

    @Test
    void hostNetwork() {
        catches("host-network", "services:\n  app:\n    image: nginx:1.27\n    network_mode: «host»\n");
        catchesNot("host-network", "services:\n  app:\n    image: nginx:1.27\n    network_mode: bridge\n");
        catchesNot("host-network", "# dockmentor-ignore-file host-network\nservices:\n  app:\n    image: nginx:1.27\n    network_mode: host\n");
    }

    @Test
    void noNewPrivilegesFixAddsTheOption() {
        catches("no-new-privileges", "services:\n  «app»:\n    image: nginx:1.27\n");
        catchesNot("no-new-privileges", "services:\n  app:\n    image: nginx:1.27\n    security_opt:\n      - no-new-privileges:true\n");
        assertFix("no-new-privileges", "services:\n  app:\n    image: nginx:1.27\n",
                "services:\n  app:\n    image: nginx:1.27\n    security_opt: [no-new-privileges:true]\n");
        assertFix("no-new-privileges", "services:\n    app:\n        image: nginx:1.27\n        security_opt:\n            - label:disable\nvolumes: {}\n",
                "services:\n    app:\n        image: nginx:1.27\n        security_opt:\n            - label:disable\n            - no-new-privileges:true\nvolumes: {}\n");
    }

    @Test
    void capDropFixInFlowMappingAndList() {
        assertFix("cap-drop-missing", "services:\n  app: {image: nginx:1.27}\n", "services:\n  app: {image: nginx:1.27, cap_drop: [ALL]}\n");
        assertFix("cap-drop-missing", "services:\n  app:\n    image: nginx:1.27\n    cap_drop: [NET_RAW]\n",
                "services:\n  app:\n    image: nginx:1.27\n    cap_drop: [NET_RAW, ALL]\n");
        catchesNot("cap-drop-missing", "services:\n  app:\n    image: nginx:1.27\n    cap_drop: [all]\n");
    }

    @Test
    void readOnlyFixKeepsCrlf() {
        assertFix("writable-root-fs", "services:\r\n  app:\r\n    image: nginx:1.27\r\n",
                "services:\r\n  app:\r\n    image: nginx:1.27\r\n    read_only: true\r\n");
        catchesNot("writable-root-fs", "services:\n  app:\n    image: nginx:1.27\n    read_only: true\n");
    }

    @Test
    void restartPolicyFromAnchorsCounts() {
        catches("missing-restart-policy", "services:\n  «app»:\n    image: nginx:1.27\n");
        catchesNot("missing-restart-policy", "x-base: &base\n  restart: always\nservices:\n  app:\n    <<: *base\n    image: nginx:1.27\n");
        catchesNot("missing-restart-policy", "services:\n  app:\n    image: nginx:1.27\n    deploy:\n      restart_policy:\n        condition: on-failure\n");
        assertFix("missing-restart-policy", "services:\n  app:\n    image: nginx:1.27\n  db:\n    image: postgres:16\n    restart: always\n",
                "services:\n  app:\n    image: nginx:1.27\n    restart: unless-stopped\n  db:\n    image: postgres:16\n    restart: always\n");
    }
}
