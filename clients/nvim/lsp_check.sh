#!/usr/bin/env sh
# lsp_check.sh FILE SERVER-ARGV...   e.g.  clients/nvim/lsp_check.sh Dockerfile ./dockmentor lsp
# Runs headless Neovim as the LSP client (see lsp_check.lua for env options and exit codes).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
FILE=${1:?usage: lsp_check.sh FILE SERVER-ARGV...}; shift
[ $# -gt 0 ] || { echo "usage: lsp_check.sh FILE SERVER-ARGV..." >&2; exit 2; }
NVIM=${NVIM:-$(command -v nvim || true)}
[ -n "$NVIM" ] || { echo "lsp_check.sh: nvim not found (scripts/install-test-deps.sh installs it)" >&2; exit 2; }
# JSON argv without python: escape backslashes and quotes of each argument.
LSP_CMD="["; SEP=""
for a in "$@"; do
  e=$(printf '%s' "$a" | sed 's/\\/\\\\/g; s/"/\\"/g')
  LSP_CMD="$LSP_CMD$SEP\"$e\""; SEP=","
done
LSP_CMD="$LSP_CMD]"
export LSP_CMD LSP_FILE="$FILE"
LIMIT=$(( ${LSP_TIMEOUT_MS:-20000} * 3 / 1000 + 30 ))
exec timeout -k 5 "$LIMIT" "$NVIM" --headless --clean -u NONE -i NONE -c "luafile $HERE/lsp_check.lua" </dev/null
