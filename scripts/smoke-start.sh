#!/usr/bin/env bash
# Runs `npm start` on a fresh database and checks what a visitor gets: the demo page, the
# widget bundle (cross-origin loadable), the API and its OpenAPI document. Stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${SMOKE_PORT:-8797}"
db="$(mktemp -d)/smoke.db"
log="$(mktemp)"
PORT="$port" DATABASE_FILE="$db" npm start >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; pkill -P $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done
fail() { echo "smoke: $*"; cat "$log"; exit 1; }
curl -fsS "http://127.0.0.1:$port/healthz" | grep -q '"status":"ok"' || fail "healthz"
curl -fsS "http://127.0.0.1:$port/" | grep -q '<ngo-directory api-base="/v1"' || fail "demo page"
curl -fsSI "http://127.0.0.1:$port/widgets/ngo-directory.js" | grep -qi 'cross-origin-resource-policy: cross-origin' || fail "widget bundle"
curl -fsS "http://127.0.0.1:$port/v1/organizations?limit=1" | grep -q '"nextCursor"' || fail "organizations"
curl -fsS "http://127.0.0.1:$port/v1/openapi.json" | grep -q '"openapi":"3.1.0"' || fail "openapi"
grep -E 'ready in' "$log"
echo "smoke: npm start serves the demo, the widget bundle and the API"
