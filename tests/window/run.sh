#!/bin/sh
# The real-window tier (window_test.py) in its own D-Bus session: the accessibility bus the test
# finds widgets on, and an unlocked gnome-keyring for the app's tokens.
#   sh tests/window/run.sh R8DESK_BINARY OUT_DIR
# Exit 77 (skipped) when Xvfb, openbox, xdotool, xwininfo, xprop, ImageMagick or pyatspi is missing
# (packaging/dev.sh deps installs them).
set -eu
for tool in Xvfb openbox xdotool xwininfo xprop import dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed" >&2; exit 77; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "SKIP: python3-pyatspi is not installed" >&2; exit 77; }
HERE=$(cd "$(dirname "$0")" && pwd)
# A keyring of its own, in a throwaway home (not the user's, not the suite's).
KEYRING_HOME=$(mktemp -d "${TMPDIR:-/tmp}/r8desk-window-keyring.XXXXXX")
trap 'rm -rf "$KEYRING_HOME"' EXIT INT TERM
mkdir -p "$KEYRING_HOME/data" "$KEYRING_HOME/run"
chmod 700 "$KEYRING_HOME/run"
status=0
HOME="$KEYRING_HOME" XDG_DATA_HOME="$KEYRING_HOME/data" XDG_RUNTIME_DIR="$KEYRING_HOME/run" \
dbus-run-session -- sh -c '
    printf "%s" "r8desk-window-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    unset NO_AT_BRIDGE
    exec /usr/bin/python3 "$0/window_test.py" "$1" "$2"
' "$HERE" "$1" "$2" || status=$?
exit $status
