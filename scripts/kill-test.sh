#!/usr/bin/env bash
# The long kill test (issue 15): HelloQueue killed with SIGKILL and SIGTERM at 200 or more random
# moments (console and window, all three modes, 1 and 4 workers, slow input and floods of up to 5 000
# lines, and during restores), each followed by --restore. Prints
# "lost N, run twice N, left behind N over K kills"; exits non-zero unless all are 0.
# Takes 20-40 minutes on 2 cores (every task's file is synced). scripts/test.sh runs a short pass.
# Usage: scripts/kill-test.sh [KILLS] [SEED]   (builds first with the dev preset)
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-200}
seed=${2:-$(date +%s)}
cmake --preset dev >/dev/null
cmake --build build --target helloqueue
python3 tests/app/journal/killtest.py build/app/helloqueue --kills "$kills" --seed "$seed" --flood-max "${HELLOQUEUE_FLOOD_MAX:-5000}" --progress
