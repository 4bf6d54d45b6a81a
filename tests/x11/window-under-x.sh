#!/usr/bin/env bash
# The real window under a real X server with a window manager (run inside xvfb-run by
# scripts/test.sh, or by hand: xvfb-run -a -s "-screen 0 2560x1600x24 -noreset" tests/x11/window-under-x.sh).
# Checks what offscreen cannot: the window opens inside the screen at 1x and 2x, and an idle
# window closes (Ctrl+Q) and its process exits quickly (target 100 ms; the run fails when a close
# takes over 250 ms twice in a row). With --screenshots DIR it also saves
# the window at 1x and 2x in English and Russian (docs/screenshots/).
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=${HELLOQUEUE_BINARY:-build/app/helloqueue}
shots=""
[ "${1:-}" = "--screenshots" ] && shots=$2
target_ms=100 # the issue's target, printed as met or not
limit_ms=250  # fails the run, twice in a row: a close that takes seconds again (the machine may be loaded)

command -v openbox >/dev/null || { echo "openbox is missing (scripts/setup.sh installs it)"; exit 1; }
openbox >/dev/null 2>&1 &
wm=$!
trap 'kill $wm 2>/dev/null || true' EXIT
sleep 0.5

home=$(mktemp -d)
failed=0

# Starts the window with isolated settings; prints its X window id once it is mapped.
start() {
    local lang=$1 scale=$2; shift 2
    XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data-$lang-$scale XDG_RUNTIME_DIR=$home/run \
        QT_SCALE_FACTOR=$scale QT_QPA_PLATFORM=xcb "$binary" --lang "$lang" --output-dir "$home/out" "$@" \
        >"$home/log" 2>&1 &
    pid=$!
    window=$(xdotool search --sync --onlyvisible --pid "$pid" --name HelloQueue | head -1)
    xdotool windowactivate --sync "$window" 2>/dev/null || true
}

# Starts the window on three short tasks, checks where it opened (and saves a screenshot), lets
# it drain, then times Ctrl+Q to the process exit; sets elapsed (ms).
close_idle() {
    local lang=$1 scale=$2
    start "$lang" "$scale" 2 1 0 1
    sleep 1.5 # the three short tasks run; the timeline fills
    eval "$(xdotool getwindowgeometry --shell "$window")"
    read -r sw sh < <(xdotool getdisplaygeometry)
    if [ $((X + WIDTH)) -gt "$sw" ] || [ $((Y + HEIGHT)) -gt "$sh" ]; then
        echo "FAIL: $lang ${scale}x opens at ${X},${Y} ${WIDTH}x${HEIGHT}, off a ${sw}x${sh} screen"
        failed=1
    fi
    if [ -n "$shots" ]; then
        mkdir -p "$shots"
        local suffix=""
        [ "$scale" = 1 ] || suffix="-${scale}x"
        import -window "$window" "$shots/window-$lang$suffix.png"
    fi
    # Let it drain, so the close is an idle one; then time Ctrl+Q to the process exit.
    sleep 4 # 4 s of tasks on one worker: all done by now
    xdotool windowactivate --sync "$window" 2>/dev/null || true
    local start_ns
    start_ns=$(date +%s%N)
    xdotool key --clearmodifiers ctrl+q
    wait "$pid" || true # returns once the process has exited
    elapsed=$((($(date +%s%N) - start_ns) / 1000000))
}

mkdir -p -m 700 "$home/run"
sync # the writes of whatever ran before are on the disk, not in this measurement
for scale in 1 2; do
    for lang in en ru; do
        close_idle "$lang" "$scale"
        met=no
        [ "$elapsed" -le "$target_ms" ] && met=yes
        echo "window, $lang ${scale}x: idle close to process exit $elapsed ms (target $target_ms ms: $met; fails above $limit_ms ms)"
        if [ "$elapsed" -gt "$limit_ms" ]; then
            # Once more: a shared machine can stall one close; a slow close is slow twice.
            close_idle "$lang" "$scale"
            echo "window, $lang ${scale}x: once more, $elapsed ms"
            [ "$elapsed" -le "$limit_ms" ] || failed=1
        fi
    done
done
rm -rf "$home"
exit $failed
