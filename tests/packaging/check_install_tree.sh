#!/bin/sh
# Installs the build into a temporary DESTDIR and checks that every file a desktop needs is there
# and valid: binaries (and that they run), the reverse-DNS .desktop file, AppStream metainfo, icons.
#   check_install_tree.sh BUILD_DIR APP_ID
set -eu
BUILD_DIR=$1
APP_ID=$2
DEST=$(mktemp -d)
trap 'rm -rf "$DEST"' EXIT
DESTDIR="$DEST" cmake --install "$BUILD_DIR" --prefix /usr >/dev/null
fail() { echo "FAIL: $*"; exit 1; }
for f in usr/bin/r8desk usr/bin/r8 \
         "usr/share/applications/$APP_ID.desktop" "usr/share/metainfo/$APP_ID.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
         "usr/share/icons/hicolor/48x48/apps/$APP_ID.png" "usr/share/icons/hicolor/256x256/apps/$APP_ID.png" \
         usr/share/doc/r8desk/copyright usr/share/doc/r8desk/changelog.gz \
         usr/share/man/man1/r8.1.gz usr/share/man/man1/r8desk.1.gz; do
    [ -s "$DEST/$f" ] || fail "missing $f"
done
# Nothing from the test suite is installed.
if find "$DEST" -name 'tst_*' | grep -q .; then fail "test binaries installed"; fi
desktop-file-validate "$DEST/usr/share/applications/$APP_ID.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$DEST/usr/share/metainfo/$APP_ID.metainfo.xml" || fail "appstreamcli validate"
grep -q "^Icon=$APP_ID$" "$DEST/usr/share/applications/$APP_ID.desktop" || fail "Icon= is not the app id"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$DEST/usr/share/metainfo/$APP_ID.metainfo.xml" \
    || fail "metainfo does not launch the desktop file"
# The manual pages render without groff warnings, and list every r8 command.
for page in r8 r8desk; do
    W=$(zcat "$DEST/usr/share/man/man1/$page.1.gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1) || fail "$page.1 does not render"
    [ -z "$W" ] || fail "$page.1: $W"
done
for cmd in $("$DEST/usr/bin/r8" --help | sed -n 's/^  \([a-z][a-z]*\)  .*/\1/p'); do
    zcat "$DEST/usr/share/man/man1/r8.1.gz" | grep -q "^\.B $cmd\$" || fail "r8.1 does not describe \"r8 $cmd\""
done
"$DEST/usr/bin/r8" --version | grep -q '^r8 [0-9]' || fail "r8 --version"
QT_QPA_PLATFORM=offscreen "$DEST/usr/bin/r8desk" --version | grep -q 'r8desk [0-9]' || fail "r8desk --version"
echo "install tree OK: $(find "$DEST" -type f | wc -l) files"
