#!/bin/sh
# Sandbox benchmark (not a ctest): GET /v1/account over keep-alive, 16 concurrent clients (wrk),
# against `r8 sandbox` and against nginx serving the same JSON as a static file, in the same run;
# then the sandbox again while 100 predictions stream. Prints RPS, p50/p99 and ratios.
# Then a soak and abuse part (issue 13, items 9-10) on a fresh sandbox: its RSS before and after a
# bounded wrk soak (SOAK_SECONDS, at most SOAK_REQUESTS requests), requests answered and refused; a
# 1,000,000,000-byte Content-Length; and 1,100 idle connections under `ulimit -n 1024`.
# Traffic stays on loopback. Needs: wrk, nginx (nginx-light), curl, node (for a free port and sockets).
#   sh tests/bench/sandbox_bench.sh BUILD_DIR [SECONDS]        (PARTS="speed soak" by default)
set -eu
BUILD_DIR=${1:?usage: sandbox_bench.sh BUILD_DIR [SECONDS]}
DURATION=${2:-5}
PARTS=${PARTS:-speed soak}
SOAK_SECONDS=${SOAK_SECONDS:-60}
SOAK_REQUESTS=${SOAK_REQUESTS:-2000000}
R8="$BUILD_DIR/app/r8"
for tool in wrk nginx curl node; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || { echo "sandbox_bench: $tool is missing" >&2; exit 2; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/r8-sandbox-bench.XXXXXX")
SB_PID=""; NG_PID=""; SK_PID=""; LO_PID=""
cleanup() {
    [ -n "$SB_PID" ] && kill "$SB_PID" 2>/dev/null || true
    [ -n "$SK_PID" ] && kill "$SK_PID" 2>/dev/null || true
    [ -n "$LO_PID" ] && kill "$LO_PID" 2>/dev/null || true
    [ -n "$NG_PID" ] && kill "$NG_PID" 2>/dev/null || true
    for p in $(cat "$TMP/streams.pids" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
    [ -n "${KEEP_TMP:-}" ] || rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

case " $PARTS " in *" speed "*) SPEED=1 ;; *) SPEED=0 ;; esac
case " $PARTS " in *" soak "*) SOAK=1 ;; *) SOAK=0 ;; esac
json_field() { # FILE FIELD (base_url | token): from `r8 sandbox --json`'s first line
    node -e 'const o=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8").split("\n")[0]);
             console.log(process.argv[2]==="token"?o.tokens.find(t=>!t.disabled).token:o.base_url)' "$1" "$2"
}
wait_json() { i=0; while [ ! -s "$1" ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i+1)); done; [ -s "$1" ]; }
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
hwm_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

if [ "$SPEED" = 1 ]; then
# --- the sandbox (speed 0.25: 100 language-model streams last the whole measurement)
"$R8" sandbox --json --port 0 --speed 0.25 --config /dev/stdin >"$TMP/sb.json" 2>"$TMP/sb.err" <<'CFG' &
{"rate_limits": {"create_per_minute": 1000000, "other_per_minute": 100000000}}
CFG
SB_PID=$!
i=0; while [ ! -s "$TMP/sb.json" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
BASE=$(node -e 'const o=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8").split("\n")[0]);console.log(o.base_url)' "$TMP/sb.json")
TOKEN=$(node -e 'const o=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8").split("\n")[0]);console.log(o.tokens.find(t=>!t.disabled).token)' "$TMP/sb.json")
AUTH="Authorization: Bearer $TOKEN"

# --- nginx with the same JSON body as a static file
curl -s -H "$AUTH" "$BASE/account" >"$TMP/account.json"
NG_PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
mkdir -p "$TMP/www/v1" "$TMP/logs"
cp "$TMP/account.json" "$TMP/www/v1/account"
chmod 755 "$TMP"; chmod -R a+rX "$TMP/www" # nginx workers may run as another user
cat >"$TMP/nginx.conf" <<NGX
worker_processes 1;
daemon off;
pid $TMP/nginx.pid;
error_log $TMP/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $TMP/logs; proxy_temp_path $TMP/logs; fastcgi_temp_path $TMP/logs;
    uwsgi_temp_path $TMP/logs; scgi_temp_path $TMP/logs;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$NG_PORT;
        location / { root $TMP/www; default_type application/json; }
    }
}
NGX
"$NGINX" -c "$TMP/nginx.conf" -p "$TMP" 2>"$TMP/nginx.err" &
NG_PID=$!
i=0; until curl -sf "http://127.0.0.1:$NG_PORT/v1/account" >/dev/null; do sleep 0.1; i=$((i+1)); [ $i -lt 50 ] || { cat "$TMP/nginx.err" >&2; exit 1; }; done

