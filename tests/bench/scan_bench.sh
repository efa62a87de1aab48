#!/bin/sh
# Leak-check benchmark: `r8 scan` against ripgrep (`rg -c 'r8_[0-9A-Za-z_-]{37}'`, the goal: r8's
# throughput ≥ 1.0× ripgrep's) and `grep -rEc` on the same generated tree of mixed text files, in
# the same run (throughput MB/s, peak RSS, ratios, findings), on two tree sizes (memory must stay
# flat); a small tree (20 files: start-up time, r8 against ripgrep); and a generated repository's
# history, without a token and with one (`r8 scan --git` against `git log --all -p | grep -Ec`).
# Each figure is the MEDIAN of ROUNDS runs (the machine may be shared: the tools take turns within
# each round, so they see the same load); the first, unmeasured round warms the page cache.
#   sh tests/bench/scan_bench.sh [SIZE_MB (default 512)] [COMMITS (default 10000)] [ROUNDS (default 5)]
# Environment: BUILD_DIR (default: build), BENCH_TMP (default: $TMPDIR or /tmp).
# Needs: GNU time (Debian package `time`), git, grep, ripgrep. Everything generated is removed at exit.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SIZE_MB=${1:-512}
COMMITS=${2:-10000}
ROUNDS=${3:-5}
BUILD_DIR=$(cd "${BUILD_DIR:-$ROOT/build}" && pwd)
R8="$BUILD_DIR/app/r8"
[ -x "$R8" ] || { echo "scan_bench: $R8 not built (set BUILD_DIR)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "scan_bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
command -v rg >/dev/null 2>&1 || { echo "scan_bench: rg missing (apt-get install ripgrep)" >&2; exit 2; }
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

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
RE='r8_[0-9A-Za-z_-]{37}'

run_tree() {
    mb=$1; tree="$WORK/tree$mb"
    files=$(make_tree "$tree" "$mb")
    "$R8" scan --no-keychain "$tree" >/dev/null 2>&1 || true # warm the page cache
    rg -c "$RE" "$tree" >/dev/null 2>&1 || true
    : > "$WORK/r8.t"; : > "$WORK/rg.t"; : > "$WORK/grep.t"; : > "$WORK/r8.m"; : > "$WORK/rg.m"; : > "$WORK/grep.m"
    round=0
    while [ "$round" -lt "$ROUNDS" ]; do
        round=$((round + 1))
        set -- $(measure "$R8" scan --no-keychain "$tree"); echo "$1" >> "$WORK/r8.t"; echo "$2" >> "$WORK/r8.m"
        set -- $(measure rg -c "$RE" "$tree"); echo "$1" >> "$WORK/rg.t"; echo "$2" >> "$WORK/rg.m"
        set -- $(measure grep -rEc "$RE" "$tree"); echo "$1" >> "$WORK/grep.t"; echo "$2" >> "$WORK/grep.m"
    done
    t_r8=$(median < "$WORK/r8.t"); t_rg=$(median < "$WORK/rg.t"); t_grep=$(median < "$WORK/grep.t")
    m_r8=$(median < "$WORK/r8.m"); m_rg=$(median < "$WORK/rg.m"); m_grep=$(median < "$WORK/grep.m")
    found=$("$R8" scan --no-keychain --json "$tree" 2>/dev/null | grep -c '"token"' || true)
    rg_found=$(rg -o --no-filename "$RE" "$tree" | wc -l)
    printf '%6s MB tree, %5s files, median of %s\n' "$mb" "$files" "$ROUNDS"
    printf '   r8 scan %6ss %6s MB/s %7s KiB RSS | findings %s\n' "$t_r8" "$(mbps "$mb" "$t_r8")" "$m_r8" "$found"
    printf '   ripgrep %6ss %6s MB/s %7s KiB RSS | findings %s | throughput r8/rg   %s\n' "$t_rg" "$(mbps "$mb" "$t_rg")" \
        "$m_rg" "$rg_found" "$(ratio "$t_rg" "$t_r8")"
    printf '   grep    %6ss %6s MB/s %7s KiB RSS |                | throughput r8/grep %s\n' "$t_grep" "$(mbps "$mb" "$t_grep")" \
        "$m_grep" "$(ratio "$t_grep" "$t_r8")"
    rm -rf "$tree"
}

echo "scan_bench: $(nproc) cores, load $(cut -d" " -f1 /proc/loadavg 2>/dev/null || echo ?), r8 at $R8, $(rg --version | sed -n 1p)"
small=$((SIZE_MB / 4)); [ "$small" -ge 1 ] || small=1
run_tree "$small"
run_tree "$SIZE_MB"

# --- small tree: start-up dominates (20 files of a few KiB): each round times 20 runs in a row ---
small_tree="$WORK/small"
mkdir -p "$small_tree"
i=0
while [ "$i" -lt 20 ]; do
    i=$((i + 1))
    tail -c +"$((i * 4099 + 1))" "$seed" | head -c 4096 > "$small_tree/f$i.txt"
done
# ms_per_run COMMAND...: milliseconds per run, over 20 runs in a row (wall clock, nanoseconds)
ms_per_run() {
    t0=$(date +%s%N); n=0
    while [ "$n" -lt 20 ]; do n=$((n + 1)); "$@" > /dev/null 2>&1 || true; done
    t1=$(date +%s%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 20 / 1e6 }'
}
: > "$WORK/s8.t"; : > "$WORK/srg.t"
round=0
while [ "$round" -lt "$ROUNDS" ]; do
    round=$((round + 1))
    ms_per_run "$R8" scan --no-keychain "$small_tree" >> "$WORK/s8.t"; echo >> "$WORK/s8.t"
    ms_per_run rg -c "$RE" "$small_tree" >> "$WORK/srg.t"; echo >> "$WORK/srg.t"
done
s_r8=$(median < "$WORK/s8.t"); s_rg=$(median < "$WORK/srg.t")
printf 'small tree: 20 files (80 KiB), median of %s rounds of 20 runs | r8 scan %s ms | ripgrep %s ms | time rg/r8 %s\n' \
    "$ROUNDS" "$s_r8" "$s_rg" "$(ratio "$s_rg" "$s_r8")"

# --- history: COMMITS commits made with git fast-import, twice: without any token, and with a token
# added in the middle and removed by the next commit ---
# make_repo DIR TOKEN (empty: none)
make_repo() {
    git init -q "$1"
    awk -v n="$COMMITS" -v tok="$2" 'BEGIN {
        for (i = 1; i <= n; i++) {
            body = sprintf("version = %d\nname = \"module %d\"\n", i, i % 100)
            if (tok != "" && i == int(n / 2)) body = body "api_key = \"" tok "\"\n"
            printf "commit refs/heads/main\nmark :%d\ncommitter Bench <b@example.invalid> %d +0000\ndata %d\n%s\n", i, 1700000000 + i, length("c" i), "c" i
            if (i > 1) printf "from :%d\n", i - 1
            printf "M 100644 inline src/f%d.txt\ndata %d\n%s\n", i % 100, length(body), body
        }
    }' | (cd "$1" && git fast-import --quiet)
}
# run_history LABEL DIR
run_history() {
    label=$1; repo=$2
    "$R8" scan --git --no-keychain "$repo" >/dev/null 2>&1 || true # warm
    : > "$WORK/g8.t"; : > "$WORK/gb.t"; : > "$WORK/g8.m"
    round=0
    while [ "$round" -lt "$ROUNDS" ]; do
        round=$((round + 1))
        set -- $(measure "$R8" scan --git --no-keychain "$repo"); echo "$1" >> "$WORK/g8.t"; echo "$2" >> "$WORK/g8.m"
        set -- $(measure sh -c "cd '$repo' && git log --all -p --no-color | grep -Ec '$RE'"); echo "$1" >> "$WORK/gb.t"
    done
    r8_git=$(median < "$WORK/g8.t"); r8_git_rss=$(median < "$WORK/g8.m"); base_git=$(median < "$WORK/gb.t")
    hist=$("$R8" scan --git --no-keychain --json "$repo" 2>/dev/null | grep -c '"commit"' || true)
    base_found=$(cd "$repo" && git log --all -p --no-color | grep -Ec "$RE" || true)
    printf 'history, %s: %s commits, median of %s | r8 scan --git %ss (%s KiB RSS) | git log --all -p | grep -Ec: %ss | ratio baseline/r8 %s (>= 1: r8 no slower) | findings r8 %s, grep lines %s\n' \
        "$label" "$COMMITS" "$ROUNDS" "$r8_git" "$r8_git_rss" "$base_git" "$(ratio "$base_git" "$r8_git")" "$hist" "$base_found"
}
make_repo "$WORK/repo-clean" ""
run_history "no token" "$WORK/repo-clean"
make_repo "$WORK/repo-token" "$(fake_token)"
run_history "token present" "$WORK/repo-token"
