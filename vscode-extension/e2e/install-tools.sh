#!/usr/bin/env bash
# Installs what the real-VS-Code test needs, idempotently, with no downloads outside Debian and npm:
#   Debian: chromium, ripgrep (apt-get only when missing; needs root or sudo)
#   npm:    code-server 4.100.3 and playwright-core, into <tools-dir> (default: <repo>/.tools, git-ignored)
# code-server pitfalls handled here (see the README's "How the e2e works"): its postinstall refuses root,
# @vscode/ripgrep's postinstall downloads rg from GitHub (we seed Debian's rg), node-gyp must use local headers.
# Usage: install-tools.sh [tools-dir]     prints the tools dir on its last line
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
TOOLS=${1:-${DOCKMENTOR_TOOLS:-$REPO/.tools}}
CS_VERSION=${CODE_SERVER_VERSION:-4.100.3}
PW_VERSION=${PLAYWRIGHT_CORE_VERSION:-1.65.1}
log() { echo "[install-tools] $*" >&2; }

missing=()
command -v chromium >/dev/null || [ -n "${CHROMIUM:-}" ] || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)   # code-server's `kerberos` native module
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
fi

export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false npm_config_yes=true
mkdir -p "$TOOLS"

# playwright-core: drives the system chromium (no browser download).
PW="$TOOLS/playwright"
if [ ! -f "$PW/node_modules/playwright-core/package.json" ] || \
   [ "$(node -p "require('$PW/node_modules/playwright-core/package.json').version")" != "$PW_VERSION" ]; then
  log "npm install playwright-core@$PW_VERSION"
  mkdir -p "$PW"; echo '{"name":"dockmentor-e2e-playwright","private":true}' > "$PW/package.json"
  (cd "$PW" && npm install --no-save --ignore-scripts "playwright-core@$PW_VERSION" >&2)
fi

# code-server from npm (4.100.3 is the newest release whose engines accept Node 20).
CS="$TOOLS/code-server-$CS_VERSION"
if [ ! -x "$CS/node_modules/.bin/code-server" ] || [ ! -f "$CS/.complete" ]; then
  log "npm install code-server@$CS_VERSION (about a minute, ~300 MB)"
  rm -rf "$CS"; mkdir -p "$CS"
  [ -f /usr/include/node/node.h ] && export npm_config_nodedir=${npm_config_nodedir:-/usr}
  export npm_config_dangerously_allow_all_scripts=true
  (
    cd "$CS"
    echo '{"name":"dockmentor-e2e-code-server","private":true}' > package.json
    npm install --no-save --ignore-scripts "code-server@$CS_VERSION" >&2
    (cd node_modules/argon2 && npm rebuild --foreground-scripts >/dev/null 2>&1)
    cd node_modules/code-server/lib/vscode
    npm install --omit=dev --ignore-scripts >&2
    mkdir -p node_modules/@vscode/ripgrep/bin
    ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    npm rebuild >/dev/null 2>&1 || { npm rebuild >&2; exit 1; }   # node-pty, spdlog, watcher, kerberos, ...
    # the rest of code-server's own postinstall.sh
    ln -sfn node_modules node_modules.asar
    (cd bin/remote-cli && ln -sf code-linux.sh code-server)
    (cd bin/helpers && ln -sf browser-linux.sh browser.sh)
    (cd extensions && npm install --omit=dev >/dev/null 2>&1)
  )
  "$CS/node_modules/.bin/code-server" --version >&2
  touch "$CS/.complete"
fi
echo "$TOOLS"
