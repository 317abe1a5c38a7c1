#!/usr/bin/env bash
# Runs every test of the project (the README's test command; .ci/run calls exactly this):
# the Maven suite (core, CLI, language server with headless Neovim, IntelliJ plugin logic),
# then the VS Code extension built and driven in a real VS Code (code-server + headless Chromium).
# Set SKIP_CLIENT_TESTS=1 to run only the Maven suite.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-test-deps.sh        # Debian's neovim for the real-client LSP test (idempotent)
mvn -B -ntp verify
if [ "${SKIP_CLIENT_TESTS:-0}" != 1 ]; then
  scripts/test-clients.sh
fi
