#!/usr/bin/env bash
# Builds the Debian package build/helloqueue_<version>_<arch>.deb (install it with
# `sudo apt install ./build/helloqueue_*.deb`). Builds first if anything changed.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null || {
        echo "package.sh: $tool is missing; install it with: sudo apt-get install dpkg-dev file" >&2
        exit 1
    }
done
scripts/setup.sh
cpack -G DEB --config build/CPackConfig.cmake -B build
