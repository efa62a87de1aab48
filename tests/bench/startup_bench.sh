#!/bin/sh
# Startup benchmark (issue: foundation §5). Measures r8desk from process start to its first painted
# main window, with 500 stored tokens, and its peak RSS; the same for a bare QMainWindow built in the
# same tree; prints medians and the ratios. Goal: time ≤ 2×, RSS ≤ 1.5× the bare window.
# There is no keychain on purpose (no D-Bus bus): startup must not read any secret.
#   sh tests/bench/startup_bench.sh [BUILD_DIR] [RUNS]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${1:-$ROOT/build}
RUNS=${2:-15}
cmake --build "$BUILD_DIR" --target r8desk bench_bare_window launchbench >&2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export HOME="$TMP" XDG_DATA_HOME="$TMP/share" XDG_CONFIG_HOME="$TMP/config" XDG_CACHE_HOME="$TMP/cache"
export XDG_RUNTIME_DIR="$TMP" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$TMP/no-bus"
B="$BUILD_DIR/tests/bench"
"$B/launchbench" --make-vault 500 "$XDG_DATA_HOME/r8desk/tokens.json"
# Warm the page cache for both, then measure them interleaved in the same invocation.
"$B/launchbench" --runs 2 --label warmup -- "$B/bench_bare_window" >/dev/null
"$B/launchbench" --runs 2 --label warmup -- "$BUILD_DIR/app/r8desk/r8desk" --exit-after-first-paint >/dev/null
BARE=$("$B/launchbench" --runs "$RUNS" --label bare_qmainwindow -- "$B/bench_bare_window")
TEXT=$("$B/launchbench" --runs "$RUNS" --label bare_qmainwindow_with_one_label -- "$B/bench_bare_window" --with-text)
APP=$("$B/launchbench" --runs "$RUNS" --label r8desk_500_tokens -- "$BUILD_DIR/app/r8desk/r8desk" --exit-after-first-paint)
echo "$BARE"
echo "$TEXT"
echo "$APP"
val() { echo "$1" | sed -n "s/.*$2=\([0-9.]*\).*/\1/p"; }
awk -v a="$(val "$APP" median_ms)" -v b="$(val "$BARE" median_ms)" \
    -v ra="$(val "$APP" median_maxrss_mb)" -v rb="$(val "$BARE" median_maxrss_mb)" 'BEGIN {
    printf "ratio time r8desk/bare = %.2fx (goal <= 2.00x)\n", a / b;
    printf "ratio peak RSS r8desk/bare = %.2fx (goal <= 1.50x)\n", ra / rb;
}'
# For reference: the same against a bare window that draws one label (font set-up and text
# rendering, which any real window pays and the bare one does not).
awk -v a="$(val "$APP" median_ms)" -v b="$(val "$TEXT" median_ms)" \
    -v ra="$(val "$APP" median_maxrss_mb)" -v rb="$(val "$TEXT" median_maxrss_mb)" 'BEGIN {
    printf "reference: time r8desk/bare-with-label = %.2fx, peak RSS = %.2fx\n", a / b, ra / rb;
}'
