#!/bin/sh
# What a screen reader hears: r8desk on Xvfb with Qt's AT-SPI bridge forced on
# (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), on a private D-Bus session where at-spi2-core's bus starts,
# checked from OUTSIDE the process with pyatspi (as Orca sees it) by atspi_check.py.
#   sh tests/desktop/run-atspi.sh BUILD_DIR      exit 77 = skipped (package missing)
set -eu
B=$(cd "${1:?usage: run-atspi.sh BUILD_DIR}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
skip() { echo "SKIP: $*" >&2; exit 77; }
[ -x /usr/libexec/at-spi-bus-launcher ] || skip "at-spi2-core is not installed (sh packaging/dev.sh deps installs it)"
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || skip "python3-pyatspi is not installed"
command -v Xvfb >/dev/null || skip "xvfb is not installed"
command -v xdotool >/dev/null || skip "xdotool is not installed"

if [ "${ATSPI_INNER:-}" != 1 ]; then
    H=$(mktemp -d "${TMPDIR:-/tmp}/r8-atspi.XXXXXX")
    mkdir -p "$H/config" "$H/data" "$H/cache" "$H/rt"
    chmod 700 "$H/rt"
    rc=0
    env -u DBUS_SESSION_BUS_ADDRESS -u NO_AT_BRIDGE HOME="$H" XDG_CONFIG_HOME="$H/config" XDG_DATA_HOME="$H/data" \
        XDG_CACHE_HOME="$H/cache" XDG_RUNTIME_DIR="$H/rt" ATSPI_INNER=1 \
        dbus-run-session -- sh "$0" "$B" || rc=$?
    rm -rf "$H"
    exit $rc
fi

printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
DFILE=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$DFILE" >/dev/null 2>&1 &
XPID=$!
APID=
cleanup() {
    set +e
    [ -z "$APID" ] || { kill "$APID" 2>/dev/null; wait "$APID" 2>/dev/null; }
    kill "$XPID" 2>/dev/null; wait "$XPID" 2>/dev/null; rm -f "$DFILE"
}
trap cleanup EXIT
trap 'exit 143' INT TERM
end=$(($(date +%s) + 20))
while [ ! -s "$DFILE" ]; do
    [ "$(date +%s)" -lt "$end" ] || { echo "Xvfb did not start" >&2; exit 1; }
    sleep 0.1
done
export DISPLAY=":$(cat "$DFILE")" QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
"$B/app/r8desk/r8desk" >"$XDG_RUNTIME_DIR/r8desk.log" 2>&1 &
APID=$!
/usr/bin/python3 "$HERE/atspi_check.py" r8desk
