#!/usr/bin/env bash
# dockmentor against the tools a user would otherwise pick, in one run, with ratios:
#   - LSP cold start and per-edit latency on the same Dockerfile and the same edits:
#       dockmentor vs dockerfile-language-server-nodejs (docker-langserver)
#   - the same on a compose file: dockmentor vs yaml-language-server with the Compose schema
#       (the schema file dclint ships, given as a local file: no network, no SchemaStore)
#   - CLI throughput on a folder of compose files: dockmentor check vs dclint
# Peers come from the npm registry, pinned, installed once into .tools/npm (git-ignored).
# dockmentor runs through ./dockmentor, the launcher users run (class-data archive, C1-only JIT).
#   bench/peers.sh                 EDITS=200 N_COMPOSE=1000 RUNS=3 THINK_MS=5000 GAP_MS=120 by default
#   JAVA_HOME=/path/to/jdk-25 bench/peers.sh   dockmentor on that java (JDK 25+: the launcher's AOT cache)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
PEERS=(dockerfile-language-server-nodejs@0.15.0 yaml-language-server@1.19.2 dclint@3.1.0)
EDITS="${EDITS:-200}"
N_COMPOSE="${N_COMPOSE:-1000}"
RUNS="${RUNS:-3}"
THINK_MS="${THINK_MS:-5000}"   # the "after a pause" rows: typing starts this long after the file opened
GAP_MS="${GAP_MS:-120}"        # the "typing" rows: a keystroke every GAP_MS ms from the moment the file opened
DF="${DF:-examples/python-api-bad/Dockerfile}"
COMPOSE="${COMPOSE:-examples/python-api-bad/docker-compose.yml}"
tools="$root/.tools/npm"
out="$root/bench/out"
mkdir -p "$tools" "$out"

# ---- install the peers (idempotent) ------------------------------------------------------
need=0
for spec in "${PEERS[@]}"; do
  name="${spec%@*}"; want="${spec##*@}"
  have="$(node -p "require('$tools/node_modules/$name/package.json').version" 2>/dev/null || true)"
  [ "$have" = "$want" ] || need=1
done
if [ "$need" = 1 ]; then
  echo "installing ${PEERS[*]} into .tools/npm"
  [ -f "$tools/package.json" ] || echo '{"name":"dockmentor-bench-peers","private":true}' > "$tools/package.json"
  (cd "$tools" && npm install --no-audit --no-fund --save-exact --loglevel=error "${PEERS[@]}" >/dev/null)
fi
schema="$tools/node_modules/dclint/schemas/compose.schema.json"
[ -f "$schema" ] || { echo "no compose schema in dclint's package: $schema" >&2; exit 1; }

./dockmentor --version >/dev/null   # builds the jar when missing or stale
dm_java="${JAVA_HOME:+$JAVA_HOME/bin/}java"   # the java ./dockmentor runs on; the JVM floor runs on it too
jar="$root/server/target/dockmentor.jar"

# ---- LSP latency ---------------------------------------------------------------------------
lsp() { # label file [java -D options...] -- server command...: each figure's median over RUNS runs
  local label="$1" file="$2"; shift 2
  local opts=()
  while [ "$1" != "--" ]; do opts+=("$1"); shift; done
  shift
  echo "== $label ($RUNS runs)" >&2
  : > "$out/$label.txt"
  for ((r = 0; r < RUNS; r++)); do
    java -Dedits="$EDITS" "${opts[@]}" -cp "$jar" bench/LspLatencyBench.java "$file" "$@" | tee -a "$out/$label.txt" | grep '^RESULT' >&2
  done
  local rs; rs="$(grep '^RESULT' "$out/$label.txt")"
  echo "RESULT cold_ms=$(med cold_ms "$rs") median_ms=$(med median_ms "$rs") p95_ms=$(med p95_ms "$rs") peak_rss_mb=$(med peak_rss_mb "$rs")"
}
med() { # field lines: the median of that field over the lines
  sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }

yaml_settings="{\"yaml\":{\"validate\":true,\"hover\":true,\"completion\":true,\"format\":{\"enable\":false},\"schemaStore\":{\"enable\":false},\"schemas\":{\"$(node -p "require('url').pathToFileURL('$schema').href")\":[\"*compose*.yml\",\"*compose*.yaml\"]}}}"

