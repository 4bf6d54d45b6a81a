#!/usr/bin/env bash
# Wayland smoke test: starts the window under a headless weston with QT_QPA_PLATFORM=wayland and
# numbers on the command line, then checks that the window appeared (a Wayland toplevel with a
# buffer), that the tasks wrote their files, and that the app id the compositor receives matches
# the .desktop file's name (else a desktop shows no icon and does not group the window).
# Usage: tests/wayland/run-wayland-smoke.sh [build/app/helloqueue]
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=$(realpath "${1:-build/app/helloqueue}")
desktop_file=resources/helloqueue.desktop

fail() {
    echo "wayland-smoke: $*" >&2
    [ -f "${work:-}/app.log" ] && grep -v '^\[' "$work/app.log" | tail -20 >&2
    exit 1
}
for tool in weston; do
    command -v "$tool" >/dev/null || fail "$tool is missing (HELLOQUEUE_TEST_PACKAGES=1 scripts/setup.sh installs it)"
done
[ -n "$(find /usr/lib -path '*qt6/plugins/platforms/libqwayland*' -print -quit 2>/dev/null)" ] ||
    fail "Qt's Wayland plugin is missing (package qt6-wayland)"

work=$(mktemp -d)
weston_pid=""
app_pid=""
cleanup() {
    # Their exit statuses after the kill (143) are not the test's: it failed only through fail().
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; fi
    if [ -n "$weston_pid" ]; then kill "$weston_pid" 2>/dev/null; wait "$weston_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -m 700 "$work/runtime"
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
socket=helloqueue-smoke
weston --backend=headless-backend.so --socket="$socket" --idle-time=0 >"$work/weston.log" 2>&1 &
weston_pid=$!
for _ in $(seq 100); do
    [ -S "$XDG_RUNTIME_DIR/$socket" ] && break
    kill -0 "$weston_pid" 2>/dev/null || fail "weston did not start: $(tail -5 "$work/weston.log")"
    sleep 0.1
done
[ -S "$XDG_RUNTIME_DIR/$socket" ] || fail "weston made no socket"

echo "-- The window under Wayland, with 0 1 2 on the command line"
env -u DISPLAY QT_QPA_PLATFORM=wayland WAYLAND_DISPLAY="$socket" WAYLAND_DEBUG=1 \
    "$binary" --lang en --output-dir "$work/out" 0 1 2 >"$work/app.log" 2>&1 &
app_pid=$!
for number in 0 1 2; do
    for _ in $(seq 300); do
        [ -f "$work/out/$number.txt" ] && break
        kill -0 "$app_pid" 2>/dev/null || fail "helloqueue exited early"
        sleep 0.1
    done
    [ "$(cat "$work/out/$number.txt" 2>/dev/null)" = "Hello, $number!" ] ||
        fail "$number.txt does not say 'Hello, $number!' after 30 s: $(ls "$work/out" 2>&1)"
done

grep -q 'xdg_wm_base@[0-9]*\.get_xdg_surface' "$work/app.log" || fail "no xdg surface: the window did not open on Wayland"
grep -q 'wl_surface@[0-9]*\.attach(wl_buffer' "$work/app.log" || fail "the window never drew a buffer"
grep -q 'Could not load the Qt platform plugin\|falling back' "$work/app.log" && fail "Qt fell back from Wayland"
app_id=$(sed -n 's/.*xdg_toplevel@[0-9]*\.set_app_id("\([^"]*\)").*/\1/p' "$work/app.log" | head -1)
expected=$(basename "$desktop_file" .desktop)
[ "$app_id" = "$expected" ] || fail "app id '$app_id' does not match the menu entry $expected.desktop"
echo "-- OK: 0.txt 1.txt 2.txt written, app id '$app_id' matches $expected.desktop"
