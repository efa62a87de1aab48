#!/bin/sh
# Benchmark (a), issue 5: the response viewer's longest GUI-thread stall while a 20 MB JSON response is
# received, formatted and shown, next to a small response in the same run (goal ≤ 100 ms).
#   sh tests/bench/response_stall_bench.sh [BUILD_DIR=build] [RUNS=5] [MB=20]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build}
RUNS=${2:-5}
MB=${3:-20}
cmake --build "$BUILD" --target bench_response_stall >/dev/null
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$BUILD/tests/bench/bench_response_stall" "$RUNS" "$MB"
