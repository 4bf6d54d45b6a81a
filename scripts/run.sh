#!/usr/bin/env bash
# Installs what is missing, builds if anything changed, then starts HelloQueue with your arguments.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
exec build/app/helloqueue "$@"
