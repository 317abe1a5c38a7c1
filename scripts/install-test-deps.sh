#!/usr/bin/env sh
# Installs what the optional editor-client tests need (Debian/Ubuntu): headless Neovim.
# Idempotent and quiet: does nothing when nvim is already on PATH; never fails the build when
# it cannot install (the Neovim test then skips with a clear reason).
set -u
if command -v nvim >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: apt-get not found; install Neovim (>= 0.7) yourself to run the Neovim client test" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "install-test-deps: not root and no sudo; skipping Neovim" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -qq update >/dev/null 2>&1 || true
if ! $SUDO apt-get -qq install -y --no-install-recommends neovim >/dev/null 2>&1; then
  echo "install-test-deps: could not install neovim; the Neovim client test will be skipped" >&2
fi
exit 0
