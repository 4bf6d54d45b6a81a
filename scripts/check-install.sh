#!/usr/bin/env bash
# Checks that HelloQueue installs as a proper desktop application: installs build/ into a
# temporary DESTDIR, validates the menu entry and the AppStream metadata, runs the installed
# binary, then builds the .deb and checks its contents, its Qt 6 dependencies, its hardening and
# lintian's verdict (no error, no warning).
# Uses the build/ that scripts/setup.sh made (configures it if missing). Leaves nothing behind.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "check-install: $*" >&2
    exit 1
}

for tool in desktop-file-validate appstreamcli dpkg-deb dpkg-shlibdeps file cpack lintian readelf; do
    command -v "$tool" >/dev/null || fail "$tool is missing (HELLOQUEUE_TEST_PACKAGES=1 scripts/setup.sh installs it)"
done

[ -f build/build.ninja ] || cmake --preset dev
cmake --build build --target helloqueue helloqueue_documentation

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt)
[ -n "$version" ] || fail "no project version in build/CMakeCache.txt"
arch=$(dpkg --print-architecture)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The binary must not touch the user's settings or queue.
mkdir -m 700 "$work/runtime"
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export QT_QPA_PLATFORM=offscreen

# What must be installed, relative to the prefix.
expected=(
    bin/helloqueue
    libexec/helloqueue/helloqueue-window
    share/applications/helloqueue.desktop
    share/metainfo/io.github.helloqueue.HelloQueue.metainfo.xml
    share/icons/hicolor/scalable/apps/helloqueue.svg
    share/doc/helloqueue/copyright
    share/doc/helloqueue/changelog.gz
    share/man/man1/helloqueue.1.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/helloqueue.png")
done

check_version() { # <binary>
    local printed
    printed=$("$1" --version) || fail "$1 --version failed"
    [ "$printed" = "helloqueue $version" ] || fail "$1 --version printed '$printed', not 'helloqueue $version'"
}

echo "-- Install into a temporary DESTDIR"
DESTDIR="$work/root" cmake --install build --prefix /usr >/dev/null
for path in "${expected[@]}"; do
    [ -f "$work/root/usr/$path" ] || fail "not installed: /usr/$path"
done
check_version "$work/root/usr/bin/helloqueue"

echo "-- Validate the menu entry and the AppStream metadata"
report=$(desktop-file-validate "$work/root/usr/share/applications/helloqueue.desktop" 2>&1) ||
    fail "desktop-file-validate: $report"
if grep -qE 'error:|warning:' <<<"$report"; then fail "desktop-file-validate: $report"; fi
[ -z "$report" ] || echo "$report"
appstreamcli validate --no-net --strict \
    "$work/root/usr/share/metainfo/io.github.helloqueue.HelloQueue.metainfo.xml" ||
    fail "appstreamcli validate failed"
report=$(appstreamcli validate-tree --no-net --strict "$work/root/usr" 2>&1) ||
    fail "appstreamcli validate-tree (the metainfo, the .desktop and the icons must agree): $report"
grep -q "<release version=\"$version\"" "$work/root/usr/share/metainfo/io.github.helloqueue.HelloQueue.metainfo.xml" ||
    fail "the metainfo has no <release> for version $version"

echo "-- Build the .deb"
cpack -G DEB --config build/CPackConfig.cmake -B "$work/package" >/dev/null
deb="$work/package/helloqueue_${version}_${arch}.deb"
[ -f "$deb" ] || fail "cpack made no $(basename "$deb"): $(ls "$work/package")"
contents=$(dpkg-deb -c "$deb")
for path in "${expected[@]}"; do
    grep -q " \./usr/$path\$" <<<"$contents" || fail "$(basename "$deb") lacks /usr/$path"
done
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6-sqlite; do
    grep -qE "(^|, )$library( |,|$)" <<<"$depends" || fail "Depends does not name $library: $depends"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
grep -qE "(^|, )qt6-wayland( |,|$)" <<<"$recommends" || fail "Recommends does not name qt6-wayland: $recommends"
dpkg-deb -x "$deb" "$work/unpacked"
check_version "$work/unpacked/usr/bin/helloqueue"
changelog_version=$(zcat "$work/unpacked/usr/share/doc/helloqueue/changelog.gz" | sed -n '1s/^helloqueue (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] ||
    fail "the changelog's latest entry is '$changelog_version', not $version (resources/debian/changelog)"

echo "-- Hardening: read-only relocations bound at start, PIE, stack protector, _FORTIFY_SOURCE"
binary="$work/unpacked/usr/bin/helloqueue"
# Whole outputs into variables: grep -q closing a pipe early would fail it under pipefail.
program_headers=$(readelf -lW "$binary")
dynamic=$(readelf -dW "$binary")
symbols=$(readelf --dyn-syms -W "$binary")
grep -q GNU_RELRO <<<"$program_headers" || fail "no RELRO segment (-z relro)"
grep -qE 'BIND_NOW|FLAGS.*NOW' <<<"$dynamic" || fail "no BIND_NOW (-z now)"
grep -q 'FLAGS_1.*PIE' <<<"$dynamic" || fail "not a position-independent executable"
grep -q '__stack_chk_fail@' <<<"$symbols" || fail "no stack protector (-fstack-protector-strong)"
# glibc swaps in a checked call (__read_chk…) only where it cannot prove the size safe at compile
# time, and the program has no such call; so check that what ships is compiled with the flag.
grep -q '"file": "[^"]*/app/main.cpp"' build/compile_commands.json ||
    fail "build/compile_commands.json does not list app/main.cpp"
python3 - <<'PY' || fail "app/ and ui/ are not compiled with -D_FORTIFY_SOURCE"
import json, sys
entries = [e for e in json.load(open("build/compile_commands.json"))
           if "/tests/" not in e["file"] and ("/app/" in e["file"] or "/ui/" in e["file"])]
sys.exit(0 if entries and all("-D_FORTIFY_SOURCE=" in e["command"] for e in entries) else 1)
PY

echo "-- lintian (fails on an error or a warning)"
lintian_status=0
lintian_report=$(lintian --fail-on error,warning "$deb" 2>&1) || lintian_status=$?
lintian_report=$(grep -v '^running with root privileges' <<<"$lintian_report" || true)
[ -z "$lintian_report" ] || echo "$lintian_report"
[ "$lintian_status" -eq 0 ] || fail "lintian found errors or warnings (above)"

echo "-- OK: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), Depends: $depends"
