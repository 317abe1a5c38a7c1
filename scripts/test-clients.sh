#!/usr/bin/env bash
# Editor-client tests: builds the VS Code extension (.vsix, universal + linux-x64) and runs the real-VS-Code e2e
# (code-server 4.100.3 + headless chromium). The IntelliJ plugin's logic is tested by `mvn verify` (intellij-plugin module).
# Env: SKIP_RUNTIME=1 builds only the universal .vsix; E2E_* variables pass through to vscode-extension/e2e/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
timeout -k 10 "${CLIENT_BUILD_TIMEOUT_S:-420}" vscode-extension/build.sh
E2E_COMPOSE="${E2E_COMPOSE:-1}" timeout -k 10 "${CLIENT_E2E_TIMEOUT_S:-600}" vscode-extension/e2e/run.sh
echo "test-clients: done in $(( $(date +%s) - start )) s"
