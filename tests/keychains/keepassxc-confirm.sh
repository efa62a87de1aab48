# KeePassXC asking to confirm each access ([FdoSecrets] ConfirmAccessItem=true; sourced by
# run-keepassxc.sh). KeePassXC then lists r8desk's items as locked for a new client and shows its
# "allow access" dialog through a Secret Service prompt. Headless, nobody can answer it: r8 gives up after
# R8_KEYCHAIN_UNLOCK_TIMEOUT seconds (120 by default), dismisses the prompt and reports the refusal — the
# same message as a refusal by gnome-keyring — and keeps the token. (Clicking "Allow" needs a display;
# that path is plain libsecret and is not tested here.)
log "confirm access: storing a token, then restarting KeePassXC with ConfirmAccessItem=true"
R8="$B/app/r8"
sandbox_start "$B"
s1=$(sum_of_file "$KC_ROOT/tok1")
"$R8" tokens add guarded --env production < "$KC_ROOT/tok1" >"$KC_ROOT/out" 2>&1 || fail "add: $(cat "$KC_ROOT/out")"
stop_kpxc
start_kpxc confirm
for what in exec rm; do
    rc=0
    case $what in
    exec) R8_KEYCHAIN_UNLOCK_TIMEOUT=3 timeout 60 "$R8" exec --token guarded --base-url "$SB_BASE" -- true >"$KC_ROOT/out" 2>&1 || rc=$? ;;
    rm) R8_KEYCHAIN_UNLOCK_TIMEOUT=3 timeout 60 "$R8" tokens rm guarded >"$KC_ROOT/out" 2>&1 || rc=$? ;;
    esac
    [ "$rc" = 3 ] || fail "confirm: r8 $what exited $rc (want 3): $(cat "$KC_ROOT/out")"
    grep -q "Access to the keychain was refused" "$KC_ROOT/out" || fail "confirm: r8 $what said: $(cat "$KC_ROOT/out")"
    log "confirm not given: r8 $what -> exit 3: $(head -n1 "$KC_ROOT/out")"
done
"$R8" tokens --json > "$KC_ROOT/out" 2>&1
grep -q '"guarded"' "$KC_ROOT/out" || fail "the record was lost while access was refused"
stop_kpxc
start_kpxc
exec_matches "$B" guarded "$s1" || fail "after access was refused, the token is not the same"
"$R8" tokens rm guarded >"$KC_ROOT/out" 2>&1 || fail "rm: $(cat "$KC_ROOT/out")"
sandbox_stop
