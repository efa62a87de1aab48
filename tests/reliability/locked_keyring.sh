#!/bin/sh
# Locked is not missing (issue 13, items 2 and 3): with the Secret Service's collection locked,
#   r8 exec   says the keychain is locked and exits 3 (not "no secret … add it again"),
#   r8 tokens verify exits 3 (keychain), not 4 (network),
#   r8 tokens rm  exits 3 and keeps both the entry and the keychain item (no orphan),
# and once unlocked (here: a fresh item check) everything is still there.
# Runs its own D-Bus session and gnome-keyring, so locking does not disturb other tests.
#   sh locked_keyring.sh PATH/TO/r8
set -u
R8=${1:?usage: locked_keyring.sh PATH/TO/r8}
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is needed (packaging/dev.sh installs it)"; exit 1; }
done
H=$(mktemp -d "${TMPDIR:-/tmp}/r8-locked.XXXXXX")
# Daemons started for this test (gnome-keyring, or one D-Bus activates late) carry HOME=$H: stop
# exactly those, so that none outlives the test or holds its output open.
stop_ours() {
    for e in /proc/[0-9]*/environ; do
        pid=${e#/proc/}; pid=${pid%/environ}
        [ "$pid" = "$$" ] && continue
        if { tr '\0' '\n' <"$e"; } 2>/dev/null | grep -qx "HOME=$H"; then kill "$pid" 2>/dev/null; fi
    done
}
trap 'stop_ours; rm -rf "$H"' EXIT INT TERM
mkdir -p "$H/data" "$H/config" "$H/run"
chmod 700 "$H/run"
export HOME="$H" XDG_DATA_HOME="$H/data" XDG_CONFIG_HOME="$H/config" XDG_RUNTIME_DIR="$H/run"
export QT_QPA_PLATFORM=offscreen
# shellcheck disable=SC2016
dbus-run-session -- sh -c '
    R8=$1; H=$2
    fail() { echo "FAIL: $*"; exit 1; }
    printf "%s" "locked-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    printf "%s\n" "r8_$(head -c 64 /dev/urandom | base64 | tr -dc "A-Za-z0-9" | head -c 37)" >"$H/tok"
    "$R8" tokens add alpha <"$H/tok" >/dev/null 2>&1 || fail "tokens add"
    dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login \
        >/dev/null || fail "could not lock the collection"

    "$R8" exec --token alpha -- true >"$H/out" 2>"$H/err"; rc=$?
    [ "$rc" = 3 ] || fail "exec on a locked keyring exited $rc, want 3: $(cat "$H/err")"
    grep -q "locked" "$H/err" || fail "exec does not say locked: $(cat "$H/err")"
    if grep -q "add the token again" "$H/err"; then fail "exec advises re-adding: $(cat "$H/err")"; fi

    "$R8" tokens verify alpha --base-url http://127.0.0.1:9/v1 >"$H/out" 2>"$H/err"; rc=$?
    [ "$rc" = 3 ] || fail "verify on a locked keyring exited $rc, want 3: $(cat "$H/out" "$H/err")"

    "$R8" tokens rm alpha >"$H/out" 2>"$H/err"; rc=$?
    [ "$rc" = 3 ] || fail "rm on a locked keyring exited $rc, want 3: $(cat "$H/out" "$H/err")"
    if grep -q "Deleted" "$H/out"; then fail "rm claims it deleted: $(cat "$H/out")"; fi
    "$R8" tokens --json | grep -q "\"alpha\"" || fail "rm removed the entry although the item stayed"
    found=$(dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.SearchItems dict:string:string:server,r8desk)
    case "$found" in *"collection/login/"*) ;; *) fail "the keychain item is gone: $found" ;; esac
    if grep -q "r8_" "$H/out" "$H/err"; then fail "a token reached the output"; fi
    echo "ok: locked keyring is reported as locked (exit 3), nothing removed"
' sh "$R8" "$H" >"$H/log" 2>&1
rc=$?
grep -v -e "^dbus-daemon" -e "Gtk-WARNING" -e "^\*\* Message" -e "^$" "$H/log"
exit $rc