node_ls=(node "$tools/node_modules/dockerfile-language-server-nodejs/bin/docker-langserver" --stdio)
yaml_ls=(node "$tools/node_modules/yaml-language-server/bin/yaml-language-server" --stdio)
dm_df="$(lsp dockmentor-dockerfile "$DF" -- "$root/dockmentor" lsp)"
node_df="$(lsp docker-langserver-dockerfile "$DF" -- "${node_ls[@]}")"
dm_df_p="$(lsp dockmentor-dockerfile-pause "$DF" -DthinkMs="$THINK_MS" -- "$root/dockmentor" lsp)"
node_df_p="$(lsp docker-langserver-dockerfile-pause "$DF" -DthinkMs="$THINK_MS" -- "${node_ls[@]}")"
dm_df_g="$(lsp dockmentor-dockerfile-typing "$DF" -DgapMs="$GAP_MS" -- "$root/dockmentor" lsp)"
node_df_g="$(lsp docker-langserver-dockerfile-typing "$DF" -DgapMs="$GAP_MS" -- "${node_ls[@]}")"
# Transport floors: a server that does no work, answering each edit at once with no diagnostics, on each
# runtime (LSP4J on the JVM with the launcher's GC and JIT flags; plain Node). No server on that runtime can beat it.
floor_jvm="$(lsp floor-lsp4j "$DF" -- "$dm_java" -Xlog:disable -XX:+UseSerialGC -Xms32m -Xmn12m -XX:TieredStopAtLevel=1 -Xss4m -cp "$jar" "$root/bench/floor/NullLsp.java")"
floor_node="$(lsp floor-node "$DF" -- node "$root/bench/floor/null-lsp.js")"
# A 2,000-line Dockerfile (the example's instructions repeated in many stages): edits should cost what they change,
# and the heap a large file needs should not stay with the process.
bigdf="$out/big-dockerfile/Dockerfile"; mkdir -p "$(dirname "$bigdf")"
awk -v n=2000 '{ a[++m] = $0 } END { while (c < n) { k++; for (i = 1; i <= m && c < n; i++) { l = a[i]
  if (l ~ /^FROM /) { sub(/ [Aa][Ss] .*/, "", l); l = l " AS s" k "_" i }; print l; c++ } } }' "$DF" > "$bigdf"
dm_big="$(lsp dockmentor-dockerfile-2000 "$bigdf" -- "$root/dockmentor" lsp)"
node_big="$(lsp docker-langserver-dockerfile-2000 "$bigdf" -- "${node_ls[@]}")"
dm_c="$(lsp dockmentor-compose "$COMPOSE" -DlanguageId=yaml -- "$root/dockmentor" lsp)"
yaml_c="$(lsp yaml-language-server-compose "$COMPOSE" -DlanguageId=yaml "-Dsettings=$yaml_settings" -- "${yaml_ls[@]}")"

# ---- CLI throughput on compose files ---------------------------------------------------------
corpus="$out/compose-corpus"
rm -rf "$corpus"; mkdir -p "$corpus"
mapfile -t sources < <(find examples -name '*compose*.y*ml' | sort)
for ((i = 0; i < N_COMPOSE; i++)); do
  d="$corpus/p$i"; mkdir -p "$d"
  cp "${sources[$((i % ${#sources[@]}))]}" "$d/compose.yaml"
done
clock() { # label command...: median wall seconds of RUNS runs; the last run's output kept in bench/out/<label>.json
  local label="$1"; shift
  local t=()
  for ((r = 0; r < RUNS; r++)); do
    local s e; s=$(date +%s%N); "$@" >"$out/$label.json" 2>/dev/null || true; e=$(date +%s%N)
    t+=("$(awk -v a="$s" -v b="$e" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')")
  done
  printf '%s\n' "${t[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}
count() { # files reported in a JSON report (dockmentor: {files:[...]}, dclint: [...])
  node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); console.log((j.files||j).length)' "$1" 2>/dev/null || echo "?"
}
echo "== CLI on $N_COMPOSE compose files (median of $RUNS runs, process start included)" >&2
dm_s="$(clock dockmentor-cli "$root/dockmentor" check --fail-on never --format json "$corpus")"
dclint_s="$(clock dclint-cli node "$tools/node_modules/dclint/bin/dclint.cjs" -r -f json "$corpus")"
dm_files="$(count "$out/dockmentor-cli.json")"
dclint_files="$(count "$out/dclint-cli.json")"
echo "dockmentor ${dm_s}s, dclint ${dclint_s}s" >&2
dm_fps="$(awk -v n="$N_COMPOSE" -v s="$dm_s" 'BEGIN { printf "%.0f", n / s }')"
# Warm throughput: the same corpus five times over; the extra files over the extra time leaves out
# JVM start and JIT warm-up (dclint is not run on it: at its speed it would take minutes).
big="$out/compose-corpus-x5"
rm -rf "$big"; mkdir -p "$big"
for ((k = 0; k < 5; k++)); do cp -r "$corpus" "$big/c$k"; done
dm_big_s="$(clock dockmentor-cli-x5 "$root/dockmentor" check --fail-on never --format json "$big")"
dm_warm_fps="$(awk -v n="$N_COMPOSE" -v a="$dm_s" -v b="$dm_big_s" 'BEGIN { if (b > a) printf "%.0f", 4 * n / (b - a); else print "n/a" }')"
echo "dockmentor on $((5 * N_COMPOSE)) files: ${dm_big_s}s (warm: $dm_warm_fps files/s)" >&2
dclint_fps="$(awk -v n="$N_COMPOSE" -v s="$dclint_s" 'BEGIN { printf "%.0f", n / s }')"

