#!/usr/bin/env bash
# Runs every test of the project (the README's test command; .ci/run calls exactly this).
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-test-deps.sh        # Debian's neovim for the real-client LSP test (idempotent)
mvn -B -ntp verify
