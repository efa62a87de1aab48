#!/bin/sh
# Benchmark (b), issue 5: the composer's send → first byte vs curl, same in-process sandbox, same run.
#   sh tests/bench/composer_bench.sh [BUILD_DIR=build] [N=200]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build}
N=${2:-200}
command -v curl >/dev/null 2>&1 || { echo "curl is missing: sh packaging/dev.sh deps" >&2; exit 1; }
cmake --build "$BUILD" --target bench_composer >/dev/null
QT_QPA_PLATFORM=offscreen "$BUILD/tests/composer/bench_composer" "$N"