# ---- table -----------------------------------------------------------------------------------
cat <<TABLE

| Measure | dockmentor | peer | peer / dockmentor |
|---|---|---|---|
| Dockerfile LSP cold start (ms), vs docker-langserver | $(field cold_ms "$dm_df") | $(field cold_ms "$node_df") | $(ratio "$(field cold_ms "$node_df")" "$(field cold_ms "$dm_df")")× |
| Dockerfile per-edit latency, median (ms) | $(field median_ms "$dm_df") | $(field median_ms "$node_df") | $(ratio "$(field median_ms "$node_df")" "$(field median_ms "$dm_df")")× |
| Dockerfile per-edit latency, p95 (ms) | $(field p95_ms "$dm_df") | $(field p95_ms "$node_df") | $(ratio "$(field p95_ms "$node_df")" "$(field p95_ms "$dm_df")")× |
| Dockerfile per-edit latency typing from the start, a keystroke every ${GAP_MS} ms, median (ms) | $(field median_ms "$dm_df_g") | $(field median_ms "$node_df_g") | $(ratio "$(field median_ms "$node_df_g")" "$(field median_ms "$dm_df_g")")× |
| Dockerfile per-edit latency typing from the start, a keystroke every ${GAP_MS} ms, p95 (ms) | $(field p95_ms "$dm_df_g") | $(field p95_ms "$node_df_g") | $(ratio "$(field p95_ms "$node_df_g")" "$(field p95_ms "$dm_df_g")")× |
| Dockerfile per-edit latency after a ${THINK_MS} ms pause, median (ms) | $(field median_ms "$dm_df_p") | $(field median_ms "$node_df_p") | $(ratio "$(field median_ms "$node_df_p")" "$(field median_ms "$dm_df_p")")× |
| Dockerfile per-edit latency after a ${THINK_MS} ms pause, p95 (ms) | $(field p95_ms "$dm_df_p") | $(field p95_ms "$node_df_p") | $(ratio "$(field p95_ms "$node_df_p")" "$(field p95_ms "$dm_df_p")")× |
| 2,000-line Dockerfile per-edit latency, p95 (ms) | $(field p95_ms "$dm_big") | $(field p95_ms "$node_big") | $(ratio "$(field p95_ms "$node_big")" "$(field p95_ms "$dm_big")")× |
| Peak resident memory over the 2,000-line editing run (MB) | $(field peak_rss_mb "$dm_big") | $(field peak_rss_mb "$node_big") | $(ratio "$(field peak_rss_mb "$node_big")" "$(field peak_rss_mb "$dm_big")")× |
| Peak resident memory over the small Dockerfile's editing run (MB) | $(field peak_rss_mb "$dm_df") | $(field peak_rss_mb "$node_df") | $(ratio "$(field peak_rss_mb "$node_df")" "$(field peak_rss_mb "$dm_df")")× |
| Transport floor per edit, median (ms): a do-nothing server, LSP4J on the JVM / plain Node | $(field median_ms "$floor_jvm") | $(field median_ms "$floor_node") | |
| Compose LSP cold start (ms), vs yaml-language-server + Compose schema | $(field cold_ms "$dm_c") | $(field cold_ms "$yaml_c") | $(ratio "$(field cold_ms "$yaml_c")" "$(field cold_ms "$dm_c")")× |
| Compose per-edit latency, median (ms) | $(field median_ms "$dm_c") | $(field median_ms "$yaml_c") | $(ratio "$(field median_ms "$yaml_c")" "$(field median_ms "$dm_c")")× |
| Compose per-edit latency, p95 (ms) | $(field p95_ms "$dm_c") | $(field p95_ms "$yaml_c") | $(ratio "$(field p95_ms "$yaml_c")" "$(field p95_ms "$dm_c")")× |
| CLI, $N_COMPOSE compose files (files/s, one process), vs dclint | $dm_fps | $dclint_fps | $(ratio "$dm_fps" "$dclint_fps")× faster |
| CLI warm (files/s: 4×$N_COMPOSE extra files over the extra time) | $dm_warm_fps | | |

Files reported: dockmentor $dm_files, dclint $dclint_files (of $N_COMPOSE). Peers: ${PEERS[*]}; node $(node --version); dockmentor's and the JVM floor's java (\$JAVA_HOME/bin/java, else java): $("$dm_java" -version 2>&1 | head -1); harness: $(java -version 2>&1 | head -1).
TABLE
