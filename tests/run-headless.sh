#!/bin/sh
# Runs the test suite headless: a throwaway HOME and XDG tree, a private D-Bus session with an
# unlocked gnome-keyring (the real Secret Service), and Qt's offscreen platform.
#   sh tests/run-headless.sh BUILD_DIR [extra ctest arguments]
# Some ctest tests bring their own platform from here: keychain_gnome-keyring, keychain_keepassxc and
# keychain_kwallet (tests/keychains/) each start that keychain alone on a private bus; desktop_wayland
# starts weston, desktop_atspi Xvfb with the AT-SPI bus (tests/desktop/). Each exits 77 (ctest: skipped,
# with the package to install) only when its package is missing; packaging/dev.sh installs them all.
set -eu
BUILD_DIR=$(cd "${1:?usage: run-headless.sh BUILD_DIR [ctest args]}" && pwd)
shift
SANDBOX_HOME=$(mktemp -d "${TMPDIR:-/tmp}/r8desk-test-home.XXXXXX")
trap 'rm -rf "$SANDBOX_HOME"' EXIT INT TERM
mkdir -p "$SANDBOX_HOME/.local/share" "$SANDBOX_HOME/.config" "$SANDBOX_HOME/.cache" "$SANDBOX_HOME/run"
chmod 700 "$SANDBOX_HOME/run"
export HOME="$SANDBOX_HOME"
export XDG_DATA_HOME="$SANDBOX_HOME/.local/share"
export XDG_CONFIG_HOME="$SANDBOX_HOME/.config"
export XDG_CACHE_HOME="$SANDBOX_HOME/.cache"
export XDG_RUNTIME_DIR="$SANDBOX_HOME/run"
export QT_QPA_PLATFORM=offscreen
export R8_TEST_HOME="$SANDBOX_HOME"
# Sanitizer builds: fail on the first report, keep the output readable.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
JOBS=${CTEST_JOBS:-2}
# Not `exec`: the EXIT trap above must run to remove the throwaway HOME afterwards.
status=0
dbus-run-session -- sh -c '
    printf "%s" "r8desk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    build_dir=$0; jobs=$1; shift
    exec ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" "$@"
' "$BUILD_DIR" "$JOBS" "$@" || status=$?
exit $status
