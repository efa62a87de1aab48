#!/bin/sh
# Checks the Flatpak manifest without building it: building needs the KDE runtime and SDK from
# Flathub, which CI cannot download (README, "Flatpak", has the commands for a machine that can).
#   sh packaging/check-flatpak.sh [BUILD_DIR]
# 1. flatpak-builder --show-manifest parses it; yamllint finds nothing.
# 2. What it promises: the app id of packaging/identity.cmake, org.kde.Platform/Sdk 6.x, the
#    command, Secret Service / network / Wayland / X11 access and nothing broader than the home
#    folder, QtKeychain from a release tarball pinned by sha256, r8desk from this repository.
# 3. With BUILD_DIR: what `cmake --install --prefix /app` puts where Flatpak exports from (the
#    desktop file, metainfo and icons named by the app id) is there and valid.
# 4. The Flathub linter, flatpak-builder-lint, when it is installed. It is not packaged in Debian 12
#    (it ships in the org.flatpak.Builder Flatpak, which needs Flathub), so offline it is skipped
#    and said so; appstreamcli and desktop-file-validate run instead (step 3).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MANIFEST="$ROOT/packaging/flatpak/dev.r8desk.R8desk.yml"
APP_ID=$(sed -n 's/^set(R8_APP_ID "\(.*\)")$/\1/p' "$ROOT/packaging/identity.cmake")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "check-flatpak: FAIL: $*" >&2; exit 1; }

command -v flatpak-builder >/dev/null || fail "flatpak-builder is not installed (sh packaging/dev.sh deps)"
[ "$(basename "$MANIFEST" .yml)" = "$APP_ID" ] || fail "manifest file name is not the app id $APP_ID"
(cd "$TMP" && flatpak-builder --show-manifest "$MANIFEST") >"$TMP/manifest.json" \
    || fail "flatpak-builder --show-manifest rejected the manifest"
echo "flatpak-builder $(flatpak-builder --version | cut -d' ' -f2) --show-manifest: OK"
if command -v yamllint >/dev/null; then
    yamllint --strict -d '{extends: default, rules: {line-length: {max: 110}, document-start: disable}}' "$MANIFEST" \
        || fail "yamllint"
    echo "yamllint: OK"
fi

J="$TMP/manifest.json"
has() { grep -Eq "$1" "$J" || fail "manifest: expected $2"; }
lacks() { if grep -Eq "$1" "$J"; then fail "manifest: $2"; fi; }
has "^  \"id\" : \"$APP_ID\",\$" "id $APP_ID"
has '^  "runtime" : "org.kde.Platform",$' "runtime org.kde.Platform"
has '^  "runtime-version" : "6\.[0-9]+",$' "runtime-version 6.x (Qt 6)"
has '^  "sdk" : "org.kde.Sdk",$' "sdk org.kde.Sdk"
has '^  "command" : "r8desk",$' "command r8desk"
for arg in --talk-name=org.freedesktop.secrets --share=network --socket=wayland --socket=fallback-x11 --share=ipc; do
    has "\"$arg\"" "finish-arg $arg"
done
lacks '"--filesystem=(host|host-os|host-etc)' "asks for more than the home folder"
lacks '"--talk-name=org.freedesktop.Flatpak"|"--socket=session-bus"|"--socket=system-bus"' \
    "asks for arbitrary D-Bus or host command access"
has '"url" : "https://github.com/frankosterfeld/qtkeychain/archive/refs/tags/[0-9.]+\.tar\.gz"' \
    "QtKeychain from a release tarball"
has '"sha256" : "[0-9a-f]{64}"' "a sha256 for the QtKeychain tarball"
has '"name" : "r8desk"' "the r8desk module"
has '"-DBUILD_WITH_QT6=ON"' "QtKeychain built for Qt 6"
echo "manifest contents: OK (id $APP_ID, $(sed -n 's/^  "runtime-version" : "\(.*\)",$/org.kde.Platform \1/p' "$J"))"

if [ $# -gt 0 ]; then
    BUILD_DIR=$(cd "$1" && pwd)
    DESTDIR="$TMP/dest" cmake --install "$BUILD_DIR" --prefix /app >/dev/null
    A="$TMP/dest/app"
    for f in bin/r8desk "share/applications/$APP_ID.desktop" "share/metainfo/$APP_ID.metainfo.xml" \
             "share/icons/hicolor/scalable/apps/$APP_ID.svg" "share/icons/hicolor/128x128/apps/$APP_ID.png"; do
        [ -s "$A/$f" ] || fail "install tree under /app: missing $f"
    done
    grep -q '^Exec=r8desk' "$A/share/applications/$APP_ID.desktop" || fail "desktop file does not run r8desk"
    desktop-file-validate "$A/share/applications/$APP_ID.desktop" || fail "desktop-file-validate"
    appstreamcli validate --no-net "$A/share/metainfo/$APP_ID.metainfo.xml" >/dev/null || fail "appstreamcli validate"
    echo "files Flatpak exports (desktop file, metainfo, icons as $APP_ID): OK"
fi

if command -v flatpak-builder-lint >/dev/null; then
    flatpak-builder-lint manifest "$MANIFEST" || fail "flatpak-builder-lint"
    echo "flatpak-builder-lint: OK"
else
    echo "flatpak-builder-lint: not available offline (not in Debian 12; it ships in Flathub's org.flatpak.Builder) — skipped"
fi
echo "check-flatpak: OK"
