#!/usr/bin/env bash
# Runs dockmentor's benchmarks against the built jar and prints the figures.
#   bench/run.sh            throughput (files/s, 2,000-line file) + LSP cold start and per-edit latency
set -euo pipefail
cd "$(dirname "$0")/.."
./dockmentor --version >/dev/null   # builds the jar when missing or stale
jar=server/target/dockmentor.jar
echo "== parse+lint throughput"
java -cp "$jar" bench/ThroughputBench.java .
echo
echo "== language server (stdio JSON-RPC)"
java -cp "$jar" bench/LspLatencyBench.java examples/python-api-bad/Dockerfile java -jar "$jar" lsp
