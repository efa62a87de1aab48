#!/bin/sh
# Regenerates the screenshots under resources/screenshots/ (offscreen, 1280×800, light and dark).
#   sh packaging/screenshots.sh [BUILD_DIR]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${1:-$ROOT/build}
cmake --build "$BUILD_DIR" --target r8desk-screenshots >&2
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
HOME=$HOME_DIR XDG_DATA_HOME=$HOME_DIR/share XDG_CONFIG_HOME=$HOME_DIR/config XDG_RUNTIME_DIR=$HOME_DIR \
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/tools/r8desk-screenshots" "$ROOT/resources/screenshots"
