#!/usr/bin/env bash
# The account 360° page's API (issue 11): p50/p99 of GET /accounts/{id}/overview at CONNECTIONS
# connections (default 8) on the demo data set, as the account's rep and as the director, against
# the raw indexed SQL reads the overview does (bench/account_overview.cpp) from as many readers
# at once, in the same run; prints both and their ratios.
#   bench/account_overview.sh                      (after a release build)
#   BIN=build/debug/src/cli/salesdesk LOADGEN=… RAW=… bench/account_overview.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/src/cli/salesdesk}
LOADGEN=${LOADGEN:-build/release/bench/loadgen}
RAW=${RAW:-build/release/bench/account_overview}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-5}
RULES=0
BENCH_NAME=a360
source bench/lib/demo_server.sh   # the default demo (2,000 accounts), the director's $TOKEN
# The busiest account (most invoices, activities and deals) and its owner (a rep).
python3 - "$DB" >"$WORK/busiest" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
account, = db.execute(
    "SELECT account_id FROM (SELECT account_id FROM invoices UNION ALL SELECT account_id FROM "
    "activities UNION ALL SELECT account_id FROM opportunities) WHERE account_id IS NOT NULL "
    "GROUP BY account_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
email, = db.execute("SELECT u.email FROM accounts a JOIN users u ON u.id = a.owner_id "
                    "WHERE a.id = ?", (account,)).fetchone()
print(account, email)
PY
read -r ACCOUNT OWNER_EMAIL <"$WORK/busiest"
REP_TOKEN=$("$BIN" token create --db "sqlite:$DB" --email "$OWNER_EMAIL" --label a360 2>/dev/null)
DIRECTOR_TOKEN=$TOKEN
start_server
URL="$BASE/accounts/$ACCOUNT/overview"
TODAY=$(curl -sf -H "Authorization: Bearer $DIRECTOR_TOKEN" "$URL" | python3 -c 'import json,sys; print(json.load(sys.stdin)["as_of"])')
echo "account $ACCOUNT (owner $OWNER_EMAIL), $CONNECTIONS connections / readers, ${DURATION}s each, as of $TODAY"
run() {
  "$LOADGEN" --connections "$CONNECTIONS" --duration "$DURATION" --warmup 1 --threads 2 \
    --url "$URL" --header "Authorization: Bearer $1"
}
REP=$(run "$REP_TOKEN")
DIRECTOR=$(run "$DIRECTOR_TOKEN")
kill "$PID" && wait "$PID" 2>/dev/null || true
PID=
ANCHOR=$("$RAW" --db "$DB" --account "$ACCOUNT" --today "$TODAY" --seconds "$DURATION" --threads "$CONNECTIONS")
python3 - "$REP" "$DIRECTOR" "$ANCHOR" <<'PY'
import json, sys
rep, director, raw = (json.loads(a) for a in sys.argv[1:4])
print("| workload | req/s | p50 ms | p99 ms | errors |")
print("|---|---|---|---|---|")
for label, r in (("GET overview as the rep", rep), ("GET overview as the director", director),
                 ("anchor: raw indexed SQL reads", raw)):
    print(f"| {label} | {r['rps']:.0f} | {r['p50_us']/1000:.2f} | {r['p99_us']/1000:.2f} | "
          f"{r['errors'] + r['non2xx']} |")
print()
print("| workload | p50 ÷ raw p50 | p99 ÷ raw p99 | raw req/s ÷ req/s |")
print("|---|---|---|---|")
for label, r in (("rep", rep), ("director", director)):
    print(f"| {label} | {r['p50_us']/raw['p50_us']:.1f} | {r['p99_us']/raw['p99_us']:.1f} | "
          f"{raw['rps']/r['rps']:.1f} |")
PY
