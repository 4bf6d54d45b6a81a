#!/usr/bin/env bash
# Renders resources/helloqueue.svg into the hicolor PNG sizes committed under resources/icons.
# Run it after editing the SVG, and commit the PNGs. Needs rsvg-convert (package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources"

command -v rsvg-convert >/dev/null || {
    echo "render-icons.sh: rsvg-convert is missing; install it with: sudo apt-get install librsvg2-bin" >&2
    exit 1
}
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "icons/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" helloqueue.svg -o "icons/hicolor/${size}x${size}/apps/helloqueue.png"
done
