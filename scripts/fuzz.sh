#!/usr/bin/env bash
# Fuzzes NumberParser with libFuzzer (clang++ -fsanitize=fuzzer,address,undefined) for a bounded
# time: scripts/fuzz.sh [SECONDS] (default 30). Exits non-zero when an input crashes it or breaks
# an invariant; the input is saved in build-fuzz/ and the seed corpus is tests/fuzz/corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
out=build-fuzz
mkdir -p "$out/corpus"

# NumberParser is a leaf (QtCore only, no moc): compile it straight into the fuzzer.
# shellcheck disable=SC2046
clang++ -std=c++17 -g -O1 -fPIC -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
    -DQT_NO_CAST_FROM_ASCII $(pkg-config --cflags Qt6Core) -Iapp \
    app/numberparser.cpp tests/fuzz/fuzz_numberparser.cpp \
    $(pkg-config --libs Qt6Core) -o "$out/fuzz_numberparser"

# New inputs go into build-fuzz/corpus; the committed seeds are only read.
ASAN_OPTIONS=detect_leaks=1 "$out/fuzz_numberparser" -max_total_time="$seconds" -timeout=10 \
    -max_len=4096 -print_final_stats=1 -artifact_prefix="$out/" "$out/corpus" tests/fuzz/corpus
