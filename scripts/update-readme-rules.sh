#!/usr/bin/env bash
# Regenerates the rule table in README.md from the rule metadata and pages.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
table="$("$here/dockmentor" rules --format markdown)"
python3 - "$here/README.md" "$table" <<'PY'
import sys, re
path, table = sys.argv[1], sys.argv[2]
s = open(path, encoding="utf-8").read()
start = s.index("<!-- rules:start")
start = s.index("\n", start) + 1
end = s.index("<!-- rules:end -->")
open(path, "w", encoding="utf-8").write(s[:start] + table.rstrip("\n") + "\n" + s[end:])
PY
