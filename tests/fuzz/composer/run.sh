#!/bin/sh
# Builds the composer's libFuzzer targets (SSE parser, schema → form, the response viewer's body
# formatter) with clang and runs each for a bounded time, seeded with the recordings.
#   sh tests/fuzz/composer/run.sh [SECONDS_PER_TARGET]   (default 20)
set -eu
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
SECONDS_PER_TARGET=${1:-20}
BUILD=${FUZZ_COMPOSER_BUILD_DIR:-$ROOT/build-fuzz-composer}
RECORDINGS=${R8_RECORDINGS:-$ROOT/../shared/fixtures/replicate-recordings}
gen=""
command -v ninja >/dev/null 2>&1 && gen="-G Ninja"
# shellcheck disable=SC2086
cmake -S "$ROOT/tests/fuzz/composer" -B "$BUILD" $gen -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" --parallel 2 >/dev/null
CORPUS=$(mktemp -d "${TMPDIR:-/tmp}/r8fuzzc.XXXXXX")
trap 'rm -rf "$CORPUS"' EXIT INT TERM
mkdir -p "$CORPUS/sse" "$CORPUS/schemaform" "$CORPUS/bodytext"
[ -d "$RECORDINGS" ] || echo "fuzz (composer): no recordings at $RECORDINGS; built-in seeds only" >&2
"$BUILD/fuzz_composer_seeds" "$RECORDINGS" "$CORPUS" >/dev/null
# The body formatter starts from the recorded answers' JSON files (and a few built-in bodies).
printf '{"a":[1,2.50,-0e3,"x\\u00e9"],"b":{"c":null,"d":true}}' >"$CORPUS/bodytext/seed-1"
printf '[]' >"$CORPUS/bodytext/seed-2"
if [ -d "$RECORDINGS" ]; then
    find "$RECORDINGS" -name '*.json' -size -200k | head -n 200 | while read -r f; do
        cp "$f" "$CORPUS/bodytext/$(basename "$f")-$(cksum <"$f" | cut -d' ' -f1)"
    done
fi
status=0
for t in sse schemaform bodytext; do
    echo "fuzz_$t: ${SECONDS_PER_TARGET}s"
    if ! "$BUILD/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" -max_len=262144 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$BUILD/crash-$t-" -print_final_stats=1 "$CORPUS/$t" 2>"$CORPUS/log-$t"; then
        tail -n 40 "$CORPUS/log-$t" >&2
        echo "fuzz_$t: FAILED (crash input saved under $BUILD)" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|cov:" "$CORPUS/log-$t" | tail -n 2
    fi
done
exit $status
