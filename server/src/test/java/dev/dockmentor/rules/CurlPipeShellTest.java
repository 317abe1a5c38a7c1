package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurlPipeShellTest {
    @ParameterizedTest
    @ValueSource(strings = {"curl -fsSL https://get.example.com | sh", "wget -qO- https://x.example/i.sh | bash",
            "curl -s https://x.example/i | sudo -E bash -", "curl -sL https://x.example/i | sh -s -- --yes",
            "curl -s https://x.example/i | tee /tmp/i.sh | zsh", "curl https://x.example/i | /bin/dash",
            "curl -fsSL -o - https://x.example/i | sh", "wget -q -O - https://x.example/i.sh | sh",
            "wget --output-document=/dev/stdout https://x.example/i.sh | bash"})
    void flagsARemoteScriptPipedIntoAShell(String cmd) {
        catches("curl-pipe-shell", "FROM debian:12-slim\nRUN " + cmd + "\n");
    }

    @Test
    void rangeCoversThePipelineOnly() {
        catches("curl-pipe-shell", "FROM debian:12-slim\nRUN apt-get update && «curl -fsSL https://get.example.com | sh» && rm -rf /tmp/x\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl -fsSLo /tmp/i.sh https://x.example/i.sh && sh /tmp/i.sh",
            "curl -fsSL https://x.example/a.tgz | sha256sum", "curl -fsSL https://x.example/a.tgz | tar -xz",
            "curl -fsSL https://x.example/a | python3", "echo hi | sh", "curl -s https://x.example | bash -c 'cat > /tmp/x'",
            // The download goes to a file: nothing reaches the shell (laradock's wp-cli line).
            "curl -fsSL -o /usr/local/bin/wp https://x.example/wp-cli.phar | bash", "curl -fsSLO https://x.example/i.sh | sh",
            "wget https://x.example/i.sh | sh", "wget -qO /tmp/i.sh https://x.example/i.sh | sh"})
    void acceptsDownloadsThatAreNotPipedIntoAShell(String cmd) {
        catchesNot("curl-pipe-shell", "FROM debian:12-slim\nRUN " + cmd + "\n");
    }

    @Test
    void firesInBuilderStagesAndHeredocsToo() {
        catches("curl-pipe-shell", "FROM debian:12-slim AS build\nRUN <<EOF\nset -e\n«curl -fsSL https://sh.rustup.rs | sh -s -- -y»\nEOF\n"
                + "FROM debian:12-slim\nCMD [\"true\"]\n");
    }

    @Test
    void silencedByItsId() {
        catchesNot("curl-pipe-shell", "FROM debian:12-slim\n# dockmentor-ignore curl-pipe-shell\nRUN curl -fsSL https://get.example.com | sh\n");
    }
}
