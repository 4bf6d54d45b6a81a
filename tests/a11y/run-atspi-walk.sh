#!/usr/bin/env bash
# Runs tests/a11y/atspi_walk.py against a built helloqueue as a screen reader sees it: an X server
# (Xvfb), a private D-Bus session, the AT-SPI bus with "a screen reader runs" switched on.
# Usage: tests/a11y/run-atspi-walk.sh [build/app/helloqueue] [--lang en|ru ...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary=$(realpath "${1:-build/app/helloqueue}")
shift || true

if [ -z "${HELLOQUEUE_ATSPI_INNER:-}" ]; then
    export HELLOQUEUE_ATSPI_INNER=1
    # xvfb-run's cookie and temporary folder in a folder of our own (on a shared machine a
    # /tmp/xvfb-run.* folder was seen removed under a running test), and a random first display
    # number (two xvfb-run -a that start together both pick :99). -noreset: Xvfb resets when its
    # last client leaves, and refuses connections meanwhile; the bus launcher connects and leaves
    # just before the window starts (seen in its -audit 4 log), and CI once failed on it.
    private=$(mktemp -d)
    trap 'rm -rf "$private"' EXIT
    status=0
    TMPDIR="$private" xvfb-run -a -n $((100 + RANDOM % 800)) -f "$private/Xauthority" \
        -e "${HELLOQUEUE_XVFB_LOG:-/dev/stderr}" -s "-screen 0 1280x800x24 -noreset" \
        dbus-run-session -- "$0" "$binary" "$@" || status=$?
    exit "$status"
fi

runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
trap 'kill "$launcher" 2>/dev/null || true; rm -rf "$runtime"' EXIT
# Toolkits expose their tree only when told that an assistive technology is listening.
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
        >/dev/null 2>&1 && break
    sleep 0.1
done
dbus-send --session --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
    string:org.a11y.Status string:IsEnabled variant:boolean:true
unset QT_QPA_PLATFORM
/usr/bin/python3 "${HELLOQUEUE_ATSPI_SCRIPT:-$here/atspi_walk.py}" "$binary" "$@"