measure() { # URL → "RPS P50_MS P99_MS"
    wrk -t2 -c16 -d"${DURATION}s" --latency -H "$AUTH" "$1" | awk '
        function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
        END { printf "%.0f %.3f %.3f\n", rps, p50, p99 }'
}

echo "sandbox_bench: GET /v1/account, keep-alive, 16 connections, ${DURATION}s each (wrk)"
set -- $(measure "http://127.0.0.1:$NG_PORT/v1/account"); NG_RPS=$1; NG_P50=$2; NG_P99=$3
set -- $(measure "$BASE/account"); SB_RPS=$1; SB_P50=$2; SB_P99=$3

# --- 100 predictions streaming while measuring again
: >"$TMP/streams.pids"
for n in $(seq 1 100); do
    url=$(curl -s -H "$AUTH" -H 'Content-Type: application/json' -d "{\"input\":{\"prompt\":\"bench $n\",\"max_tokens\":400}}" \
        "$BASE/models/meta/meta-llama-3-8b-instruct/predictions" | node -e 'let d="";process.stdin.on("data",c=>d+=c).on("end",()=>console.log(JSON.parse(d).urls.stream))')
    curl -sN "$url" >"$TMP/stream.$n" 2>/dev/null &
    echo $! >>"$TMP/streams.pids"
done
set -- $(measure "$BASE/account"); ST_RPS=$1; ST_P50=$2; ST_P99=$3
STREAMING=$(for n in $(seq 1 100); do grep -c '^event: output' "$TMP/stream.$n" 2>/dev/null || echo 0; done | awk '$1>0{c++} END{print c+0}')

printf '%-34s %10s %10s %10s\n' "" "req/s" "p50 ms" "p99 ms"
printf '%-34s %10s %10s %10s\n' "nginx (static file)" "$NG_RPS" "$NG_P50" "$NG_P99"
printf '%-34s %10s %10s %10s\n' "r8 sandbox" "$SB_RPS" "$SB_P50" "$SB_P99"
printf '%-34s %10s %10s %10s\n' "r8 sandbox + 100 streams" "$ST_RPS" "$ST_P50" "$ST_P99"
echo "streams that delivered output during the run: $STREAMING/100"
awk -v a="$SB_RPS" -v b="$NG_RPS" -v c="$SB_P50" -v d="$NG_P50" -v e="$SB_P99" -v f="$NG_P99" -v g="$ST_P99" 'BEGIN {
    printf "ratios: sandbox/nginx req/s %.2f, p50 %.2fx, p99 %.2fx; p99 with 100 streams / idle p99 %.2fx\n",
        a/b, c/d, e/f, g/e }'
kill "$SB_PID" 2>/dev/null || true; SB_PID=""
kill "$NG_PID" 2>/dev/null || true; NG_PID=""
fi

if [ "$SOAK" = 1 ]; then
# --- soak: a fresh sandbox (rate limits out of the way), warmed up, then SOAK_SECONDS of wrk with
# 64 keep-alive connections, stopped early after SOAK_REQUESTS answers.
"$R8" sandbox --json --port 0 --config /dev/stdin >"$TMP/soak.json" 2>"$TMP/soak.err" <<'CFG' &
{"rate_limits": {"create_per_minute": 1000000, "other_per_minute": 1000000000}}
CFG
SK_PID=$!
wait_json "$TMP/soak.json" || { cat "$TMP/soak.err" >&2; exit 1; }
SK_BASE=$(json_field "$TMP/soak.json" base_url); SK_AUTH="Authorization: Bearer $(json_field "$TMP/soak.json" token)"
cat >"$TMP/count.lua" <<'LUA'
local n, limit = 0, tonumber(os.getenv("SOAK_PER_THREAD") or "0")
function response(status, headers, body)
    n = n + 1
    if limit > 0 and n >= limit then wrk.thread:stop() end
end
LUA
wrk -t2 -c64 -d3s -H "$SK_AUTH" "$SK_BASE/account" >/dev/null # warm-up: the allocator's steady state
RSS0=$(rss_kib "$SK_PID")
SOAK_PER_THREAD=$((SOAK_REQUESTS / 2)) wrk -t2 -c64 -d"${SOAK_SECONDS}s" -s "$TMP/count.lua" -H "$SK_AUTH" \
    "$SK_BASE/account" >"$TMP/soak.wrk"
RSS1=$(rss_kib "$SK_PID"); HWM1=$(hwm_kib "$SK_PID")
ANSWERED=$(awk '/requests in/ { print $1 }' "$TMP/soak.wrk")
NON2XX=$(awk '/Non-2xx/ { print $NF }' "$TMP/soak.wrk"); NON2XX=${NON2XX:-0}
SOCKERR=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$TMP/soak.wrk"); SOCKERR=${SOCKERR:-0}
SOAK_RPS=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$TMP/soak.wrk")

