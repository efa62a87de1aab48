# Shared by the keychain runners (sourced, POSIX sh). Each runner starts ONE Secret Service provider
# headless as the only org.freedesktop.secrets on a private D-Bus session bus WITHOUT service activation
# (so no other keyring can be started behind its back), runs the flows, and stops it.

log() { echo "keychain[$KC_PROVIDER]: $*" >&2; }
fail() { log "FAIL: $*"; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }

# A throwaway HOME and XDG tree for this run ($KC_ROOT); removed on exit by the caller's trap.
kc_home() {
    KC_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/r8-keychain-$KC_PROVIDER.XXXXXX")
    mkdir -p "$KC_ROOT/home" "$KC_ROOT/config" "$KC_ROOT/data" "$KC_ROOT/cache" "$KC_ROOT/run" "$KC_ROOT/tmp" \
        "$KC_ROOT/dbus-services"
    chmod 700 "$KC_ROOT" "$KC_ROOT/run" "$KC_ROOT/tmp"
    cat > "$KC_ROOT/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><keep_umask/><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>
  <servicedir>$KC_ROOT/dbus-services</servicedir>
  <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>
CONF
}

# Runs "$@" inside the private bus with the throwaway HOME/XDG tree.
kc_session() {
    env -u DBUS_SESSION_BUS_ADDRESS -u XDG_CURRENT_DESKTOP -u KDE_SESSION_VERSION -u DESKTOP_SESSION \
        -u KDE_FULL_SESSION -u GNOME_DESKTOP_SESSION_ID \
        HOME="$KC_ROOT/home" XDG_CONFIG_HOME="$KC_ROOT/config" XDG_DATA_HOME="$KC_ROOT/data" \
        XDG_CACHE_HOME="$KC_ROOT/cache" XDG_RUNTIME_DIR="$KC_ROOT/run" TMPDIR="$KC_ROOT/tmp" \
        QT_QPA_PLATFORM=offscreen R8_LANGUAGE=C \
        dbus-run-session --config-file="$KC_ROOT/session.conf" -- "$@"
}

bus_call() { gdbus call --session -d org.freedesktop.DBus -o /org/freedesktop/DBus -m "org.freedesktop.DBus.$1" "$2" 2>/dev/null; }
# The pid owning a bus name, or nothing.
bus_owner() { bus_call GetConnectionUnixProcessID "$1" | sed -n 's/^(uint32 \([0-9]*\),)$/\1/p'; }

# Polls "$@" until it succeeds, at most $1 seconds (no fixed sleeps as synchronisation).
wait_until() {
    limit=$1; shift
    end=$(($(date +%s) + limit))
    while ! "$@" >/dev/null 2>&1; do
        [ "$(date +%s)" -lt "$end" ] || return 1
        sleep 0.2
    done
}

# Locked state of the default collection: prints true/false.
default_locked() {
    coll=$(gdbus call --session -d org.freedesktop.secrets -o /org/freedesktop/secrets \
        -m org.freedesktop.Secret.Service.ReadAlias default 2>/dev/null | grep -o "/org/freedesktop/secrets/collection/[^']*")
    [ -n "$coll" ] || return 1
    gdbus call --session -d org.freedesktop.secrets -o "$coll" -m org.freedesktop.DBus.Properties.Get \
        org.freedesktop.Secret.Collection Locked 2>/dev/null | grep -o 'true\|false'
}
default_unlocked() { [ "$(default_locked)" = false ]; }
default_is_locked() { [ "$(default_locked)" = true ]; }
