#!/usr/bin/env bash
# Everything CI checks: formatting, translations, a build with warnings as errors, every test
# headless, the core again under ASan+UBSan and TSan, the install and .deb checks, a quick pass
# of the benchmark. Exits non-zero if anything fails; ends with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
HELLOQUEUE_TEST_PACKAGES=1 scripts/setup.sh

step() { printf '\n==== %s\n' "$*"; }

step "clang-format"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

step "The map: includes point down, tuning constants as docs/ARCHITECTURE.md says"
python3 scripts/check-layers.py
python3 scripts/check-architecture.py

step "Translations"
scripts/check-translations.sh

step "AddressSanitizer + UBSan (core)"
cmake --workflow --preset asan

step "ThreadSanitizer (core)"
cmake --workflow --preset tsan

step "Install, menu entry, AppStream metadata and the .deb"
scripts/check-install.sh

step "Benchmark, quick pass (checks that it runs; figures come from scripts/bench.sh)"
python3 scripts/bench.py --quick --build build

step "Fuzzing NumberParser (libFuzzer, 30 s)"
scripts/fuzz.sh 30

step "All tests (RelWithDebInfo, warnings as errors)"
ctest --preset dev
