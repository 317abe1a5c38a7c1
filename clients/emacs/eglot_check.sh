#!/usr/bin/env sh
# eglot_check.sh FILE SERVER-ARGV...  -- opens FILE in batch Emacs with Eglot talking to the server.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
file=${1:?usage: eglot_check.sh FILE SERVER-ARGV...}
shift
DM_CMD=$(python3 -c 'import json, sys; print(json.dumps(sys.argv[1:]))' "$@")
DM_FILE=$file
export DM_CMD DM_FILE
exec timeout -k 5 "$(( ${DM_TIMEOUT:-20} + 30 ))" emacs --batch -l "$here/eglot_check.el" </dev/null
