#!/bin/sh
# KeePassXC (Debian's keepassxc 2.7) as the only Secret Service: started headless on a private session
# bus with a database made by keepassxc-cli and unlocked from stdin; then the vault's integration tests,
# the r8 flows, KeePassXC locked while r8 runs, and KeePassXC asking to confirm each access.
#   sh tests/keychains/run-keepassxc.sh BUILD_DIR      exit 77 = skipped (package missing)
set -eu
KC_PROVIDER=keepassxc
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/flows.sh"
B=$(cd "${1:?usage: run-keepassxc.sh BUILD_DIR}" && pwd)
command -v keepassxc >/dev/null && command -v keepassxc-cli >/dev/null ||
    skip "KeePassXC is not installed (package keepassxc; sh packaging/dev.sh deps installs it)"
command -v secret-tool >/dev/null || skip "secret-tool is not installed (libsecret-tools)"

if [ "${KC_INNER:-}" != 1 ]; then
    kc_home
    trap 'rm -rf "$KC_ROOT"' EXIT
    export KC_INNER=1 KC_ROOT
    rc=0; kc_session sh "$0" "$B" || rc=$?
    exit $rc
fi

PW=r8desk-kpxc-test
DB=$KC_ROOT/data/secrets.kdbx
# KeePassXC's settings: Secret Service on, no notifications, no confirmations unless $1 = confirm.
write_ini() {
    confirm=false; [ "${1:-}" = confirm ] && confirm=true
    mkdir -p "$KC_ROOT/config/keepassxc"
    cat > "$KC_ROOT/config/keepassxc/keepassxc.ini" <<INI
[General]
RememberLastDatabases=false
RememberLastKeyFiles=false
OpenPreviousDatabasesOnStartup=false

[GUI]
CheckForUpdates=false
ShowTrayIcon=false

[Security]
LockDatabaseIdle=false
LockDatabaseScreenLock=false

[FdoSecrets]
Enabled=true
ShowNotification=false
ConfirmAccessItem=$confirm
ConfirmDeleteItem=$confirm
UnlockBeforeSearch=false
INI
}

# A database whose group "r8desk tests" is exposed over the Secret Service (Meta/CustomData
# FDO_SECRETS_EXPOSED_GROUP = the group's UUID, set by editing keepassxc-cli's XML export).
make_db() {
    T=$KC_ROOT/mk; mkdir -p "$T"
    printf '%s\n%s\n' "$PW" "$PW" | keepassxc-cli db-create -q -p -t 200 "$T/a.kdbx" >/dev/null 2>&1 || fail "db-create"
    echo "$PW" | keepassxc-cli mkdir -q "$T/a.kdbx" "r8desk tests" >/dev/null 2>&1 || fail "mkdir"
    echo "$PW" | keepassxc-cli export -q -f xml "$T/a.kdbx" > "$T/a.xml" 2>/dev/null || fail "export"
    /usr/bin/python3 - "$T/a.xml" "$T/b.xml" <<'PY' || fail "cannot mark the exposed group"
import base64, re, sys, uuid
x = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"<Group>\s*<UUID>([^<]+)</UUID>\s*<Name>r8desk tests</Name>", x)
u = "{%s}" % uuid.UUID(bytes=base64.b64decode(m.group(1)))
cd = ("<CustomData><Item><Key>FDO_SECRETS_EXPOSED_GROUP</Key><Value>%s</Value></Item></CustomData>" % u)
x = x.replace("</Meta>", cd + "</Meta>", 1)
open(sys.argv[2], "w", encoding="utf-8").write(x)
PY
    printf '%s\n%s\n' "$PW" "$PW" | keepassxc-cli import -q -p -t 200 "$T/b.xml" "$DB" >/dev/null 2>&1 || fail "import"
    rm -rf "$T"
}

KP=
kpxc_ready() { [ "$(bus_owner org.freedesktop.secrets)" = "$KP" ] && default_unlocked; }
start_kpxc() {
    write_ini "${1:-}"
    echo "$PW" | env QT_QPA_PLATFORM=offscreen keepassxc --pw-stdin "$DB" >"$KC_ROOT/keepassxc.log" 2>&1 &
    KP=$!
    # The collection appears while the database is still locked: wait for Locked=false.
    wait_until 40 kpxc_ready || fail "KeePassXC did not serve an unlocked collection: $(cat "$KC_ROOT/keepassxc.log")"
}
stop_kpxc() {
    [ -n "$KP" ] || return 0
    gdbus call --session -d org.keepassxc.KeePassXC.MainWindow -o /keepassxc \
        -m org.keepassxc.KeePassXC.MainWindow.appExit >/dev/null 2>&1 || true
    wait_until 5 sh -c "! kill -0 $KP" || kill "$KP" 2>/dev/null || true
    wait_until 3 sh -c "! kill -0 $KP" || kill -9 "$KP" 2>/dev/null || true
    wait "$KP" 2>/dev/null || true
    KP=
}
mainwindow() { gdbus call --session -d org.keepassxc.KeePassXC.MainWindow -o /keepassxc -m "org.keepassxc.KeePassXC.MainWindow.$1" "${2:-}" "${3:-}" "${4:-}" >/dev/null 2>&1; }
lock_kpxc() { gdbus call --session -d org.keepassxc.KeePassXC.MainWindow -o /keepassxc \
    -m org.keepassxc.KeePassXC.MainWindow.lockAllDatabases >/dev/null && wait_until 10 default_is_locked; }
unlock_kpxc() { gdbus call --session -d org.keepassxc.KeePassXC.MainWindow -o /keepassxc \
    -m org.keepassxc.KeePassXC.MainWindow.openDatabase "$DB" "$PW" "" >/dev/null && wait_until 20 default_unlocked; }
trap 'sandbox_stop; stop_kpxc' EXIT

make_db
start_kpxc
log "KeePassXC $(keepassxc --version 2>/dev/null | head -n1) pid $KP owns org.freedesktop.secrets; database unlocked"
kc_vault_tests "$B"
kc_flows "$B" yes
kc_locked_flow "$B" lock_kpxc unlock_kpxc
. "$HERE/keepassxc-confirm.sh"
log "all passed"
