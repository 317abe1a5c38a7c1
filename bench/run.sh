#!/usr/bin/env bash
# Runs dockmentor's benchmarks against the built jar and prints the figures.
#   bench/run.sh            throughput (files/s, 2,000-line file) + LSP cold start and per-edit latency,
#                           typing at once and after a 5 s pause (the server warms up while idle)
# The server runs through ./dockmentor, as users run it. bench/peers.sh compares with other tools.
set -euo pipefail
cd "$(dirname "$0")/.."
./dockmentor --version >/dev/null   # builds the jar when missing or stale
jar=server/target/dockmentor.jar
echo "== parse+lint throughput"
java -cp "$jar" bench/ThroughputBench.java .
echo
echo "== language server (stdio JSON-RPC)"
for f in examples/python-api-bad/Dockerfile examples/python-api-bad/docker-compose.yml; do
  echo "-- $f, typing at once"
  java -cp "$jar" bench/LspLatencyBench.java "$f" ./dockmentor lsp
  echo "-- $f, typing after a 5 s pause"
  java -DthinkMs=5000 -cp "$jar" bench/LspLatencyBench.java "$f" ./dockmentor lsp
done
