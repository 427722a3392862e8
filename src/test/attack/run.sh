#!/usr/bin/env bash
# The attack runs of issue 11 (not part of ./mvnw verify): start the demo on free loopback ports, then sqlmap against
# the sign-in form and every API endpoint, and wapiti against the whole site signed in as staff, both through
# faces_proxy.py (fresh view state and CSP nonce in each postback; nothing but the demo reachable). Writes the
# findings into docs/security.md ("Attack runs", between its markers) and keeps the raw output in target/attack/.
#
#   src/test/attack/run.sh                      # about 30 minutes on two cores
#   WAPITI_SECONDS=300 SQLMAP_SECONDS=60 src/test/attack/run.sh   # a quicker look
#
# Every request goes to 127.0.0.1; every tool is bounded in time; everything runs at nice 19.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1 # nothing written into src/
cd "$(dirname "$0")/../../.."
ROOT=$(pwd)
OUT="$ROOT/target/attack"
WAPITI_SECONDS=${WAPITI_SECONDS:-900}
SQLMAP_SECONDS=${SQLMAP_SECONDS:-240}
rm -rf "$OUT"
mkdir -p "$OUT/sqlmap"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# ATTACK_APP_PORT: scan a demo already running there (started as below) instead of starting one
APP=${ATTACK_APP_PORT:-$(free_port)}; DB=$(free_port); WPROXY=$(free_port); SPROXY=$(free_port)
BASE="http://127.0.0.1:$APP"

if [ ! -x /usr/bin/sqlmap ] || [ ! -x /usr/bin/wapiti ]; then
    # another apt run may hold the lock: wait for it rather than fail
    apt-get -o DPkg::Lock::Timeout=900 install -y sqlmap wapiti
fi

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT

start_demo() {
    echo "attack: building and starting the demo on $BASE (database on $DB) …"
    # The proxies are the demo's trusted proxy so that --rotate-client can make each sign-in attempt another client.
    THIDUA_TRUSTEDPROXIES=127.0.0.1 setsid nice -n 19 ./mvnw -B -Pdemo -Ddemo.port="$APP" -Ddemo.db.port="$DB" \
        >>"$OUT/demo.log" 2>&1 &
    DEMO_PID=$!
    PIDS+=("$DEMO_PID")
    for i in $(seq 1 120); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready" || true)" = 200 ]; then
            return 0
        fi
        if ! kill -0 "$DEMO_PID" 2>/dev/null; then
            return 1
        fi
        sleep 5
    done
    return 1
}
# On a busy machine the embedded MariaDB can miss its 30 s start-up limit: up to three more tries.
if [ -n "${ATTACK_APP_PORT:-}" ]; then
    echo "attack: using the demo already running on $BASE"
else
    for attempt in 1 2 3 4; do
        if start_demo; then
            break
        fi
        kill -- "-$DEMO_PID" 2>/dev/null || true
        [ "$attempt" = 4 ] && { echo "attack: the demo did not start, see $OUT/demo.log" >&2; exit 1; }
        echo "attack: the demo did not start (see $OUT/demo.log); trying again" >&2
        sleep 5
        DB=$(free_port)
    done
