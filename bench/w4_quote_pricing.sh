#!/usr/bin/env bash
# W4 (QUALITY.md): pricing a 20-line quote against 10,000 rules through the API
# (POST /api/v1/quotes/preview: authenticated, decoded, priced with explanations, checked against
# the authority matrix, answered in full; nothing stored) compared with the raw SQLite lookups of
# the rows that pricing needs (bench/raw_quote_lookups.cpp), measured in the same run, before and
# after. Goal: preview req/s >= 25 % of the raw lookups per second.
#   bench/w4_quote_pricing.sh            (after a release build; DURATION=5 RULES=10000)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=build/release/src/cli/salesdesk
BENCH=build/release/bench
DURATION=${DURATION:-5}
RULES=${RULES:-10000}
BENCH_NAME=w4
source bench/lib/demo_server.sh
# The raw anchor's best case: the global rules by an index too (the server reads whole tables).
python3 -c "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('CREATE INDEX IF NOT EXISTS bench_pricing_rules_scope ON pricing_rules(scope)')" "$DB"
start_server
python3 bench/quote_body.py --base "$BASE" --token "$TOKEN" --lines 20 >"$WORK/quote.json"

anchor() {
  "$BENCH/raw_quote_lookups" --db "$DB" --body "$WORK/quote.json" --seconds "$DURATION"
}
row() {  # label conns json
  python3 -c "import json,sys; r=json.loads(sys.argv[3]); print(f\"| {sys.argv[1]} | {sys.argv[2]} | {r['rps']:.0f} | {r['p50_us']/1000:.2f} | {r['p99_us']/1000:.2f} | {r['errors']+r['non2xx']} |\")" "$@"
}
echo "| workload ($RULES extra rules) | conns | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|"
before=$(anchor)
row "anchor: raw lookups of the quote's rows" 1 "$before"
declare -A got
for c in 1 8; do
  got[$c]=$("$BENCH/loadgen" --connections "$c" --duration "$DURATION" --warmup 1 --threads 1 \
    --url "$BASE/quotes/preview" --method POST --header "Authorization: Bearer $TOKEN" \
    --header "Content-Type: application/json" --body-file "$WORK/quote.json")
  row "POST /quotes/preview (20 lines)" "$c" "${got[$c]}"
done
after=$(anchor)
row "anchor: raw lookups of the quote's rows, again" 1 "$after"
python3 - "$before" "$after" "${got[1]}" "${got[8]}" <<'PY'
import json, sys
before, after, one, eight = (json.loads(a) for a in sys.argv[1:])
raw = (before["rps"] + after["rps"]) / 2
print(f"\nW4 ratio, preview ÷ raw lookups: {one['rps'] / raw:.2f} at 1 connection, "
      f"{eight['rps'] / raw:.2f} at 8 (goal >= 0.25)")
PY
