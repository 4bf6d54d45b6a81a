#!/usr/bin/env bash
# Rewrites translations/*.ts from the sources (the same lupdate call CI checks against).
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -silent -locations none -no-obsolete app ui \
    -ts translations/helloqueue_en.ts translations/helloqueue_ru.ts
