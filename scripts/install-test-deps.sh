#!/usr/bin/env sh
# Installs what the editor-client tests need (Debian/Ubuntu): headless Neovim, and Emacs with
# Eglot. Idempotent and quiet: installs only what is missing; never fails the build when it
# cannot install (those client tests then skip with a clear reason).
set -u
need=""
command -v nvim >/dev/null 2>&1 || need="$need neovim"
command -v emacs >/dev/null 2>&1 || need="$need emacs-nox elpa-eglot"
[ -z "$need" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: apt-get not found; install$need yourself to run the editor-client tests" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "install-test-deps: not root and no sudo; skipping$need" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -qq update >/dev/null 2>&1 || true
# shellcheck disable=SC2086
if ! $SUDO apt-get -qq install -y --no-install-recommends $need >/dev/null 2>&1; then
  echo "install-test-deps: could not install$need; those client tests will be skipped" >&2
fi
exit 0
