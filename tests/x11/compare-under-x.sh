#!/usr/bin/env bash
# Tasks › Compare modes… in the real window under X with a window manager, opened from the menu
# with the keyboard as a user would, run with its default numbers, and saved as a picture at 1x
# and 2x in English and Russian (by hand: xvfb-run -a -s "-screen 0 2560x1600x24 -noreset"
# tests/x11/compare-under-x.sh DIR). Look at the pictures: labels fit, nothing overlaps.
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=${HELLOQUEUE_BINARY:-build/app/helloqueue}
shots=${1:?usage: compare-under-x.sh DIR}
mkdir -p "$shots"

command -v openbox >/dev/null || { echo "openbox is missing (scripts/setup.sh installs it)"; exit 1; }
openbox >/dev/null 2>&1 &
wm=$!
trap 'kill $wm 2>/dev/null || true' EXIT
sleep 0.5
home=$(mktemp -d)
mkdir -p -m 700 "$home/run"

for scale in 1 2; do
    for lang in en ru; do
        XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data-$lang-$scale XDG_RUNTIME_DIR=$home/run \
            QT_SCALE_FACTOR=$scale QT_QPA_PLATFORM=xcb "$binary" --lang "$lang" --output-dir "$home/out" \
            >"$home/log" 2>&1 &
        pid=$!
        window=$(xdotool search --sync --onlyvisible --pid "$pid" --name HelloQueue | head -1)
        xdotool windowactivate --sync "$window" 2>/dev/null || true
        # &Tasks › Co&mpare modes… / &Задачи › Сра&внить режимы…
        if [ "$lang" = en ]; then menu=t key=m; else menu=Cyrillic_ze key=Cyrillic_ve; fi
        xdotool key --clearmodifiers "alt+$menu"
        sleep 0.3
        xdotool key --clearmodifiers "$key"
        dialog=""
        for _ in $(seq 50); do
            dialog=$(xdotool search --onlyvisible --pid "$pid" --name . | grep -vx "$window" | tail -1 || true)
            [ -n "$dialog" ] && break
            sleep 0.1
        done
        [ -n "$dialog" ] || { echo "FAIL: $lang ${scale}x: no Compare dialog"; cat "$home/log"; exit 1; }
        xdotool windowactivate --sync "$dialog" 2>/dev/null || true
        xdotool key --clearmodifiers Return # Run, with the default numbers 1 1 1 1 on 4 workers
        sleep 5 # two modes of about a second each, on a loaded machine
        suffix=""
        [ "$scale" = 1 ] || suffix="-${scale}x"
        import -window "$dialog" "$shots/compare-$lang$suffix.png"
        echo "saved $shots/compare-$lang$suffix.png"
        kill "$pid"
        wait "$pid" || true
    done
done
rm -rf "$home"
