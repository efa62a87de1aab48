#!/bin/sh
# Builds the Debian package with CPack and checks it: lintian (no errors), then — on CI, or with
# R8_INSTALL_DEB=1 — installs it with apt on this machine, runs `r8desk --version`, `r8 --version`,
# launches r8desk offscreen until its first paint, and removes the package again.
#   sh packaging/check-deb.sh [BUILD_DIR]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=$(cd "${1:-$ROOT/build}" && pwd)
cd "$BUILD_DIR"
rm -f ./*.deb
cpack -G DEB >/dev/null
DEB=$(ls ./r8desk_*.deb)
echo "built $DEB"
dpkg-deb -I "$DEB" | sed -n 's/^ Depends: /Depends: /p'
LINT=$(lintian "$DEB" 2>&1 | grep -v 'running with root privileges' || true)
[ -n "$LINT" ] && echo "$LINT"
if echo "$LINT" | grep -q '^E:'; then echo "lintian reported errors" >&2; exit 1; fi
echo "lintian: no errors"
if [ "${CI:-}" = true ] || [ "${R8_INSTALL_DEB:-}" = 1 ]; then
    as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$BUILD_DIR/${DEB#./}" >/dev/null
    /usr/bin/r8desk --version
    /usr/bin/r8 --version
    T=$(mktemp -d)
    HOME=$T XDG_DATA_HOME=$T/d XDG_RUNTIME_DIR=$T QT_QPA_PLATFORM=offscreen /usr/bin/r8desk --exit-after-first-paint
    rm -rf "$T"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq r8desk >/dev/null
    echo "package installed, launched offscreen and removed"
fi
