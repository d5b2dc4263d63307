#!/usr/bin/env bash
# The account 360° page's API calls (issue 11): the timeline's first page and the key-figure
# aggregates (open quotes by status with their sum, orders this year, contracts by status), for
# the demo account with the most activities, as a rep and as the director, at CONNECTIONS
# connections (default 8) for DURATION seconds each. Prints p50/p99 and requests/s per call.
#   bench/timeline_api.sh                      (after a release build)
#   BIN=build/debug/src/cli/salesdesk LOADGEN=/tmp/loadgen bench/timeline_api.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/src/cli/salesdesk}
LOADGEN=${LOADGEN:-build/release/bench/loadgen}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-5}
WORK=$(mktemp -d /tmp/salesdesk-timeline.XXXXXX)
PID=
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
DB="$WORK/timeline.db"
"$BIN" demo --db "sqlite:$DB" >/dev/null
# The busiest account and its owner (a rep).
python3 - "$DB" >"$WORK/busiest" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
account, = db.execute("SELECT account_id FROM activities WHERE account_id IS NOT NULL "
                      "GROUP BY account_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
email, = db.execute("SELECT u.email FROM accounts a JOIN users u ON u.id = a.owner_id "
                    "WHERE a.id = ?", (account,)).fetchone()
print(account, email)
db.close()
PY
read -r ACCOUNT OWNER_EMAIL <"$WORK/busiest"
token() { "$BIN" token create --db "sqlite:$DB" --email "$1" --label timeline-bench 2>/dev/null; }
REP_TOKEN=$(token "$OWNER_EMAIL")
DIRECTOR_TOKEN=$(token director@medsupply.example)
"$BIN" serve --db "sqlite:$DB" --listen 127.0.0.1:0 --threads 4 >"$WORK/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 200); do
  PORT=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$WORK/serve.log" | grep -o '[0-9]*$' || true)
  [[ -n "$PORT" ]] && break
  sleep 0.1
done
BASE="http://127.0.0.1:$PORT/api/v1"
YEAR=$(date -u +%Y)
echo "account $ACCOUNT (owner $OWNER_EMAIL), $CONNECTIONS connections, ${DURATION}s per call"
echo "| call | as | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|"
for who in "rep|$REP_TOKEN" "director|$DIRECTOR_TOKEN"; do
  as=${who%%|*}
  tok=${who#*|}
  for call in "timeline, first page (30)|$BASE/timeline?entity=accounts&id=$ACCOUNT" \
              "quotes by status, sum of total|$BASE/quotes/aggregate?account_id=$ACCOUNT&group_by=status&sum=total" \
              "orders this year|$BASE/sales-orders/aggregate?account_id=$ACCOUNT&ordered_on__gte=$YEAR-01-01&sum=total" \
              "contracts by status|$BASE/contracts/aggregate?account_id=$ACCOUNT&group_by=status"; do
    label=${call%%|*}
    url=${call#*|}
    curl -sf -o /dev/null -H "Authorization: Bearer $tok" "$url" || { echo "failed: $url"; exit 1; }
    r=$("$LOADGEN" --connections "$CONNECTIONS" --duration "$DURATION" --warmup 1 --threads 2 \
      --url "$url" --header "Authorization: Bearer $tok")
    python3 - "$label" "$as" "$r" <<'PY'
import json, sys
label, who, r = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
print(f"| {label} | {who} | {r['rps']:.0f} | {r['p50_us']/1000:.2f} | {r['p99_us']/1000:.2f} | "
      f"{r['errors'] + r['non2xx']} |")
PY
  done
done
