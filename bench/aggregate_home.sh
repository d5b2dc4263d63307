#!/usr/bin/env bash
# The home page's figures: 7 `limit=1` counts against 4 grouped requests (decision 0019), on the
# demo company with ACCOUNTS accounts, one keep-alive connection, same run.
#   bench/aggregate_home.sh                       (after a release build; ACCOUNTS=2000 ROUNDS=200)
#   BIN=build/debug/src/cli/salesdesk bench/aggregate_home.sh   (any build: the ratio is what counts)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/src/cli/salesdesk}
ACCOUNTS=${ACCOUNTS:-2000}
ROUNDS=${ROUNDS:-200}
WORK=$(mktemp -d /tmp/salesdesk-aggregate.XXXXXX)
PID=
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
DB="$WORK/aggregate.db"
"$BIN" demo --db "sqlite:$DB" --accounts "$ACCOUNTS" >/dev/null
TOKEN=$("$BIN" token create --db "sqlite:$DB" --email director@medsupply.example \
  --label aggregate-bench 2>"$WORK/token.err") || { cat "$WORK/token.err"; exit 1; }
"$BIN" serve --db "sqlite:$DB" --listen 127.0.0.1:0 --threads 2 >"$WORK/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 200); do
  PORT=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$WORK/serve.log" | grep -o '[0-9]*$' || true)
  [[ -n "$PORT" ]] && break
  sleep 0.1
done
python3 bench/aggregate_home.py --base "http://127.0.0.1:$PORT/api/v1" --token "$TOKEN" \
  --rounds "$ROUNDS"
