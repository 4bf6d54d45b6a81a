#!/usr/bin/env bash
# Installs the Debian packages HelloQueue needs (only the missing ones), then configures and
# builds into build/ (Release with debug info, Ninja). Used by run.sh and test.sh; safe to rerun.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
          libqt6sql6-sqlite libsqlite3-dev clang-format)
if [ "${HELLOQUEUE_TEST_PACKAGES:-0}" = 1 ]; then
    # For the test command: sanitizer runtimes, the fuzzer, packaging checks, the real window.
    packages+=(clang libclang-rt-14-dev pkgconf desktop-file-utils appstream dpkg-dev file xvfb xauth xdotool
               imagemagick python3 openbox)
    # The real clients: a screen reader's view (AT-SPI), Wayland (weston), the Debian package checker.
    packages+=(at-spi2-core python3-pyatspi dbus-x11 weston qt6-wayland lintian binutils)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ -f build/build.ninja ] || cmake --preset dev
cmake --build --preset dev
