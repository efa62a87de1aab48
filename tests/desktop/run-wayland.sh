#!/bin/sh
# The GUI tests on Wayland: Debian's weston (headless backend, pixman) as the compositor and Qt's
# wayland platform plugin (qt6-wayland). Runs every ctest test labelled `gui` (plus tst_single_instance)
# with QT_QPA_PLATFORM=wayland instead of offscreen, and checks that r8desk's Wayland app id is the
# name of its .desktop file (what the compositor uses to find the icon).
# Differences that Wayland's headless compositor cannot cover are listed, with the reason, in
# tests/desktop/wayland-differences.txt; any other failure fails this run.
#   sh tests/desktop/run-wayland.sh BUILD_DIR      exit 77 = skipped (package missing)
set -eu
B=$(cd "${1:?usage: run-wayland.sh BUILD_DIR}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
skip() { echo "SKIP: $*" >&2; exit 77; }
command -v weston >/dev/null || skip "weston is not installed (sh packaging/dev.sh deps installs it)"
QT_PLUGINS=$(/usr/lib/qt6/bin/qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
[ -f "$QT_PLUGINS/platforms/libqwayland-generic.so" ] || skip "Qt's wayland plugin is missing (package qt6-wayland)"

RT=$(mktemp -d "${TMPDIR:-/tmp}/r8-wayland.XXXXXX")
chmod 700 "$RT"
SOCK=wayland-r8-test
XDG_RUNTIME_DIR="$RT" weston --backend=headless-backend.so --use-pixman --width=1280 --height=800 --socket="$SOCK" \
    --idle-time=0 --no-config --log="$RT/weston.log" &
WPID=$!
cleanup() { set +e; kill "$WPID" 2>/dev/null; wait "$WPID" 2>/dev/null; rm -rf "$RT"; }
trap cleanup EXIT
trap 'exit 143' INT TERM
end=$(($(date +%s) + 20))
while [ ! -S "$RT/$SOCK" ]; do
    kill -0 "$WPID" 2>/dev/null && [ "$(date +%s)" -lt "$end" ] || { cat "$RT/weston.log" >&2; echo "weston did not start" >&2; exit 1; }
    sleep 0.1
done
export XDG_RUNTIME_DIR="$RT" WAYLAND_DISPLAY="$SOCK" QT_QPA_PLATFORM=wayland
# weston's headless backend has no wl_seat; Qt 6.4's text-input code then crashes on the first key
# event into a QLineEdit unless the input-method module is switched off.
export QT_IM_MODULE=none
unset DISPLAY

# 1. The app id r8desk gives its window (xdg_toplevel.set_app_id) = the .desktop file's name.
DESKTOP=$(find "$B" -name '*.desktop' -path '*packaging*' | head -n1)
[ -n "$DESKTOP" ] || { echo "no .desktop file in $B" >&2; exit 1; }
WANT=$(basename "$DESKTOP" .desktop)
WAYLAND_DEBUG=client timeout 60 "$B/app/r8desk/r8desk" --exit-after-first-paint >"$RT/r8desk.log" 2>&1 || {
    echo "r8desk on Wayland failed:" >&2; grep -v '^\[' "$RT/r8desk.log" | tail -n 20 >&2; exit 1; }
GOT=$(sed -n 's/.*xdg_toplevel@[0-9]*\.set_app_id("\([^"]*\)").*/\1/p' "$RT/r8desk.log" | head -n1)
[ "$GOT" = "$WANT" ] || { echo "app id '$GOT' != desktop file '$WANT.desktop'" >&2; exit 1; }
grep -q "^Icon=$WANT\$" "$DESKTOP" || { echo "$DESKTOP: Icon= is not $WANT" >&2; exit 1; }
echo "wayland: r8desk's app id $GOT matches $(basename "$DESKTOP") (and its Icon=)"

# 2. The GUI tests on Wayland.
# (not exec: the EXIT trap must stop weston)
rc=0
/usr/bin/python3 "$HERE/run_on_wayland.py" "$B" "$HERE/wayland-differences.txt" || rc=$?
exit $rc
