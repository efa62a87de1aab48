# The r8 vault flows against whatever keychain the session has (sourced by the runners inside their
# private session; POSIX sh). Tokens come from `r8 sandbox` (demo tokens that work only there) and are
# never printed: the scripts compare SHA-256 sums.
#   kc_flows BUILD_DIR LABELS   LABELS=yes: check item labels with secret-tool (Secret Service backends)
#   kc_locked_flow BUILD_DIR LOCK_FN UNLOCK_FN

R8_SANDBOX_PID=
sandbox_start() {
    "$1/app/r8" sandbox --json --port 0 > "$KC_ROOT/sandbox.json" 2>"$KC_ROOT/sandbox.err" &
    R8_SANDBOX_PID=$!
    wait_until 20 test -s "$KC_ROOT/sandbox.json" || fail "r8 sandbox did not start: $(cat "$KC_ROOT/sandbox.err")"
    SB_BASE=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["base_url"])' "$KC_ROOT/sandbox.json")
    # Two working demo tokens into files (mode 600), never on a command line or in the output.
    /usr/bin/python3 - "$KC_ROOT/sandbox.json" "$KC_ROOT/tok" <<'PY'
import json, os, sys
d = json.load(open(sys.argv[1]))
ok = [t["token"] for t in d["tokens"] if not t.get("disabled")]
for i, t in enumerate(ok[:2]):
    fd = os.open("%s%d" % (sys.argv[2], i + 1), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.write(fd, (t + "\n").encode()); os.close(fd)
PY
    [ -s "$KC_ROOT/tok1" ] && [ -s "$KC_ROOT/tok2" ] || fail "no demo tokens from r8 sandbox"
}
sandbox_stop() { [ -z "$R8_SANDBOX_PID" ] || { kill "$R8_SANDBOX_PID" 2>/dev/null; wait "$R8_SANDBOX_PID" 2>/dev/null; }; R8_SANDBOX_PID=; }

sum_of_file() { head -n1 "$1" | tr -d '\n' | sha256sum | cut -d' ' -f1; }
# The labels of the r8desk items as secret-tool (libsecret) shows them; the secret lines are dropped.
labels() { secret-tool search --all server r8desk 2>/dev/null | sed -n 's/^label = //p'; }
has_label() { labels | grep -Fqx "$1"; }

# r8 exec with the token NAME: the child compares the token's SHA-256 with the expected one.
exec_matches() {
    R8_EXPECT=$3 "$1/app/r8" exec --token "$2" --base-url "$SB_BASE" -- \
        sh -c 'test "$(printf %s "$REPLICATE_API_TOKEN" | sha256sum | cut -d" " -f1)" = "$R8_EXPECT"'
}

kc_flows() {
    B=$1; LABELS=$2; R8="$B/app/r8"
    sandbox_start "$B"
    s1=$(sum_of_file "$KC_ROOT/tok1"); s2=$(sum_of_file "$KC_ROOT/tok2")

    log "add"
    "$R8" tokens add "shop backend" --env production < "$KC_ROOT/tok1" >"$KC_ROOT/out" 2>&1 || fail "add: $(cat "$KC_ROOT/out")"
    if grep -qFf "$KC_ROOT/tok1" "$KC_ROOT/out"; then fail "add printed the token"; fi
    if [ "$LABELS" = yes ]; then
        has_label "r8desk: shop backend (production)" || fail "label after add; labels: $(labels | tr '\n' '|')"
    fi
    if [ -n "${KC_AFTER_ADD:-}" ]; then $KC_AFTER_ADD || fail "$KC_AFTER_ADD"; fi

    log "verify"
    "$R8" tokens verify "shop backend" --base-url "$SB_BASE" >"$KC_ROOT/out" 2>&1 || fail "verify: $(cat "$KC_ROOT/out")"

    log "exec"
    exec_matches "$B" "shop backend" "$s1" || fail "exec did not hand over the stored token"

    log "import with rewrite"
    mkdir -p "$KC_ROOT/home/projects/billing"
    printf 'PORT=8080\nexport REPLICATE_API_TOKEN="%s"\n# end\n' "$(head -n1 "$KC_ROOT/tok2")" > "$KC_ROOT/home/projects/billing/.env.staging"
    "$R8" tokens import "$KC_ROOT/home/projects/billing/.env.staging" --rewrite >"$KC_ROOT/out" 2>&1 || fail "import: $(cat "$KC_ROOT/out")"
    if grep -qFf "$KC_ROOT/tok2" "$KC_ROOT/home/projects/billing/.env.staging"; then fail "the .env still holds the token"; fi
    grep -q '^# export REPLICATE_API_TOKEN moved to the OS keychain by r8desk as billing — run: r8 exec --token billing -- ' "$KC_ROOT/home/projects/billing/.env.staging" ||
        fail "the .env line was not rewritten: $(sed 's/r8_[A-Za-z0-9_-]*/r8_…/g' "$KC_ROOT/home/projects/billing/.env.staging")"
    grep -qx 'PORT=8080' "$KC_ROOT/home/projects/billing/.env.staging" || fail "import lost other lines"
    exec_matches "$B" billing "$s2" || fail "exec with the imported token"
    if [ "$LABELS" = yes ]; then
        has_label "r8desk: billing (staging)" || fail "label after import; labels: $(labels | tr '\n' '|')"
    fi

    log "delete"
    "$R8" tokens rm "shop backend" >"$KC_ROOT/out" 2>&1 || fail "rm: $(cat "$KC_ROOT/out")"
    "$R8" tokens rm billing >"$KC_ROOT/out" 2>&1 || fail "rm: $(cat "$KC_ROOT/out")"
    if [ "$LABELS" = yes ] && [ -n "$(labels)" ]; then fail "items left after rm: $(labels | tr '\n' '|')"; fi
    "$R8" tokens --json > "$KC_ROOT/out" 2>&1
    if grep -q '"name"' "$KC_ROOT/out"; then fail "records left after rm"; fi
    sandbox_stop
}

