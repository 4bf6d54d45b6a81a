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

step "Install, menu entry, AppStream metadata, the .deb and lintian"
scripts/check-install.sh

step "Screen reader: the window walked over AT-SPI (pyatspi under Xvfb), English and Russian"
tests/a11y/run-atspi-walk.sh build/app/helloqueue

step "Wayland: the window under a headless weston"
tests/wayland/run-wayland-smoke.sh build/app/helloqueue

step "Benchmark, quick pass (checks that it runs; figures come from scripts/bench.sh)"
python3 scripts/bench.py --quick --build build

step "Fuzzing NumberParser (libFuzzer, 30 s)"
scripts/fuzz.sh 30

step "The real window under X with a window manager (1x and 2x, closing time)"
xvfb-run -a -s "-screen 0 2560x1600x24 -noreset" tests/x11/window-under-x.sh

step "Kill test, short pass (30 kills; scripts/kill-test.sh runs 200 or more)"
python3 tests/app/journal/killtest.py build/app/helloqueue --kills 30 --flood-max 500

step "All tests (RelWithDebInfo, warnings as errors)"
ctest --preset dev
