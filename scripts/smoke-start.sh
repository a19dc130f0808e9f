#!/usr/bin/env bash
# Runs `npm start` on a fresh database and checks what a visitor gets: the demo page, the
# widget bundle (cross-origin loadable; under its version, brotli, with sri.json), the API
# and its OpenAPI document. Stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${SMOKE_PORT:-8797}"
db="$(mktemp -d)/smoke.db"
log="$(mktemp)"
fail() { echo "smoke: $*"; cat "$log"; exit 1; }
if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then fail "port $port is already in use"; fi
# Its own process group, so the server (a grandchild of npm) is stopped with it.
setsid env PORT="$port" DATABASE_FILE="$db" npm start >"$log" 2>&1 &
pid=$!
trap 'kill -- -$pid 2>/dev/null || true' EXIT
# Wait for this server's own "ready" line, not just any answer on the port.
for _ in $(seq 1 300); do
  grep -q 'ready in' "$log" && break
  kill -0 "$pid" 2>/dev/null || fail "npm start exited"
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/healthz" | grep -q '"status":"ok"' || fail "healthz"
curl -fsS "http://127.0.0.1:$port/" | grep -q '<ngo-directory api-base="/v1"' || fail "demo page"
curl -fsSI "http://127.0.0.1:$port/widgets/ngo-directory.js" | grep -qi 'cross-origin-resource-policy: cross-origin' || fail "widget bundle"
# The pinned URL of this version: brotli from the build, cached for a year.
version="$(node -p "require('./packages/elements/package.json').version")"
pinned="$(curl -fsS -o /dev/null -D - -H 'accept-encoding: gzip, br' "http://127.0.0.1:$port/widgets/$version/ngo-directory.js")" || fail "versioned widget bundle"
grep -qi '^content-encoding: br' <<<"$pinned" || fail "versioned widget bundle is not brotli"
grep -qi '^cache-control: public, max-age=31536000, immutable' <<<"$pinned" || fail "versioned widget bundle is not immutable"
curl -fsS "http://127.0.0.1:$port/widgets/$version/sri.json" | grep -q '"ngo-directory.js": "sha384-' || fail "sri.json"
curl -fsS "http://127.0.0.1:$port/v1/organizations?limit=1" | grep -q '"nextCursor"' || fail "organizations"
curl -fsS "http://127.0.0.1:$port/v1/openapi.json" | grep -q '"openapi":"3.1.0"' || fail "openapi"
grep -E 'ready in' "$log" || fail "server never said it was ready"
echo "smoke: npm start serves the demo, the widget bundle (versioned, brotli, sri.json) and the API"
