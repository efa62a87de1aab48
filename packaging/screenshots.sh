#!/bin/sh
# Regenerates the screenshots under resources/screenshots/ (offscreen, 1280×800, light and dark), then
# the window-*.png ones from the real window on a 1024×600 desktop (tests/window).
#   sh packaging/screenshots.sh [BUILD_DIR]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${1:-$ROOT/build}
cmake --build "$BUILD_DIR" --target r8desk-screenshots >&2
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
HOME=$HOME_DIR XDG_DATA_HOME=$HOME_DIR/share XDG_CONFIG_HOME=$HOME_DIR/config XDG_RUNTIME_DIR=$HOME_DIR \
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/tools/r8desk-screenshots" "$ROOT/resources/screenshots"
# And from the real window: r8desk on Xvfb under openbox at 1024×600, as tests/window drives it
# (skipped when Xvfb, openbox, xdotool or pyatspi are missing; see packaging/dev.sh deps).
SHOTS="$BUILD_DIR/window-shots"
if R8_WINDOW_SCENARIO=1024x600 sh "$ROOT/tests/window/run.sh" "$BUILD_DIR/app/r8desk/r8desk" "$SHOTS" >&2 ||
    [ -f "$SHOTS/1024x600-tokens.png" ]; then
    for state in tokens composer-streamed composer-422 history-selected page-4-leak-check page-5-settings; do
        [ -f "$SHOTS/1024x600-$state.png" ] && cp "$SHOTS/1024x600-$state.png" "$ROOT/resources/screenshots/window-$state.png"
    done
fi
