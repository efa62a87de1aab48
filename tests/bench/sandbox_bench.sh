#!/bin/sh
# Sandbox benchmark (not a ctest): GET /v1/account over keep-alive, 16 concurrent clients (wrk),
# against `r8 sandbox` and against nginx serving the same JSON as a static file, in the same run;
# then the sandbox again while 100 predictions stream. Prints RPS, p50/p99 and ratios.
# Traffic stays on loopback. Needs: wrk, nginx (nginx-light), curl, node (for a free port).
#   sh tests/bench/sandbox_bench.sh BUILD_DIR [SECONDS]
set -eu
BUILD_DIR=${1:?usage: sandbox_bench.sh BUILD_DIR [SECONDS]}
DURATION=${2:-5}
R8="$BUILD_DIR/app/r8"
for tool in wrk nginx curl node; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || { echo "sandbox_bench: $tool is missing" >&2; exit 2; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/r8-sandbox-bench.XXXXXX")
SB_PID=""; NG_PID=""
cleanup() {
    [ -n "$SB_PID" ] && kill "$SB_PID" 2>/dev/null || true
    [ -n "$NG_PID" ] && kill "$NG_PID" 2>/dev/null || true
    for p in $(cat "$TMP/streams.pids" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
    [ -n "${KEEP_TMP:-}" ] || rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

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
