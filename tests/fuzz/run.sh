#!/bin/sh
# Builds the libFuzzer targets with clang (separate build dir) and runs each for a bounded time,
# seeded with the recorded API answers.  sh tests/fuzz/run.sh [SECONDS_PER_TARGET]   (default 20)
# Needs: clang, libclang-rt-14-dev (installed by `sh packaging/dev.sh deps`). Exit 1 on a crash.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SECONDS_PER_TARGET=${1:-20}
BUILD=${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
RECORDINGS=${R8_RECORDINGS:-$ROOT/../shared/fixtures/replicate-recordings}
gen=""
command -v ninja >/dev/null 2>&1 && gen="-G Ninja"
# shellcheck disable=SC2086
cmake -S "$ROOT/tests/fuzz" -B "$BUILD" $gen -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" --parallel 2 >/dev/null
CORPUS=$(mktemp -d "${TMPDIR:-/tmp}/r8fuzz.XXXXXX")
trap 'rm -rf "$CORPUS"' EXIT INT TERM
mkdir -p "$CORPUS/prediction" "$CORPUS/problem" "$CORPUS/tokens" "$CORPUS/multipart" "$CORPUS/headerline" \
    "$CORPUS/httprequest"
i=0
for l in 'HTTP/1.1 200 OK\r\n' 'HTTP/2 404 \r\n' 'HTTP/1.1 100 Continue\r\n' 'Content-Type: application/json\r\n' \
    'Retry-After: 30\r\n' ' folded value\r\n' '\r\n' 'x-weird:\r\n'; do
    i=$((i + 1))
    # shellcheck disable=SC2059
    printf "$l" >"$CORPUS/headerline/seed-$i" # the seeds' escapes are meant
done
printf 'multipart/form-data; boundary=XyZ\n--XyZ\r\nContent-Disposition: form-data; name="content"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nPNGDATA\r\n--XyZ--\r\n' >"$CORPUS/multipart/seed-1"
# httprequest: first byte = piece size, then the wire bytes
printf '\007GET /v1/account HTTP/1.1\r\nHost: x\r\n\r\nPOST /v1/files HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc' >"$CORPUS/httprequest/seed-1"
printf '\003POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4;x\r\nabcd\r\n0\r\nT: 1\r\n\r\nGET / HTTP/1.0\r\n\r\n' >"$CORPUS/httprequest/seed-2"
if [ -d "$RECORDINGS" ]; then
    "$BUILD/fuzz_seeds" "$RECORDINGS" "$CORPUS" >/dev/null
else
    echo "fuzz: no recordings at $RECORDINGS; starting from the built-in seeds" >&2
    "$BUILD/fuzz_seeds" "$CORPUS/none" "$CORPUS" >/dev/null
fi
status=0
for t in prediction problem tokens multipart headerline httprequest; do
    echo "fuzz_$t: ${SECONDS_PER_TARGET}s"
    mkdir -p "$CORPUS/artifacts-$t"
    if ! "$BUILD/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$BUILD/crash-$t-" -print_final_stats=1 "$CORPUS/$t" 2>"$CORPUS/log-$t"; then
        tail -n 40 "$CORPUS/log-$t" >&2
        echo "fuzz_$t: FAILED (crash input saved under $BUILD)" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|cov:" "$CORPUS/log-$t" | tail -n 2
    fi
done
sh "$ROOT/tests/fuzz/scan/run.sh" "$BUILD" "$SECONDS_PER_TARGET" || status=1
sh "$ROOT/tests/fuzz/composer/run.sh" "$SECONDS_PER_TARGET" || status=1  # composer: SSE parser, schema→form
exit $status