fi
# /health/ready can answer before Faces and JAX-RS serve their first request: wait for both.
for i in $(seq 1 60); do
    if curl -s "$BASE/login.xhtml" | grep -q 'jakarta.faces.ViewState' \
        && [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer demo-viewer-token' "$BASE/api/v1/campaigns")" = 200 ]; then
        break
    fi
    sleep 5
done
echo "attack: demo ready"

setsid nice -n 19 python3 src/test/attack/faces_proxy.py --listen "$WPROXY" --target-port "$APP" \
    --sign-in canbo:thidua-demo --log "$OUT/proxy-wapiti.log" --counts "$OUT/proxy-wapiti.json" &
PIDS+=($!)
setsid nice -n 19 python3 src/test/attack/faces_proxy.py --listen "$SPROXY" --target-port "$APP" \
    --rotate-client --log "$OUT/proxy-sqlmap.log" --counts "$OUT/proxy-sqlmap.json" &
PIDS+=($!)
sleep 2

# --- wapiti ----------------------------------------------------------------------------------------------------------
# Modules: all of 3.0.4's except those that reach outside (ssrf: an Internet endpoint; nikto and wapp: databases
# downloaded from the Internet) and the brute-forcers (buster, brute_login_form: the throttle is tested elsewhere).
MODULES=backup,blindsql,cookieflags,crlf,csp,csrf,exec,file,htaccess,http_headers,methods,permanentxss,redirect,shellshock,sql,xss,xxe
run_wapiti() {
    echo "attack: wapiti for at most ${WAPITI_SECONDS}s, signed in as canbo through the proxy"
    timeout --signal=INT --kill-after=60 "$((WAPITI_SECONDS + 300))" nice -n 19 wapiti -u "$BASE/" --scope folder \
        -p "http://127.0.0.1:$WPROXY/" --endpoint "http://127.0.0.1:$WPROXY/" --no-bugreport \
        -m "$MODULES" --max-scan-time "$WAPITI_SECONDS" --max-attack-time "$((WAPITI_SECONDS / 6))" \
        -d 6 --max-links-per-page 60 --max-files-per-dir 80 -t 20 \
        --flush-session --store-session "$OUT/wapiti-session" -f json -o "$OUT/wapiti.json" -v 1 \
        >"$OUT/wapiti.log" 2>&1
    echo "$?" >"$OUT/wapiti.rc"
}
# wapiti and sqlmap run side by side (each through its own proxy, wapiti in its own signed-in session)
set +e
run_wapiti &
WAPITI_PID=$!
set -e

# --- sqlmap ----------------------------------------------------------------------------------------------------------
# One line per target: name | method | path | token | content type | body ('-' for none). '*' marks the injection
# point in a path, a body or the bearer token; query parameters are found by sqlmap itself. The endpoints are every method of the JAX-RS
# resources (src/main/java/vn/thidua/*/api/*Resource.java); the ids are the demo's.
TARGETS="$OUT/sqlmap-targets.txt"
cat >"$TARGETS" <<'EOF'
units-children|GET|/api/v1/units?parent=909|demo-viewer-token|-|-
units-one|GET|/api/v1/units/31021*|demo-viewer-token|-|-
campaigns-token|GET|/api/v1/campaigns|demo-viewer-token*|-|-
campaign-one|GET|/api/v1/campaigns/1*|demo-viewer-token|-|-
campaign-clusters|GET|/api/v1/campaigns/1*/clusters|demo-viewer-token|-|-
cluster-one|GET|/api/v1/clusters/2*|demo-viewer-token|-|-
cluster-register|POST|/api/v1/clusters/2/members|demo-dongthanh-token|application/json|{"unitCode":"31045*"}
cluster-remove|DELETE|/api/v1/clusters/2/members/99999*|demo-dongthanh-token|-|-
pledges|GET|/api/v1/pledges?campaign=1|demo-viewer-token|-|-
pledge-one|GET|/api/v1/pledges/2*|demo-viewer-token|-|-
pledge-sign|POST|/api/v1/pledges/2/signatures|demo-thuanhoa-token|application/json|{"fingerprint":"0000*","consent":true,"password":"x","title":"tap-the-lao-dong-xuat-sac","commendation":"giay-khen-ubmttq"}
tally|GET|/api/v1/campaigns/1/tally?cluster=2|demo-viewer-token|-|-
review|GET|/api/v1/clusters/2*/review|demo-viewer-token|-|-
results|POST|/api/v1/campaigns/1/results|demo-thuanhoa-token|text/csv|unit_code,measure,value\n31021-01*,rating,HTT\n
notifications|GET|/api/v1/me/notifications|demo-thuanhoa-token|-|-
contact-read|GET|/api/v1/me/contact|demo-thuanhoa-token|-|-
contact-write|PUT|/api/v1/me/contact|demo-thuanhoa-token|application/json|{"email":"a*@example.invalid","phone":"0912345678","wantsEmail":false,"language":"vi"}
EOF

SQLMAP_COMMON=(--batch --level=2 --risk=1 --dbms=MySQL --threads=2 --time-sec=2 --flush-session --disable-coloring
               --proxy="http://127.0.0.1:$SPROXY" --output-dir="$OUT/sqlmap" --skip-waf --answers="follow=N")

run_sqlmap() { # name, seconds, then sqlmap's own arguments
    local name=$1 seconds=$2; shift 2
    echo "attack: sqlmap $name"
    set +e
    timeout --signal=INT --kill-after=30 "$seconds" nice -n 19 sqlmap "${SQLMAP_COMMON[@]}" "$@" \
        >"$OUT/sqlmap/$name.log" 2>&1
    echo "$?" >"$OUT/sqlmap/$name.rc"
    set -e
}

# The sign-in form: the user name, then the password with a new random user name each time (so the per-account
# throttle never holds the name being tested). The view state and nonce are the proxy's to fill.
FORM='login=login&login%3Ausername=khongco&login%3Apassword=sai-mat-khau&login%3AsignIn=&jakarta.faces.ViewState=0'
# Each try of the form is two requests (the proxy reads the page again): twice the time.
run_sqlmap signin-username "$((SQLMAP_SECONDS * 2))" -u "$BASE/login.xhtml" --data="$FORM" -p 'login:username'
run_sqlmap signin-password "$((SQLMAP_SECONDS * 2))" -u "$BASE/login.xhtml" --data="$FORM" -p 'login:password' --randomize='login:username'

while IFS='|' read -r name method path token ctype body; do
    args=(-u "$BASE$path" --method="$method" -H "Authorization: Bearer $token")
    case "$token" in
        *'*') args+=(--ignore-code=401) ;; # injecting into the token: every try but the original answers 401
    esac
    if [ "$body" != "-" ]; then
        args+=(--data="$(printf '%b' "$body")" -H "Content-Type: $ctype")
    fi
    run_sqlmap "api-$name" "$SQLMAP_SECONDS" "${args[@]}"
done <"$TARGETS"

wait "$WAPITI_PID" || true
cp "$OUT/proxy-wapiti.json" "$OUT/proxy-wapiti.final.json" 2>/dev/null || true
sleep 6 # the proxies write their counters every 5 s

python3 src/test/attack/report.py --out "$OUT" --doc docs/security.md --app-port "$APP" \
    --sqlmap-version "sqlmap $(sqlmap --version 2>/dev/null | grep -v '^\[' | head -1)" --wapiti-version "$(wapiti --version 2>/dev/null | grep -o 'Wapiti[- ][0-9.]*' | head -1)" \
    --wapiti-seconds "$WAPITI_SECONDS" --sqlmap-seconds "$SQLMAP_SECONDS"
echo "attack: done; docs/security.md updated, raw output in $OUT"
