#!/usr/bin/env bash
# Editor-client tests: builds the VS Code extension (.vsix, universal + linux-x64) and runs the real-VS-Code e2e
# (code-server 4.100.3 + headless chromium). The IntelliJ plugin's logic is tested by `mvn verify` (intellij-plugin module).
# Env: SKIP_RUNTIME=1 builds only the universal .vsix; E2E_* variables pass through to vscode-extension/e2e/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
# The linux-x64 package carries the newest JDK 25+ installed under /usr/lib/jvm when there is one, as a release
# should (faster start through the AOT cache): the e2e then runs that path. Else the build machine's JDK.
if [ -z "${DOCKMENTOR_RUNTIME_JDK:-}" ]; then
  newest=24
  for j in /usr/lib/jvm/*/; do
    [ -x "$j/bin/jlink" ] || continue
    v=$("$j/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    case "$v" in ''|1.*) continue ;; esac
    if [ "${v%%.*}" -gt "$newest" ]; then newest=${v%%.*}; export DOCKMENTOR_RUNTIME_JDK="${j%/}"; fi
  done
fi
echo "test-clients: linux-x64 runtime from ${DOCKMENTOR_RUNTIME_JDK:-the JDK on JAVA_HOME or PATH}"
built=$(mktemp); trap 'rm -f "$built"' EXIT
timeout -k 10 "${CLIENT_BUILD_TIMEOUT_S:-420}" vscode-extension/build.sh
# The e2e runs on each package this build made: the universal one finds the machine's Java, the linux-x64 one
# uses its own runtime (and, built from a JDK 25+, records and uses an AOT cache).
V=$(node -p "require('./vscode-extension/package.json').version")
for vsix in "vscode-extension/dockmentor-$V.vsix" "vscode-extension/dockmentor-linux-x64-$V.vsix"; do
  [ "$vsix" -nt "$built" ] || continue
  echo "test-clients: e2e with $vsix"
  E2E_COMPOSE="${E2E_COMPOSE:-1}" timeout -k 10 "${CLIENT_E2E_TIMEOUT_S:-600}" vscode-extension/e2e/run.sh "$vsix"
done
echo "test-clients: done in $(( $(date +%s) - start )) s"