# --- a 1,000,000,000-byte Content-Length: refused on the header (curl sends Expect: 100-continue,
# so it sends nothing more); then a client that sends its body regardless (node, 256 MiB).
PORT=$(echo "$SK_BASE" | sed 's|.*:\([0-9]*\)/v1|\1|')
BIG0=$(hwm_kib "$SK_PID")
BIG_CURL=$(head -c 1000000000 /dev/zero | curl -s -o "$TMP/big.out" -w '%{http_code}' -H "$SK_AUTH" \
    -H 'Content-Type: application/json' -H 'Content-Length: 1000000000' --data-binary @- \
    "$SK_BASE/predictions" || true)
BIG_PUSHED=$(node -e '
    const net = require("net"), [port, auth] = process.argv.slice(1);
    const s = net.connect({ port: +port, host: "127.0.0.1", allowHalfOpen: true }, () => {
        s.write("POST /v1/predictions HTTP/1.1\r\n" + auth + "\r\nContent-Length: 1000000000\r\n\r\n");
        const chunk = Buffer.alloc(1 << 20); let sent = 0;
        const pump = () => { while (sent < 256 * 1048576 && s.write(chunk)) sent += chunk.length; };
        s.on("drain", () => { sent += chunk.length; pump(); }); pump();
        s.on("close", () => { console.log(Math.min(sent, 256 * 1048576) >> 20); process.exit(0); });
        setTimeout(() => { console.log(sent >> 20); process.exit(0); }, 10000);
    });
    let answer = ""; s.on("data", d => { answer += d; }); s.on("error", () => {});
' "$PORT" "$SK_AUTH")
BIG1=$(hwm_kib "$SK_PID")
kill "$SK_PID" 2>/dev/null || true; SK_PID=""

# --- 1,100 idle connections (node) against a sandbox under `ulimit -n 1024`, then one request.
sh -c 'ulimit -n 1024 && exec "$0" sandbox --json --port 0' "$R8" >"$TMP/low.json" 2>"$TMP/low.err" &
LO_PID=$!
wait_json "$TMP/low.json" || { cat "$TMP/low.err" >&2; exit 1; }
LO_BASE=$(json_field "$TMP/low.json" base_url); LO_AUTH="Authorization: Bearer $(json_field "$TMP/low.json" token)"
LO_PORT=$(echo "$LO_BASE" | sed 's|.*:\([0-9]*\)/v1|\1|')
sh -c 'ulimit -n 4096 2>/dev/null; exec node "$@"' node -e '
    const net = require("net"), port = +process.argv[1]; let open = 0, closed = 0, failed = 0;
    for (let i = 0; i < 1100; i++) {
        const s = net.connect(port, "127.0.0.1", () => { open++; });
        s.on("close", () => { closed++; }); s.on("error", () => { failed++; });
    }
    setTimeout(() => { console.log(`opened ${open}, failed ${failed}, closed by the sandbox ${closed - failed}`); }, 3000);
    setTimeout(() => {}, 60000);
' "$LO_PORT" >"$TMP/idle.out" &
IDLE_PID=$!
i=0; while [ ! -s "$TMP/idle.out" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
LO_CODE=$(curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}' -H "$LO_AUTH" "$LO_BASE/account" || echo "000 timeout")
LO_FDS=$(ls "/proc/$LO_PID/fd" | wc -l)
kill "$IDLE_PID" 2>/dev/null || true
kill "$LO_PID" 2>/dev/null || true; LO_PID=""

echo "sandbox_bench soak: GET /v1/account, 64 keep-alive connections, ${SOAK_SECONDS}s or $SOAK_REQUESTS requests (wrk)"
printf '  requests answered %s (%s req/s); refusals: %s non-2xx, %s socket errors\n' "$ANSWERED" "$SOAK_RPS" "$NON2XX" "$SOCKERR"
awk -v a="$RSS0" -v b="$RSS1" -v h="$HWM1" 'BEGIN {
    printf "  RSS before %.1f MB, after %.1f MB (%+.1f MB, ratio %.2f), peak %.1f MB\n", a/1024, b/1024, (b-a)/1024, b/a, h/1024 }'
printf '  Content-Length 1000000000: curl got %s; a client pushing its body anyway sent %s MiB after the 413\n' "$BIG_CURL" "$BIG_PUSHED"
awk -v a="$BIG0" -v b="$BIG1" 'BEGIN { printf "    sandbox peak RSS %.1f MB -> %.1f MB\n", a/1024, b/1024 }'
printf '  1,100 idle connections to a sandbox under ulimit -n 1024, after 3 s: %s\n' "$(cat "$TMP/idle.out")"
printf '    then GET /v1/account: HTTP %s s; descriptors open in the sandbox: %s\n' "$LO_CODE" "$LO_FDS"
fi
