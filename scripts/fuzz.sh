#!/usr/bin/env bash
# A coverage-guided fuzzing session of one @FuzzTest target (docs/hardening.md).
#   scripts/fuzz.sh DockerfileFuzzTest#analyze        # 5 minutes
#   scripts/fuzz.sh ComposeFuzzTest#parse 30m
# Targets: DockerfileFuzzTest#{parse,analyze,dockerignore}, ComposeFuzzTest#{parse,analyze}.
# A failing input is saved under server/src/test/resources/dev/dockmentor/hardening/<Class>Inputs/<method>/
# and replays in every plain `mvn test` from then on; the growing corpus stays in server/.cifuzz-corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh Class#method [duration, e.g. 5m]}"
export JAZZER_FUZZ=1
export JAZZER_MAX_DURATION="${2:-5m}"
export JAZZER_INSTRUMENT="${JAZZER_INSTRUMENT:-dev.dockmentor.**,org.snakeyaml.**}"
exec mvn -B -ntp ${MVN_OFFLINE:+-o} test -pl server -Djazzer.hooks=true -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false