# Locked keychain: r8 says so (exit 3, "The keychain is locked"), never hangs on an invisible prompt,
# never takes a locked item for a missing one, and keeps every token; after unlocking all works again.
kc_locked_flow() {
    B=$1; LOCK=$2; UNLOCK=$3; R8="$B/app/r8"
    sandbox_start "$B"
    s1=$(sum_of_file "$KC_ROOT/tok1")
    "$R8" tokens add kept --env staging < "$KC_ROOT/tok1" >"$KC_ROOT/out" 2>&1 || fail "add: $(cat "$KC_ROOT/out")"
    log "locking"
    $LOCK || fail "could not lock the keychain"
    export R8_KEYCHAIN_UNLOCK_TIMEOUT=3 # the provider's unlock prompt is invisible here: give up after 3 s
    for what in exec rm add; do
        rc=0
        case $what in
        exec) timeout 60 "$R8" exec --token kept --base-url "$SB_BASE" -- true >"$KC_ROOT/out" 2>&1 || rc=$? ;;
        rm) timeout 60 "$R8" tokens rm kept >"$KC_ROOT/out" 2>&1 || rc=$? ;;
        add) timeout 60 "$R8" tokens add other < "$KC_ROOT/tok2" >"$KC_ROOT/out" 2>&1 || rc=$? ;;
        esac
        [ "$rc" = 3 ] || fail "locked: r8 $what exited $rc (want 3): $(cat "$KC_ROOT/out")"
        grep -q "The keychain is locked" "$KC_ROOT/out" || fail "locked: r8 $what said: $(cat "$KC_ROOT/out")"
        log "locked: r8 $what -> exit 3: $(head -n1 "$KC_ROOT/out")"
    done
    unset R8_KEYCHAIN_UNLOCK_TIMEOUT
    "$R8" tokens --json > "$KC_ROOT/out" 2>&1
    grep -q '"kept"' "$KC_ROOT/out" || fail "the record was lost while locked"
    if grep -q '"other"' "$KC_ROOT/out"; then fail "a token was added while locked"; fi
    log "unlocking"
    $UNLOCK || fail "could not unlock the keychain"
    exec_matches "$B" kept "$s1" || fail "after unlocking, the token is not the same"
    "$R8" tokens rm kept >"$KC_ROOT/out" 2>&1 || fail "rm after unlock: $(cat "$KC_ROOT/out")"
    sandbox_stop
}

# The vault's integration tests (label, add/read/delete through the Secret Service).
kc_vault_tests() {
    for t in keychains/tst_keychain_labels tokens/tst_keychain; do
        log "$t"
        "$1/tests/$t" >"$KC_ROOT/out" 2>&1 || { cat "$KC_ROOT/out" >&2; fail "$t"; }
    done
}
