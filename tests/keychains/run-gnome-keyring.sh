#!/bin/sh
# The r8 vault flows and the locked case against gnome-keyring, alone on a private session bus.
# (The rest of the suite uses gnome-keyring too, through tests/run-headless.sh; this run also locks it.)
#   sh tests/keychains/run-gnome-keyring.sh BUILD_DIR      exit 77 = skipped (package missing)
set -eu
KC_PROVIDER=gnome-keyring
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/flows.sh"
B=$(cd "${1:?usage: run-gnome-keyring.sh BUILD_DIR}" && pwd)
command -v gnome-keyring-daemon >/dev/null || skip "gnome-keyring is not installed (sh packaging/dev.sh deps installs it)"
command -v secret-tool >/dev/null || skip "secret-tool is not installed (libsecret-tools; packaging/dev.sh installs it)"

if [ "${KC_INNER:-}" != 1 ]; then
    kc_home
    trap 'rm -rf "$KC_ROOT"' EXIT
    export KC_INNER=1 KC_ROOT
    rc=0; kc_session sh "$0" "$B" || rc=$?
    exit $rc
fi

PW=r8desk-keychain-test
GK=
start_gk() {
    printf '%s' "$PW" | gnome-keyring-daemon --foreground --unlock --components=secrets >"$KC_ROOT/gk.log" 2>&1 &
    GK=$!
    wait_until 20 default_unlocked
}
stop_gk() { [ -z "$GK" ] || { kill "$GK" 2>/dev/null; wait "$GK" 2>/dev/null || true; }; GK=; }
lock_gk() {
    gdbus call --session -d org.freedesktop.secrets -o /org/freedesktop/secrets \
        -m org.freedesktop.Secret.Service.Lock "[objectpath '/org/freedesktop/secrets/collection/login']" >/dev/null &&
        wait_until 10 default_is_locked
}
# Without a display gnome-keyring cannot show its unlock prompt: restart it unlocked (as a login does).
unlock_gk() { stop_gk; start_gk; }
trap 'sandbox_stop; stop_gk' EXIT
start_gk || fail "gnome-keyring did not come up: $(cat "$KC_ROOT/gk.log")"
log "gnome-keyring pid $GK owns org.freedesktop.secrets (pid $(bus_owner org.freedesktop.secrets))"
kc_flows "$B" yes
kc_locked_flow "$B" lock_gk unlock_gk
log "all passed"
