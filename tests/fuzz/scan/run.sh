#!/bin/sh
# Runs the leak-check matcher fuzz target (built by tests/fuzz/CMakeLists.txt) for a bounded time,
# from a few seeds written here (fake tokens only).  sh tests/fuzz/scan/run.sh BUILD_DIR [SECONDS]
set -eu
BUILD=${1:?usage: run.sh FUZZ_BUILD_DIR [SECONDS]}
SECONDS_PER_TARGET=${2:-20}
CORPUS=$(mktemp -d "${TMPDIR:-/tmp}/r8fuzz-scan.XXXXXX")
trap 'rm -rf "$CORPUS"' EXIT INT TERM
tok="r8_$(printf 'a%.0s' $(seq 1 36))Z"
printf '\007REPLICATE_API_TOKEN=%s\n' "$tok" > "$CORPUS/seed1"
printf '\003x=%s-y %s\r\nREPLICATE_API_TOKEN="0123456789abcdef0123456789abcdef01234567"\n' "$tok" "$tok" > "$CORPUS/seed2"
printf '\001%s blob 44\nk=%s\n\n' "0123456789012345678901234567890123456789" "$tok" > "$CORPUS/seed3"
printf '\005\377\376a\000=\000\n\000' > "$CORPUS/seed4"
printf '\011%s' "$tok" | sed 's/./&\x00/g' > "$CORPUS/seed5"
# a tree object (a folder entry and a token-named file) as cat-file --batch prints it
printf '\002%s tree 98\n40000 src\000bbbbbbbbbbbbbbbbbbbb100644 %s\000cccccccccccccccccccc\n' \
    "0123456789012345678901234567890123456789" "$tok" > "$CORPUS/seed6"
printf '\004:000000 100644 %s %s A\t"a\\nb"' "0000000000000000000000000000000000000000" \
    "1111111111111111111111111111111111111111" > "$CORPUS/seed7"
echo "fuzz_scan: ${SECONDS_PER_TARGET}s"
if ! "$BUILD/fuzz_scan" -max_total_time="$SECONDS_PER_TARGET" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$BUILD/crash-scan-" -print_final_stats=1 "$CORPUS" 2>"$CORPUS/log"; then
    tail -n 40 "$CORPUS/log" >&2
    echo "fuzz_scan: FAILED (crash input saved under $BUILD)" >&2
    exit 1
fi
grep -E "stat::number_of_executed_units|cov:" "$CORPUS/log" | tail -n 2
