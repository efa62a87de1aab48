#!/bin/sh
# r8desk developer entry point. The README's Quick start uses exactly two of these:
#   sh packaging/dev.sh run    install what is missing, build, launch r8desk
#   sh packaging/dev.sh test   install what is missing, build, run the whole test suite headless
# Others: deps (install only), build (build only).
# Environment: BUILD_DIR (default build), R8_SANITIZE=address,undefined (sanitizer build, default
# dir build-asan), R8_WERROR=ON|OFF (default ON).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SANITIZE=${R8_SANITIZE:-}
if [ -n "$SANITIZE" ]; then DEFAULT_BUILD=build-asan; else DEFAULT_BUILD=build; fi
BUILD_DIR=${BUILD_DIR:-$ROOT/$DEFAULT_BUILD}
BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo}

# Debian 12 packages: build (qt6-tools-dev + qt6-l10n-tools: lupdate/lrelease for the translations;
# libarchive-dev: the leak check reads archives), run (qt6-translations-l10n: Qt's own strings in the
# user's language), and test (keychain, D-Bus, X, sandbox benchmark peer; python3 for the tr() lint;
# groff-base to check the manual pages; ripgrep: the leak-check benchmark's baseline; KeePassXC and
# kwalletd5 as other Secret Services, weston + qt6-wayland for the Wayland run, at-spi2-core + pyatspi +
# xdotool + openbox for the screen-reader check and the real-window tier — see tests/keychains/,
# tests/desktop/ and tests/window/).
BUILD_PKGS="cmake ninja-build g++ pkg-config libcurl4-openssl-dev libarchive-dev qt6-base-dev qtkeychain-qt6-dev \
qt6-tools-dev qt6-l10n-tools qt6-svg-dev"
RUN_PKGS="libcurl4 libarchive13 libqt6sql6-sqlite qt6-image-formats-plugins libqt6svg6 qt6-qpa-plugins gnome-keyring \
dbus qt6-translations-l10n"
TEST_PKGS="python3 dbus-bin clang-format groff-base dpkg-dev lintian desktop-file-utils appstream dbus-x11 \
libsecret-tools xvfb xauth imagemagick curl nginx-light wrk git clang libclang-rt-14-dev time \
flatpak-builder yamllint keepassxc libkf5wallet-bin libqca-qt5-2-plugins python3-dbus weston qt6-wayland \
at-spi2-core python3-pyatspi xdotool openbox x11-utils ripgrep"

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    missing=""
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $p"
        fi
    done
    if [ -n "$missing" ]; then
        echo "dev.sh: installing:$missing" >&2
        as_root apt-get update -qq
        # shellcheck disable=SC2086
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
    fi
}

# Node.js and npm (for the official `replicate` client test): only when missing, since a machine may
# carry its own Node.js build (e.g. nodesource's nodejs, which bundles npm and conflicts with Debian's).
install_node() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        install_missing nodejs npm
    fi
}

build() {
    gen=""
    if command -v ninja >/dev/null 2>&1; then gen="-G Ninja"; fi
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        # shellcheck disable=SC2086
        cmake -S "$ROOT" -B "$BUILD_DIR" $gen -DCMAKE_BUILD_TYPE="$BUILD_TYPE" \
            -DR8_WERROR="${R8_WERROR:-ON}" -DR8_SANITIZE="$SANITIZE" >&2
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)" >&2
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    deps) install_missing $BUILD_PKGS $RUN_PKGS $TEST_PKGS; install_node ;;
    build) install_missing $BUILD_PKGS $RUN_PKGS; build ;;
    run)
        install_missing $BUILD_PKGS $RUN_PKGS
        build
        exec "$BUILD_DIR/app/r8desk/r8desk" "$@"
        ;;
    test)
        install_missing $BUILD_PKGS $RUN_PKGS $TEST_PKGS
        install_node
        build
        exec sh "$ROOT/tests/run-headless.sh" "$BUILD_DIR" "$@"
        ;;
    *)
        echo "usage: sh packaging/dev.sh run|test|deps|build" >&2
        exit 2
        ;;
esac
