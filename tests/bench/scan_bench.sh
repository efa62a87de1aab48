#!/bin/sh
# Leak-check benchmark: `r8 scan` against `grep -rEc 'r8_[0-9A-Za-z_-]{37}'` on the same generated
# tree of mixed text files, in the same run (throughput MB/s, peak RSS, ratio), on two tree sizes
# (memory must stay flat), and a generated repository's history (`r8 scan --git`).
#   sh tests/bench/scan_bench.sh [SIZE_MB (default 1024)] [COMMITS (default 10000)]
# Environment: BUILD_DIR (default: build), BENCH_TMP (default: $TMPDIR or /tmp).
# Needs: GNU time (Debian package `time`), git, grep. Everything generated is removed at exit.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SIZE_MB=${1:-1024}
COMMITS=${2:-10000}
BUILD_DIR=$(cd "${BUILD_DIR:-$ROOT/build}" && pwd)
R8="$BUILD_DIR/app/r8"
[ -x "$R8" ] || { echo "scan_bench: $R8 not built (set BUILD_DIR)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "scan_bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
WORK=$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/r8-scan-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
mkdir -p "$HOME"

# A fake token: r8_ + 37 characters, made up here (never a real one).
fake_token() { printf 'r8_%s' "$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 37)"; }

# --- seed: 8 MiB of mixed text (code, base64-ish data, prose, near misses, a few tokens) ---
seed="$WORK/seed.txt"
awk -v t1="$(fake_token)" -v t2="$(fake_token)" 'BEGIN {
    srand(42); n = 0
    while (n < 8 * 1024 * 1024) {
        k = int(rand() * 4)
        if (k == 0) line = sprintf("    def handler_%d(self, request):  # r8 8 r8_ is not a token", int(rand()*1e6))
        else if (k == 1) { line = ""; for (i = 0; i < 10; i++) line = line sprintf("%08x", int(rand()*4294967295)) }
        else if (k == 2) line = "The quick brown fox jumps over the lazy dog; REPLICATE_API_TOKEN is read from the environment."
        else line = sprintf("{\"id\": %d, \"value\": \"r8_%s\", \"ok\": true}", int(rand()*1e9), "near-miss-too-short")
        if (int(rand() * 4000) == 0) line = line " token=" (rand() < 0.5 ? t1 : t2)
        print line; n += length(line) + 1
    }
}' > "$seed"
SEED_BYTES=$(wc -c < "$seed")

# make_tree DIR MB: 16 folders x 4 file sizes (16 KiB .. 1 MiB), cut from the repeated seed by
# `split` (one pipeline per folder and size: fast, no process per file). Prints the file count.
make_tree() {
    dir=$1; per=$(( $2 * 1024 * 1024 / 64 ))
    for p in 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do
        for sz in 16384 65536 262144 1048576; do
            d="$dir/p$p/s$sz"
            mkdir -p "$d"
            { tail -c +"$(( (p * 131071 + sz) % SEED_BYTES + 1 ))" "$seed"; while :; do cat "$seed"; done; } 2>/dev/null \
                | head -c "$per" | (cd "$d" && split -b "$sz" -a 5 - f)
        done
    done
    find "$dir" -type f | wc -l
}

# measure LABEL COMMAND...: prints seconds and max RSS (KiB) as "secs rss"
measure() {
    /usr/bin/time -f '%e %M' -o "$WORK/time.out" "$@" > /dev/null 2>&1 || true
    tail -n 1 "$WORK/time.out"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
mbps() { awk -v mb="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", mb / s; else print "inf" }'; }

run_tree() {
    mb=$1; tree="$WORK/tree$mb"
    files=$(make_tree "$tree" "$mb")
    # Best of two rounds each: the first round also warms the page cache (scanners, not the disk).
    best_r8=""; best_grep=""; rss_r8=0; rss_grep=0
    for round in 1 2; do
        set -- $(measure "$R8" scan --no-keychain --max-size 4096 "$tree")
        [ -z "$best_r8" ] || [ "$(awk -v a="$1" -v b="$best_r8" 'BEGIN{print (a<b)}')" = 1 ] && best_r8=$1
        rss_r8=$2
        set -- $(measure grep -rEc 'r8_[0-9A-Za-z_-]{37}' "$tree")
        [ -z "$best_grep" ] || [ "$(awk -v a="$1" -v b="$best_grep" 'BEGIN{print (a<b)}')" = 1 ] && best_grep=$1
        rss_grep=$2
    done
    found=$("$R8" scan --no-keychain --json --max-size 4096 "$tree" 2>/dev/null | grep -c '"token"' || true)
    printf '%6s MB tree, %5s files | r8 scan %6ss %6s MB/s %7s KiB RSS | grep %6ss %6s MB/s %7s KiB RSS | throughput r8/grep %s | findings %s\n' \
        "$mb" "$files" "$best_r8" "$(mbps "$mb" "$best_r8")" "$rss_r8" "$best_grep" "$(mbps "$mb" "$best_grep")" \
        "$rss_grep" "$(ratio "$best_grep" "$best_r8")" "$found"
    rm -rf "$tree"
}

echo "scan_bench: $(nproc) cores, load $(cut -d" " -f1 /proc/loadavg 2>/dev/null || echo ?), r8 at $R8; best of 2 runs each"
small=$((SIZE_MB / 4)); [ "$small" -ge 1 ] || small=1
run_tree "$small"
run_tree "$SIZE_MB"

# --- history: COMMITS commits made with git fast-import; a token added in the middle, removed next ---
repo="$WORK/repo"
git init -q "$repo"
awk -v n="$COMMITS" -v tok="$(fake_token)" 'BEGIN {
    for (i = 1; i <= n; i++) {
        body = sprintf("version = %d\nname = \"module %d\"\n", i, i % 100)
        if (i == int(n / 2)) body = body "api_key = \"" tok "\"\n"
        printf "commit refs/heads/main\nmark :%d\ncommitter Bench <b@example.invalid> %d +0000\ndata %d\n%s\n", i, 1700000000 + i, length("c" i), "c" i
        if (i > 1) printf "from :%d\n", i - 1
        printf "M 100644 inline src/f%d.txt\ndata %d\n%s\n", i % 100, length(body), body
    }
}' | (cd "$repo" && git fast-import --quiet)
set -- $(measure "$R8" scan --git --no-keychain "$repo")
r8_git=$1; r8_git_rss=$2
set -- $(measure sh -c "cd '$repo' && git log --all -p --no-color | grep -Ec 'r8_[0-9A-Za-z_-]{37}'")
base_git=$1
hist=$("$R8" scan --git --no-keychain --json "$repo" 2>/dev/null | grep -c '"commit"' || true)
printf 'history: %s commits | r8 scan --git %ss (%s commits/s, %s KiB RSS) | git log --all -p | grep -Ec: %ss | ratio baseline/r8 %s | findings %s\n' \
    "$COMMITS" "$r8_git" "$(mbps "$COMMITS" "$r8_git")" "$r8_git_rss" "$base_git" "$(ratio "$base_git" "$r8_git")" "$hist"
