#!/usr/bin/env bash
# Builds the dockmentor VS Code extension: npm ci, type-check, bundle (esbuild), copy the server jar, and package
#   dockmentor-<version>.vsix            universal: finds a Java 17+ (setting, JAVA_HOME, PATH)
#   dockmentor-linux-x64-<version>.vsix  the same plus a jlink'ed Java runtime with only the modules the server needs
# The version is the Maven project version; package.json must carry the same number.
# Env: SKIP_RUNTIME=1 (universal only), DOCKMENTOR_JAR=path (use this jar instead of building server/target/dockmentor.jar),
#      DOCKMENTOR_RUNTIME_JDK=/path/to/jdk (the JDK the linux-x64 runtime is made from; default JAVA_HOME, else PATH)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
cd "$HERE"
log() { echo "[build] $*" >&2; }
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

# One version for server and extension.
MVN_VERSION=$(sed -n '/<artifactId>dockmentor-parent<\/artifactId>/,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' "$REPO/pom.xml" | head -1)
PKG_VERSION=$(node -p "require('./package.json').version")
[ "$MVN_VERSION" = "$PKG_VERSION" ] || { echo "version mismatch: pom.xml $MVN_VERSION, package.json $PKG_VERSION" >&2; exit 1; }
V=$PKG_VERSION

# npm ci (skipped when node_modules was installed by npm ci from this very package-lock.json)
if [ -z "${FORCE_NPM_CI:-}" ] && cmp -s package-lock.json node_modules/.dockmentor-lock; then
  log "node_modules matches package-lock.json (FORCE_NPM_CI=1 to reinstall)"
else
  log "npm ci"; npm ci --no-audit --no-fund >&2; cp package-lock.json node_modules/.dockmentor-lock
fi

log "type-check"; npx --no-install tsc --noEmit -p .
log "unit check (storage clean-up)"
UNIT=$(mktemp -d); npx --no-install esbuild src/cds.ts --bundle --platform=node --format=cjs --outfile="$UNIT/cds.js" --log-level=warning
node e2e/storage-test.cjs "$UNIT/cds.js"; rm -rf "$UNIT"
log "bundle"; rm -rf dist
npx --no-install esbuild src/extension.ts --bundle --platform=node --format=cjs --external:vscode --target=node20 \
    --minify --outfile=dist/extension.js --log-level=warning

JAR=${DOCKMENTOR_JAR:-$REPO/server/target/dockmentor.jar}
if [ -z "${DOCKMENTOR_JAR:-}" ]; then
  if [ ! -f "$JAR" ] || [ -n "$(find "$REPO/pom.xml" "$REPO/server/pom.xml" "$REPO/server/src/main" "$REPO/docs/rules" -newer "$JAR" -print -quit 2>/dev/null)" ]; then
    log "mvn package (server jar)"; (cd "$REPO" && mvn -q -B -ntp -DskipTests -pl server -am package >&2)
  fi
fi
[ -f "$JAR" ] || { echo "no server jar at $JAR" >&2; exit 1; }
mkdir -p server; cp "$JAR" server/dockmentor.jar

VSCE=(npx --no-install vsce package --no-dependencies --allow-missing-repository --skip-license)
rm -rf runtime
log "vsce package (universal)"
"${VSCE[@]}" -o "dockmentor-$V.vsix" >&2

if [ -n "${SKIP_RUNTIME:-}" ]; then log "SKIP_RUNTIME set: no linux-x64 package"; exit 0; fi
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then log "not on linux-x64: no linux-x64 package"; exit 0; fi

# jlink runtime, only the modules the server needs, from DOCKMENTOR_RUNTIME_JDK (a JDK home) or else the build
# machine's JDK (JAVA_HOME, else PATH). A JDK 25+ is worth it: the extension then records an AOT cache instead of
# a class-data archive (src/cds.ts), and the server's cold start drops from ~440 to ~290 ms on the 2-core
# reference machine (docs/hardening.md, section 6).
RUNTIME_JDK=${DOCKMENTOR_RUNTIME_JDK:-${JAVA_HOME:-}}
JDK_BIN=${RUNTIME_JDK:+$RUNTIME_JDK/bin/}
JLINK=${JDK_BIN}jlink; JDEPS=${JDK_BIN}jdeps
MODULES=$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 server/dockmentor.jar)
MODULES="$MODULES,jdk.zipfs"   # the server reads its rule pages from the jar
JLINK_MAJOR=$("$JLINK" --version | cut -d. -f1)
if [ "$JLINK_MAJOR" -ge 21 ]; then COMPRESS=--compress=zip-6; else COMPRESS=--compress=2; fi
log "jlink $JLINK_MAJOR: $MODULES"
"$JLINK" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages $COMPRESS --output runtime
# The JDK's default class-data archive (jlink leaves it out): the JVM starts faster with it, and the
# extension's own archive of the server's classes (src/cds.ts) can only be recorded on top of it.
# ~12 MB unpacked; LSP cold start with both 700 -> 470 ms on the 2-core reference machine.
runtime/bin/java -Xshare:dump -Xlog:disable >/dev/null
runtime/bin/java -jar server/dockmentor.jar --version >&2
RUNTIME_SIZE=$(du -sh runtime | cut -f1)
log "vsce package (linux-x64, runtime $RUNTIME_SIZE)"
"${VSCE[@]}" --target linux-x64 -o "dockmentor-linux-x64-$V.vsix" >&2
rm -rf runtime

for f in "dockmentor-$V.vsix" "dockmentor-linux-x64-$V.vsix"; do
  printf '%s\t%s\n' "$(du -h "$f" | cut -f1)" "$HERE/$f"
done
echo "runtime: $RUNTIME_SIZE unpacked ($MODULES)"
