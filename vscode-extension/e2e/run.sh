#!/usr/bin/env bash
# End-to-end test of the dockmentor extension in a real VS Code (code-server 4.100.3 + headless Debian chromium).
# Usage: vscode-extension/e2e/run.sh [extension.vsix]      (default: vscode-extension/dockmentor-<version>.vsix)
# Env:   E2E_DOCKERFILE   (default examples/python-api-bad/Dockerfile)          required part
#        E2E_COMPOSE_FILE (default examples/python-api-bad/docker-compose.yml)
#        E2E_COMPOSE      auto (default: SKIP when the server reports nothing for the compose file), 1 (required), 0 (skip)
#        E2E_LOCALES      (default "en es"), E2E_TIMEOUT_MS (default 60000 per wait), DOCKMENTOR_TOOLS (default <repo>/.tools)
#        E2E_ARCHIVE      1 (default): the first session must record the start-up archive, the next must start with it; 0 skips
#        KEEP_TMP=1 keeps the temp dirs (logs, user data). Screenshots of failures go to vscode-extension/e2e/out/.
# Exit 0 only when every check passed.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
EXT=$(cd "$HERE/.." && pwd)
REPO=$(cd "$EXT/.." && pwd)
V=$(node -p "require('$EXT/package.json').version")
VSIX=$(realpath "${1:-$EXT/dockmentor-$V.vsix}")
[ -f "$VSIX" ] || { echo "no $VSIX: run vscode-extension/build.sh first" >&2; exit 2; }
DOCKERFILE=$(realpath "${E2E_DOCKERFILE:-$REPO/examples/python-api-bad/Dockerfile}")
COMPOSE_FILE=$(realpath "${E2E_COMPOSE_FILE:-$REPO/examples/python-api-bad/docker-compose.yml}")
COMPOSE_MODE=${E2E_COMPOSE:-auto}
LOCALES=${E2E_LOCALES:-en es}
TIMEOUT_MS=${E2E_TIMEOUT_MS:-60000}
OUT="$HERE/out"; mkdir -p "$OUT"; rm -f "$OUT"/*.png

TOOLS=$("$HERE/install-tools.sh" | tail -1)
CS="$TOOLS/code-server-${CODE_SERVER_VERSION:-4.100.3}/node_modules/.bin/code-server"
export NODE_PATH="$TOOLS/playwright/node_modules"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dockmentor-e2e.XXXXXX")
PID=""
PSWATCH=""
cleanup() {
  if [ -n "$PSWATCH" ]; then kill "$PSWATCH" 2>/dev/null || true; PSWATCH=""; fi
  if [ -n "$PID" ]; then kill -- "-$PID" 2>/dev/null || true; sleep 0.5; kill -9 -- "-$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  PID=""
}
trap 'cleanup; [ -n "${KEEP_TMP:-}" ] && echo "kept $TMP" >&2 || rm -rf "$TMP"' EXIT
trap 'exit 130' INT TERM

# The jar inside the .vsix computes the expectations through the CLI (same analysis core as the LSP server).
unzip -p "$VSIX" extension/server/dockmentor.jar > "$TMP/dockmentor.jar"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

mkdir -p "$TMP/ext"
"$CS" --extensions-dir "$TMP/ext" --user-data-dir "$TMP/install-data" --install-extension "$VSIX" >"$TMP/install.log" 2>&1 \
  || { cat "$TMP/install.log" >&2; exit 1; }
echo "installed $(basename "$VSIX") into code-server $("$CS" --version | head -1)"

# The server's own command line (one ps line), run again with the archive made mandatory (-Xshare:on for AppCDS,
# -XX:AOTMode=on for an AOT cache: the JVM then exits with an error instead of starting without it), asked for
# its version instead of serving.
strict_check() {
  local -a cmd; read -r -a cmd <<<"$1"
  local strict=-Xshare:on
  [[ "$1" == *"-XX:AOTCache="* ]] && strict=-XX:AOTMode=on
  local i jar=-1
  for ((i = 1; i < ${#cmd[@]}; i++)); do [ "${cmd[$i]}" = -jar ] && { jar=$i; break; }; done
  # java [flags] -jar <jar> lsp [--stdio, added by the language client]
  [ "$jar" -gt 0 ] && [ "${cmd[$jar+2]:-}" = lsp ] || { echo "not a server command line: $1"; return 1; }
  "${cmd[0]}" "$strict" "${cmd[@]:1:$jar+1}" --version
}
overall=0; summary=()
ARCHIVE=""   # the start-up archive the first session recorded; seeded into the next session's global storage
STORE_ID=$(node -p "const p=require('$EXT/package.json'); p.publisher + '.' + p.name")
for LOC in $LOCALES; do
  WS="$TMP/ws-$LOC"; mkdir -p "$WS"
  cp -r "$(dirname "$DOCKERFILE")/." "$WS/"
  cp "$COMPOSE_FILE" "$WS/$(basename "$COMPOSE_FILE")"
  DF="$(basename "$DOCKERFILE")"; CF="$(basename "$COMPOSE_FILE")"
  exp_df=$(node "$HERE/expect.cjs" "$JAVA" "$TMP/dockmentor.jar" "$WS/$DF" "$LOC")
  exp_cf=$(node "$HERE/expect.cjs" "$JAVA" "$TMP/dockmentor.jar" "$WS/$CF" "$LOC")
  scen=()
  if [ "$(node -p "JSON.parse(process.argv[1]).none===true" "$exp_df")" = true ]; then
    echo "FAIL [$LOC] dockerfile: the server reports no finding in $DOCKERFILE, so there is nothing to see in the editor"; overall=1
  else
    scen+=("$(node -p "JSON.stringify({name:'dockerfile',file:process.argv[2],...JSON.parse(process.argv[1])})" "$exp_df" "$DF")")
  fi
  if [ "$COMPOSE_MODE" = 0 ]; then
    echo "SKIP [$LOC] compose: E2E_COMPOSE=0"
  elif [ "$(node -p "JSON.parse(process.argv[1]).none===true" "$exp_cf")" = true ]; then
    if [ "$COMPOSE_MODE" = 1 ]; then echo "FAIL [$LOC] compose: the server reports no finding in $COMPOSE_FILE"; overall=1
    else echo "SKIP [$LOC] compose: the server reports no compose diagnostics for $(basename "$COMPOSE_FILE") yet (E2E_COMPOSE=1 makes this a failure)"; fi
  else
    scen+=("$(node -p "JSON.stringify({name:'compose',file:process.argv[2],...JSON.parse(process.argv[1])})" "$exp_cf" "$CF")")
  fi
  [ ${#scen[@]} -gt 0 ] || continue
  # Format Document and Rename Symbol on a file of our own: the expected text comes from the CLI's format (same core).
  printf 'from alpine:3.20 as build\nrun echo hi > /out.txt &&\\\n  echo there\n\n\n\nfrom alpine:3.20\ncopy --from=build /out.txt /out.txt\n' > "$WS/format-me.dockerfile"
  FMT_EXPECTED=$("$JAVA" -jar "$TMP/dockmentor.jar" format - < "$WS/format-me.dockerfile"; printf x)
  FMT_EXPECTED=${FMT_EXPECTED%x}

  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  DATA="$TMP/data-$LOC"; mkdir -p "$DATA/User"
  STORE="$DATA/User/globalStorage/$STORE_ID"
  if [ -n "$ARCHIVE" ]; then mkdir -p "$STORE"; cp "$ARCHIVE" "$STORE/"; fi
  cat > "$DATA/User/settings.json" <<JSON
{ "security.workspace.trust.enabled": false, "workbench.startupEditor": "none", "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false, "update.mode": "none",
  "workbench.tips.enabled": false, "workbench.enableExperiments": false, "chat.disableAIFeatures": true,
  "editor.hover.delay": 200, "editor.lightbulb.enabled": "on", "files.autoSave": "off",
  "editor.detectIndentation": false, "editor.tabSize": 4, "editor.insertSpaces": true,
  "dockmentor.locale": "$LOC" }
JSON
  printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$TMP/config-$LOC.yaml"
  setsid "$CS" --config "$TMP/config-$LOC.yaml" --extensions-dir "$TMP/ext" --user-data-dir "$DATA" \
      --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
      --disable-workspace-trust --disable-getting-started-override "$WS" > "$TMP/code-server-$LOC.log" 2>&1 &
  PID=$!     # setsid: code-server leads its own process group; cleanup ends it with its extension host and the Java server
  for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
  node -e 'const [url,folder,locale,shotDir,t,fmt,...s]=process.argv.slice(1);
           console.log(JSON.stringify({url,folder,locale,shotDir,timeoutMs:Number(t),
             format:{file:"format-me.dockerfile",expected:fmt,stage:"build",renamed:"builder"},scenarios:s.map(x=>JSON.parse(x))}))' \
       "http://127.0.0.1:$PORT" "$WS" "$LOC" "$OUT" "$TIMEOUT_MS" "$FMT_EXPECTED" "${scen[@]}" > "$TMP/spec-$LOC.json"
  rc=0
  # The server's command lines, seen while the session runs: once the browser closes, code-server may end the
  # extension host (and the server) before a later `ps` looks (it did, once in three CI runs).
  ( while :; do ps -ww -eo args | grep -F -- "$STORE/" | grep -v grep >> "$TMP/ps-$LOC.txt" || true; sleep 0.5; done ) &
  PSWATCH=$!
  timeout -k 10 "${E2E_SESSION_TIMEOUT_S:-300}" node "$HERE/vscode-e2e.cjs" "$TMP/spec-$LOC.json" | tee "$TMP/result-$LOC.txt" || rc=$?
  kill "$PSWATCH" 2>/dev/null || true; wait "$PSWATCH" 2>/dev/null || true; PSWATCH=""
  # The start-up archive (an AOT cache on Java 25+, else AppCDS; see src/cds.ts). The first session records it
  # in the background (~3 s on Java 17, ~9 s on 25); the next one, seeded with it, must start its server with it
  # and the JVM must not refuse it (it warns on stderr, which the output channel shows).
  if [ "$rc" = 0 ] && [ "${E2E_ARCHIVE:-1}" != 0 ]; then
    if [ -z "$ARCHIVE" ]; then
      for _ in $(seq 1 300); do
        compgen -G "$STORE/dockmentor-*.jsa" >/dev/null || compgen -G "$STORE/*.failed" >/dev/null && break
        sleep 0.2
      done
      if compgen -G "$STORE/dockmentor-*.jsa" >/dev/null; then
        ARCHIVE=$(ls "$STORE"/dockmentor-*.jsa | head -1)
        echo "PASS [$LOC] archive: recorded $(basename "$ARCHIVE") ($(du -h "$ARCHIVE" | cut -f1)) for the next start"
      else
        echo "FAIL [$LOC] archive: none recorded in 60 s: $(cat "$STORE"/*.failed 2>/dev/null || echo 'no marker either')"; rc=1
      fi
    else
      args=$( { cat "$TMP/ps-$LOC.txt" 2>/dev/null; ps -ww -eo args; } | grep -F -- "$STORE/$(basename "$ARCHIVE")" | grep -v grep | sort -u || true)
      warned=$(find "$DATA/logs" -name '*dockmentor*.log' -exec grep -hE '\[warning\]\[(cds|aot)' {} + 2>/dev/null | head -3 || true)
      if [[ "$args" != *"-XX:AOTCache=$STORE/"* && "$args" != *"-XX:SharedArchiveFile=$STORE/"* ]]; then
        echo "FAIL [$LOC] archive: the server did not start with $(basename "$ARCHIVE"): ${args:-no java process names it}"; rc=1
      elif [ -n "$warned" ]; then
        echo "FAIL [$LOC] archive: the JVM refused it: $warned"; rc=1
      elif ! strict_check "$(head -1 <<<"$args")" >"$TMP/strict-$LOC.log" 2>&1; then
        echo "FAIL [$LOC] archive: the server's JVM cannot use it: $(tail -3 "$TMP/strict-$LOC.log")"; rc=1
      else
        echo "PASS [$LOC] archive: the server started with the recorded archive ($(grep -oE -- '-XX:(AOTCache|SharedArchiveFile)=' <<<"$args" | head -1)...)"
      fi
    fi
  fi
  if [ "$rc" != 0 ]; then
    overall=1
    echo "--- code-server log (tail)"; tail -n 15 "$TMP/code-server-$LOC.log"
    echo "--- dockmentor output channel (tail)"; find "$DATA/logs" -name '*dockmentor*.log' -exec tail -n 30 {} + 2>/dev/null || true
  fi
  summary+=("$(grep '"summary"' "$TMP/result-$LOC.txt" || echo "{\"summary\":{\"locale\":\"$LOC\",\"ok\":false}}")")
  cleanup
done
printf '%s\n' "${summary[@]}"
if [ "$overall" = 0 ]; then echo "E2E: PASS"; else echo "E2E: FAIL (screenshots in $OUT)"; fi
exit "$overall"
