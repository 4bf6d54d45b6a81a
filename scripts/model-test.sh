#!/usr/bin/env bash
# The engine's model-based test, longer than CI's fixed seeds: scripts/model-test.sh [SEQUENCES] [FIRST_SEED]
# (default 2000 sequences from a seed taken from the clock, printed so a failure can be replayed).
set -euo pipefail
cd "$(dirname "$0")/.."
sequences=${1:-2000}
seed=${2:-$(date +%s)}
cmake --build build --target tst_taskqueuemodel >/dev/null
echo "model test: $sequences sequences from seed $seed"
QT_QPA_PLATFORM=offscreen HELLOQUEUE_SEQUENCES=$sequences HELLOQUEUE_SEED=$seed build/tests/tst_taskqueuemodel
