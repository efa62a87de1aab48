#!/bin/sh
# Benchmark (b), issue 5: the composer's send → first byte vs curl against the same sandbox in the same run
# (first with the sandbox in its own process, then inside the benchmark program).
#   sh tests/bench/composer_bench.sh [BUILD_DIR=build] [N=200]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build}
N=${2:-200}
command -v curl >/dev/null 2>&1 || { echo "curl is missing: sh packaging/dev.sh deps" >&2; exit 1; }
cmake --build "$BUILD" --target bench_composer >/dev/null
cmake --build "$BUILD" --target r8 >/dev/null
QT_QPA_PLATFORM=offscreen "$BUILD/tests/composer/bench_composer" "$N"
QT_QPA_PLATFORM=offscreen "$BUILD/tests/composer/bench_composer" "$N" --in-process
