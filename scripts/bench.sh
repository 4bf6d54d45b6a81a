#!/usr/bin/env bash
# Builds a Release binary into build-bench/ and prints the benchmark table.
#   scripts/bench.sh [--reference DIR] [--baseline PROGRAM] [--quick] [--only GROUP,...]
# --reference DIR: a folder with the lesson's seed_async.py, seed_mp.py and shim/aioconsole.py
# (such as ../shared/seed), run on the same inputs in the same run.
# --baseline PROGRAM: an earlier version's helloqueue, whose throughput is measured in the same
# rounds, to show what a change costs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
[ -f build-bench/build.ninja ] || cmake --preset bench >/dev/null
cmake --build --preset bench >/dev/null
exec python3 scripts/bench.py "$@"
